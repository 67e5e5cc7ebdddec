/**
 * The dataset schema: one valibot source for the TypeScript types, the runtime validator and the JSON Schema
 * (`npm run build` writes `data/schema.json` from it). Nothing here is specific to one career: any framework with
 * stages, titles, skills and certifications fits.
 *
 * Objects are loose: unknown extra fields pass through untouched (forward compatibility). Collections default to
 * empty lists so a small custom framework needs only `stages`.
 */
import * as v from 'valibot';

/** Longest free text accepted in one field; larger strings are refused as hostile or broken input. */
export const MAX_TEXT = 4000;
/** Most records accepted in one collection. */
export const MAX_ITEMS = 20000;

const str = () => v.string('expected a string');
/**
 * At most `max` characters, counted as JSON Schema's `maxLength` counts them (code points: an emoji is one), not as
 * `v.maxLength` does (UTF-16 units: an emoji is two), so that the validator accepts what `schema.json` accepts.
 * One check in place of `v.maxLength`, as cheap for almost every text: a string of at most `max` units has at most
 * `max` code points, and one of more than `2 × max` units has more; only one between them is counted.
 * `maxChars` carries the limit to the JSON Schema (src/data/json-schema.ts).
 */
const maxChars = (max: number, message: string) =>
  Object.assign(
    v.check((s: string) => s.length <= max || (s.length <= 2 * max && [...s].length <= max), message),
    { maxChars: max },
  );
const text = (max = MAX_TEXT) =>
  v.pipe(
    str(),
    // Some text: empty, or only spaces, would show as nothing (a rung button with no name, a blank card). One check
    // for both, as every text of a dataset goes through it (50,000 of them in a large one).
    v.regex(/\S/, 'must not be empty or blank'),
    maxChars(max, `is too long (at most ${max} characters)`),
  );
const list = <T extends v.GenericSchema>(item: T) =>
  v.pipe(
    v.array(item, 'expected a list'),
    v.maxLength(MAX_ITEMS, `has too many entries (at most ${MAX_ITEMS})`),
  );
const optionalList = <T extends v.GenericSchema>(item: T) => v.optional(list(item), () => []);
const years = (message = 'expected a number') =>
  v.pipe(v.number(message), v.minValue(0, 'must be 0 or more'), v.maxValue(80, 'must be 80 or less'));

/** A stable kebab-case identifier, unique within its collection. */
export const IdSchema = v.pipe(
  str(),
  v.minLength(1, 'must not be empty'),
  maxChars(80, 'is too long (at most 80 characters)'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "senior-analyst"'),
);
const ids = () => optionalList(IdSchema);

/** Where a record comes from: the guide's section name, or a URL for facts from elsewhere. */
export const SourceSchema = text(500);

/** A range of typical years of experience; `max: null` means open-ended ("7+"). */
export const YearsSchema = v.pipe(
  v.looseObject(
    { min: years(), max: v.nullable(years('expected a number, or null when the stage has no upper bound')) },
    'expected an object such as { "min": 2, "max": 4 }',
  ),
  v.forward(
    v.check((y) => y.max === null || y.max >= y.min, 'must not be smaller than min'),
    ['max'],
  ),
);

/** One entry of a plain list: a responsibility, a goal, a strategy, an interview question. */
export const ItemSchema = v.looseObject(
  {
    id: IdSchema,
    text: text(),
    /** An optional short label shown before the text ("Behavioral questions"). */
    label: v.optional(text(200)),
    source: v.optional(SourceSchema),
  },
  'expected an object with id and text',
);

/** One step of the career, in order. */
export const StageSchema = v.looseObject(
  {
    id: IdSchema,
    order: v.pipe(
      v.number('expected a number'),
      v.integer('expected a whole number'),
      v.minValue(0, 'must be 0 or more'),
    ),
    name: text(200),
    /** Typical (never required) years of experience; absent where the source gives none. */
    years: v.optional(YearsSchema),
    summary: v.optional(text()),
    focus: v.optional(text()),
    responsibilities: optionalList(ItemSchema),
    /** Skill ids this stage puts its focus on. */
    skillFocus: ids(),
    goals: optionalList(ItemSchema),
    balance: optionalList(ItemSchema),
    /** Typical titles at this stage (title ids). */
    titleIds: ids(),
    /** Certifications recommended at this stage. */
    certificationIds: ids(),
    source: SourceSchema,
  },
  'expected an object (a stage)',
);

/** What a title record is: a job on the ladder, a role before it, a specialisation, or a related career. */
export const TITLE_KINDS = ['job', 'foundation', 'specialisation', 'related'] as const;

export const TitleSchema = v.looseObject(
  {
    id: IdSchema,
    name: text(200),
    aliases: optionalList(text(200)),
    kind: v.picklist(TITLE_KINDS, `expected one of: ${TITLE_KINDS.join(', ')}`),
    /** The stage (tier) this title belongs to; absent where the source gives none. */
    stage: v.optional(IdSchema),
    description: text(),
    /** Titles this one typically leads to, beyond the titles of the next stage. */
    next: ids(),
    /** Related titles and career paths. */
    related: ids(),
    certificationIds: ids(),
    source: SourceSchema,
  },
  'expected an object (a title)',
);

export const CategorySchema = v.looseObject(
  {
    id: IdSchema,
    name: text(200),
    /** Groups categories for display ("competency", "tools"); free text. */
    group: v.optional(text(80)),
    /** Why the category matters. */
    why: v.optional(text()),
    description: v.optional(text()),
    source: SourceSchema,
  },
  'expected an object (a skill category)',
);

export const SkillSchema = v.looseObject(
  {
    id: IdSchema,
    name: text(200),
    category: IdSchema,
    description: v.optional(text()),
    /** Stages that put their focus on this skill. */
    focusStages: ids(),
    source: SourceSchema,
  },
  'expected an object (a skill)',
);

export const MethodologySchema = v.looseObject(
  { id: IdSchema, name: text(200), description: v.optional(text()), source: SourceSchema },
  'expected an object (a methodology)',
);

export const CERTIFICATION_LEVELS = ['entry', 'advanced'] as const;

export const CertificationSchema = v.looseObject(
  {
    id: IdSchema,
    acronym: text(40),
    name: text(200),
    issuer: v.optional(text(200)),
    /** A methodology id. */
    methodology: IdSchema,
    level: v.optional(
      v.picklist(CERTIFICATION_LEVELS, `expected one of: ${CERTIFICATION_LEVELS.join(', ')}`),
    ),
    description: v.optional(text()),
    prerequisites: v.optional(
      v.looseObject(
        { text: text(), minYears: v.optional(years()) },
        'expected an object such as { "text": "…", "minYears": 3 }',
      ),
    ),
    covers: optionalList(text(400)),
    /** Where the certification is valued: regions, sectors, kinds of work. */
    valuedIn: optionalList(text(200)),
    /** Stages at which it is recommended. */
    stages: ids(),
    /** Certifications this one is a stepping stone to. */
    leadsTo: ids(),
    source: SourceSchema,
    /** URLs backing facts that the main source does not give (an issuer, say). */
    citations: optionalList(v.pipe(str(), v.url('expected a URL'), maxChars(500, 'is too long'))),
  },
  'expected an object (a certification)',
);

/** Any other list of the source: core responsibilities, tools by category, interview questions … */
export const SectionSchema = v.looseObject(
  {
    id: IdSchema,
    name: text(200),
    /** Sections with the same group belong together ("development-goals"). */
    group: v.optional(IdSchema),
    summary: v.optional(text()),
    years: v.optional(YearsSchema),
    items: optionalList(ItemSchema),
    source: SourceSchema,
  },
  'expected an object (a section)',
);

export const DatasetSourceSchema = v.looseObject(
  {
    id: IdSchema,
    title: text(300),
    url: v.optional(
      v.pipe(str(), v.url('expected a URL'), maxChars(500, 'is too long (at most 500 characters)')),
    ),
  },
  'expected an object (a source)',
);

export const SCHEMA_VERSION = 1;

export const DatasetSchema = v.looseObject(
  {
    schemaVersion: v.literal(SCHEMA_VERSION, `expected ${SCHEMA_VERSION}`),
    id: IdSchema,
    name: text(200),
    version: text(40),
    locale: v.pipe(
      str(),
      v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en"'),
    ),
    summary: v.optional(text()),
    sources: optionalList(DatasetSourceSchema),
    stages: v.pipe(list(StageSchema), v.minLength(1, 'needs at least one stage')),
    titles: optionalList(TitleSchema),
    categories: optionalList(CategorySchema),
    skills: optionalList(SkillSchema),
    methodologies: optionalList(MethodologySchema),
    certifications: optionalList(CertificationSchema),
    sections: optionalList(SectionSchema),
  },
  'expected an object (a dataset)',
);

/** A dataset as authored (collections may be left out). */
export type DatasetInput = v.InferInput<typeof DatasetSchema>;
/** A validated dataset: every collection present. */
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Stage = v.InferOutput<typeof StageSchema>;
export type Years = v.InferOutput<typeof YearsSchema>;
export type Item = v.InferOutput<typeof ItemSchema>;
export type Title = v.InferOutput<typeof TitleSchema>;
export type TitleKind = (typeof TITLE_KINDS)[number];
export type Category = v.InferOutput<typeof CategorySchema>;
export type Skill = v.InferOutput<typeof SkillSchema>;
export type Methodology = v.InferOutput<typeof MethodologySchema>;
export type Certification = v.InferOutput<typeof CertificationSchema>;
export type CertificationLevel = (typeof CERTIFICATION_LEVELS)[number];
export type Section = v.InferOutput<typeof SectionSchema>;
