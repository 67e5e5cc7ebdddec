/**
 * What of a dataset the widgets show, used by `npm run data` (data/build.js) to write their default data:
 * - the view (`src/data/default-view.json`): the bundled dataset without what no widget displays, so pages that
 *   only embed widgets do not download the guide's sections that no widget shows. `<career-provider>` uses it;
 * - one slice of the view per widget (`src/data/default/<widget>.json`): only the collections and fields that widget
 *   reads, its default data when it has no `data`, `src` or provider. A slice is not a whole dataset (a ladder's
 *   titles have no description), so it is never handed out as one: the widgets keep it private.
 *
 * Every record kept keeps its `id` and `source`. The whole dataset stays in `career-widgets/data` and
 * `data/it-project-manager.json`. When a widget starts to show another section or field, add it here (and run
 * `npm run data`); test/default-data.test.ts renders each widget on its slice and on the view and compares.
 */
import { SELECTION_SECTION } from './picker.js';
import type {
  CategorySchema,
  CertificationSchema,
  Dataset,
  MethodologySchema,
  SkillSchema,
  StageSchema,
  TitleSchema,
} from './schema.js';

/** The ids of the sections a widget renders: the certification picker words its guide's questions with this one. */
export const WIDGET_SECTIONS: readonly string[] = [SELECTION_SECTION];

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

// ---------------------------------------------------------------------------------------------------------------
// Per-widget slices

/** Every field of each record. */
export const ALL = 'all';

/** The fields of a record a slice keeps besides `id` and `source` (always kept), or {@link ALL}. */
type Fields<Schema extends { entries: object }> =
  | readonly Exclude<keyof Schema['entries'], 'id' | 'source'>[]
  | typeof ALL;

/** What one widget reads of a dataset; a collection left out is empty in its slice. */
export interface WidgetSlice {
  stages: Fields<typeof StageSchema>;
  titles?: Fields<typeof TitleSchema>;
  categories?: Fields<typeof CategorySchema>;
  skills?: Fields<typeof SkillSchema>;
  methodologies?: Fields<typeof MethodologySchema>;
  certifications?: Fields<typeof CertificationSchema>;
  /** The ids of the sections it reads, kept whole. */
  sections?: readonly string[];
}

/**
 * What every slice keeps of the dataset itself: what names and identifies it (the skills matrix writes `id` and
 * `version` into its exports) and where it comes from.
 */
export const DATASET_FIELDS = [
  'schemaVersion',
  'id',
  'name',
  'version',
  'locale',
  'summary',
  'sources',
] as const;

/**
 * What each widget reads, rendering, searching, ranking, filtering and labelling included (the widget in `src/<name>/`
 * and the functions of `src/data/` it calls). Besides what is shown, a slice keeps the fields that place records:
 * `order` sorts the stages; a title's `kind` and `stage`, a skill's `focusStages`, a certification's `stages` and a
 * stage's `titleIds`, `certificationIds` and `skillFocus` say which records belong together.
 */
export const WIDGET_SLICES = {
  /** Every stage in full; of the titles, skills and certifications a stage refers to, their names. */
  ladder: {
    stages: ALL,
    titles: ['name', 'kind', 'stage'],
    skills: ['name', 'focusStages'],
    certifications: ['acronym', 'name', 'stages'],
  },
  /** Every certification in full (its `citations` back its issuer); the stages and methodologies it filters by. */
  'certification-picker': {
    stages: ['order', 'name', 'certificationIds'],
    methodologies: ['name'],
    certifications: ALL,
    sections: [SELECTION_SECTION],
  },
  /** Skills by category against the stages' skills focus. */
  'skills-matrix': {
    stages: ['order', 'name', 'years', 'skillFocus'],
    categories: ['name'],
    skills: ['name', 'category', 'focusStages'],
  },
  /** Every title in full; the stages as tiers; the names of the certifications that help. */
  'title-explorer': {
    stages: ['order', 'name', 'years', 'titleIds', 'certificationIds'],
    titles: ALL,
    certifications: ['acronym', 'name', 'stages'],
  },
} as const satisfies Record<string, WidgetSlice>;

/** A widget with a slice of its own: the name of its folder in `src/` and of its file in `src/data/default/`. */
export type WidgetName = keyof typeof WIDGET_SLICES;

const COLLECTIONS = ['stages', 'titles', 'categories', 'skills', 'methodologies', 'certifications'] as const;

/** The fields of a record that `fields` keeps, in the record's own order; `id` and `source` always. */
function pickFields<T extends object>(record: T, fields: readonly string[] | typeof ALL): T {
  if (fields === ALL) return record;
  const kept = new Set(['id', ...fields, 'source']);
  return Object.fromEntries(Object.entries(record).filter(([key]) => kept.has(key))) as T;
}

/** A widget's slice of the view: the dataset's own fields, then each collection reduced to what the widget reads. */
export function widgetSlice(view: Dataset, widget: WidgetName): Dataset {
  const slice: WidgetSlice = WIDGET_SLICES[widget];
  const out: Record<string, unknown> = {};
  for (const key of DATASET_FIELDS) if (key in view) out[key] = view[key];
  for (const key of COLLECTIONS) {
    const fields = slice[key];
    out[key] = fields ? (view[key] as readonly object[]).map((record) => pickFields(record, fields)) : [];
  }
  out.sections = view.sections.filter((section) => slice.sections?.includes(section.id));
  return out as Dataset;
}
