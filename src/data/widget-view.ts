/**
 * What of a dataset the widgets show. The widgets' default data (`default-view.json`, written by `npm run data`)
 * is the bundled dataset reduced to it, so pages that only embed widgets do not download the guide's sections that
 * no widget displays. Every record kept keeps its `source`. The whole dataset stays in `career-widgets/data` and
 * `data/it-project-manager.json`.
 *
 * When a widget starts to show another section or field, add it here (and run `npm run data`).
 */
import type { Dataset } from './schema.js';

/** The ids of the sections a widget renders: the certification picker words its guide's questions with this one. */
export const WIDGET_SECTIONS: readonly string[] = ['certification-selection'];

/**
 * The dataset without what no widget displays: other sections, the categories' `why`, and the editor hint
 * `$schema`.
 */
export function widgetView(data: Dataset): Dataset {
  const { $schema: _schema, ...rest } = data as Dataset & { $schema?: string };
  return {
    ...rest,
    categories: data.categories.map(({ why: _why, ...category }) => category),
    sections: data.sections.filter((section) => WIDGET_SECTIONS.includes(section.id)),
  };
}
