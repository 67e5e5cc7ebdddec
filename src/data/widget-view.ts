/**
 * What of a dataset the widgets show, used by `npm run data` (data/build.js) to write their default data:
 * - each widget's slice (`WIDGET_SLICES`): only the collections and fields that widget reads, its default data when
 *   it has no `data`, `src` or provider. A slice is not a whole dataset (a ladder's titles have no description), so
 *   it is never handed out as one: the widgets keep it private;
 * - the view: all the slices together, what the one-file CDN bundle embeds (`<career-provider>` embeds none: each
 *   widget in it uses its own slice until the provider is given data). The guide's sections and fields
 *   that no widget shows (the interview questions, the categories' "why it matters", the skills' descriptions) stay
 *   in `career-widgets/data` and `data/it-project-manager.json`;
 * - the parts (`src/data/default/parts/*.json`): the view cut by who reads what, one part per set of widgets, so that
 *   each widget imports only the parts it reads and widgets on one page share the parts they have in common (a
 *   code-splitting build such as the CDN loader loads each part once). `assembleDataset()` puts parts back together.
 *
 * Every record keeps its `id` and `source`. When a widget starts to show another section or field, add it here (and
 * run `npm run data`); test/default-data.test.ts renders each widget on its slice and on the view and compares.
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
type Collection = (typeof COLLECTIONS)[number];

const WIDGET_NAMES = Object.keys(WIDGET_SLICES) as WidgetName[];

function fieldsOf(widget: WidgetName, key: Collection): readonly string[] | typeof ALL | undefined {
  return (WIDGET_SLICES[widget] as WidgetSlice)[key] as readonly string[] | typeof ALL | undefined;
}

/** Whether `widget` reads `field` of the records of `key`: `id` and `source` wherever it reads the collection. */
function reads(widget: WidgetName, key: Collection, field: string): boolean {
  const fields = fieldsOf(widget, key);
  if (fields === undefined) return false;
  return fields === ALL || field === 'id' || field === 'source' || fields.includes(field);
}

function readsSection(widget: WidgetName, id: string): boolean {
  return (WIDGET_SLICES[widget] as WidgetSlice).sections?.includes(id) ?? false;
}

/** The dataset's own fields (`DATASET_FIELDS`) that `data` has. */
function datasetFields(data: Dataset): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of DATASET_FIELDS) if (key in data) out[key] = data[key];
  return out;
}

/** The fields of a record that `keep` keeps, in the record's own order. */
function pickFields<T extends object>(record: T, keep: (field: string) => boolean): T {
  return Object.fromEntries(Object.entries(record).filter(([field]) => keep(field))) as T;
}

/**
 * What `widgets` read of a dataset: its own fields, each collection with the fields one of them reads (empty where
 * none reads it), the sections one of them reads.
 */
function readBy(data: Dataset, widgets: readonly WidgetName[]): Dataset {
  const out = datasetFields(data);
  for (const key of COLLECTIONS) {
    const readers = widgets.filter((w) => fieldsOf(w, key) !== undefined);
    out[key] = readers.length
      ? data[key].map((record) => pickFields(record, (field) => readers.some((w) => reads(w, key, field))))
      : [];
  }
  out.sections = data.sections.filter((section) => widgets.some((w) => readsSection(w, section.id)));
  return out as Dataset;
}

/** A widget's slice of the view: what that widget reads. */
export function widgetSlice(view: Dataset, widget: WidgetName): Dataset {
  return readBy(view, [widget]);
}

/** The dataset reduced to what the widgets show: the union of their slices. */
export function widgetView(data: Dataset): Dataset {
  return readBy(data, WIDGET_NAMES);
}

/** Some of a dataset: its own fields, collections of partial records, sections. See `assembleDataset()`. */
export type DatasetPart = Record<string, unknown>;

/** One part of the view: what exactly `widgets` read, and no other set of widgets. */
export interface WidgetPart {
  /** The file name in `src/data/default/parts/`, without `.json`: `every-widget`, or the widgets joined by `--`. */
  name: string;
  widgets: WidgetName[];
  part: DatasetPart;
}

/**
 * The view cut into parts by who reads what: a value goes to the part of exactly the widgets that read it. In each
 * part a collection has one entry per record of the view, in the same order (`{}` where the part holds nothing of a
 * record), so that `assembleDataset()` can put records back together by position; a collection none of a part's
 * fields belong to is left out of it. Sections are whole records. Parts come with the part every widget reads
 * first, then by how many widgets read a part, then in the order of `WIDGET_SLICES`.
 */
export function widgetParts(view: Dataset): WidgetPart[] {
  const parts = new Map<string, WidgetPart>();
  const partOf = (widgets: WidgetName[]): DatasetPart => {
    if (widgets.length === 0) throw new Error('the view holds something no widget reads');
    const name = widgets.length === WIDGET_NAMES.length ? 'every-widget' : widgets.join('--');
    const entry = parts.get(name) ?? { name, widgets, part: {} };
    parts.set(name, entry);
    return entry.part;
  };
  Object.assign(partOf(WIDGET_NAMES), datasetFields(view));
  for (const key of COLLECTIONS) {
    view[key].forEach((record, i) => {
      for (const [field, value] of Object.entries(record)) {
        const part = partOf(WIDGET_NAMES.filter((w) => reads(w, key, field)));
        part[key] ??= view[key].map(() => ({}));
        (part[key] as Record<string, unknown>[])[i]![field] = value;
      }
    });
  }
  for (const section of view.sections) {
    const part = partOf(WIDGET_NAMES.filter((w) => readsSection(w, section.id)));
    part.sections ??= [];
    (part.sections as unknown[]).push(section);
  }
  // The part every widget reads first, then by how many widgets read a part, then in the order of WIDGET_SLICES.
  const rank = (p: WidgetPart) => [-p.widgets.length, ...p.widgets.map((w) => WIDGET_NAMES.indexOf(w))];
  return [...parts.values()].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    const i = x.findIndex((n, k) => n !== y[k]);
    return i < 0 ? 0 : x[i]! - (y[i] ?? -1);
  });
}
