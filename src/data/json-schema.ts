/**
 * The JSON Schema of a dataset, generated from the valibot schema. One function, used by `data/build.js` (which
 * writes `data/schema.json`, shipped at that path and exported as `career-widgets/schema.json`) and by the test
 * that checks the file is up to date.
 *
 * Every field gets its description here, at build time, from {@link DESCRIPTIONS}: editors show them on hover. They
 * are not in the valibot schema, so the validator and the CDN files do not carry them.
 */
import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema } from './schema.js';

/** Where the published schema lives; editors use it to identify the schema. */
export const SCHEMA_ID = 'https://unpkg.com/career-widgets/data/schema.json';

/** A node of a JSON Schema: a schema, or `true`/`false`. */
type JsonSchemaDefinition = JsonSchema | boolean;

const AN_ID = 'A kebab-case id';

/** The `source` of a record. */
const SOURCE =
  'Where the record comes from: the name of a section of the document it is drawn from, or a URL for facts from ' +
  'elsewhere. Free text: it need not name an entry of sources, and the validator does not check it against them. ' +
  'No widget shows it.';

/** The fields of a `years` object at `path`; `what` says who shows it. */
function yearsFields(path: string, what: string): Record<string, string> {
  return {
    [path]: what,
    [`${path}.min`]: 'The fewest typical years, from 0 to 80.',
    [`${path}.max`]:
      'The most typical years, from min to 80, or null when there is no upper end ("7+ years"). Required: ' +
      'write null rather than leaving it out.',
  };
}

/** The fields of the entries of a plain list at `path`; `label` says who shows an entry's label. */
function itemFields(path: string, list: string, label: string): Record<string, string> {
  return {
    [path]: list,
    [`${path}.items`]: 'One entry of the list.',
    [`${path}.items.id`]: `${AN_ID}, unique within this list.`,
    [`${path}.items.text`]: 'The entry itself: a sentence or a short phrase.',
    [`${path}.items.label`]: `A short heading for the entry. ${label}`,
    [`${path}.items.source`]:
      "Where this entry comes from, when it is not where its record comes from: a section's name or a URL.",
  };
}

const NO_LABEL = 'No widget shows it.';

/**
 * What each field of a dataset means and how the widgets use it, by its path in the JSON Schema: property names
 * joined by dots, `items` for the entries of a list (`stages.items.years.max`). Every property of every object, and
 * the entry of every list of objects, has one; {@link datasetJsonSchema} throws when one is missing or when a path
 * here is not in the schema.
 */
export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  schemaVersion: 'The version of the dataset format: 1. Any other value is refused.',
  id:
    'A kebab-case id for the dataset. The skills matrix writes it (with version) into the ratings it exports, and ' +
    'refuses to import ratings exported for another id.',
  name: 'The name of the framework, shown in the heading of each widget ("<name>: career stages").',
  version:
    'The version of this dataset, free text ("1.0.0", "2025-03"). The skills matrix writes it into the ratings ' +
    'it exports; ratings exported from another version of the same dataset still import.',
  locale:
    'The language of the text of the dataset, as a language tag ("en", "fr-CA"). The widgets mark their content ' +
    'with it (lang), so that screen readers speak the text in that language. Numbers and lists follow the lang ' +
    "attribute of the page where that is English, else English, the language of the widgets' own words.",
  summary: 'What the framework covers, in a sentence or two. No widget shows it.',

  sources:
    'The documents the dataset is drawn from. A record names where it comes from in its own source field, which ' +
    'may or may not match one of these. No widget shows this list.',
  'sources.items': 'One document: a guide, a web page, a standard.',
  'sources.items.id': `${AN_ID}, unique among the sources.`,
  'sources.items.title': 'The title of the document.',
  'sources.items.url': 'Where the document can be read, as a URL.',

  stages:
    'The steps of the career, at least one. Every widget shows them, sorted by order: the rungs of the ladder, ' +
    'the columns of the skills matrix, the tiers of the title explorer, the stage filter of the certification ' +
    'picker.',
  'stages.items': 'One step of the career.',
  'stages.items.id':
    `${AN_ID}, unique among the stages. Other records refer to the stage by it; so does the stage attribute ` +
    'of the widgets.',
  'stages.items.order':
    'The place of the stage in the career: the widgets sort the stages by it, lowest first. A whole number from ' +
    '0, unique among the stages; gaps are allowed.',
  'stages.items.name': 'The name of the stage, shown wherever the widgets show the stage.',
  ...yearsFields(
    'stages.items.years',
    'Typical, never required, years of experience at this stage: "Typically 2–4 years" on the ladder, in the ' +
      'skills matrix and in the title explorer. Leave it out where the source gives none: nothing is shown.',
  ),
  'stages.items.summary':
    'What the stage is, in a sentence or two; the ladder shows it after the years when the stage is open.',
  'stages.items.focus': 'What the stage centres on, in a short phrase; the ladder shows it on the rung.',
  ...itemFields(
    'stages.items.responsibilities',
    'What people at this stage do, shown when the stage is open on the ladder, and as what changes when the stage ' +
      'before it is open. An empty list shows nothing.',
    NO_LABEL,
  ),
  'stages.items.skillFocus':
    'Ids of the skills this stage puts its focus on, in the order to list them. A skill may give the same link ' +
    'from its side (focusStages): the widgets combine both, this list first. The ladder lists them, the skills ' +
    'matrix marks them, and a self-assessment is measured against them.',
  ...itemFields(
    'stages.items.goals',
    'Development goals for this stage, shown when the stage is open on the ladder. An empty list shows nothing.',
    NO_LABEL,
  ),
  ...itemFields(
    'stages.items.balance',
    'Ways to balance work and the rest of life at this stage, shown when the stage is open on the ladder. An ' +
      'empty list shows nothing.',
    NO_LABEL,
  ),
  'stages.items.titleIds':
    'Ids of the titles held at this stage, in the order to list them. A title may give the same link from its ' +
    'side (stage): the widgets combine both, this list first. The ladder lists them on the rung; the title ' +
    'explorer lists a title under its own stage when it names one, else under the first stage listing it here.',
  'stages.items.certificationIds':
    'Ids of the certifications recommended at this stage, in the order to list them. A certification may give ' +
    'the same link from its side (stages): the widgets combine both, this list first. The ladder lists them, the ' +
    "certification picker filters by them, and the title explorer suggests them for the stage's titles.",
  'stages.items.source': SOURCE,

  titles:
    'Job titles and roles. The title explorer lists and searches them, grouped by kind and stage; the ladder ' +
    'names the titles of each stage.',
  'titles.items': 'One title or role.',
  'titles.items.id':
    `${AN_ID}, unique among the titles; the selected attribute of the title explorer and its URL fragment ` +
    'use it.',
  'titles.items.name': 'The title as people write it; shown and searched by the title explorer.',
  'titles.items.aliases':
    'Other names for the same title; the title explorer searches them and shows them as "Also called".',
  'titles.items.kind':
    'What the title is. "job": a title held at a stage of the career. "foundation": a role that leads into the ' +
    'career; listed with the job titles of its stage, but not among the titles the next stage brings (the ' +
    'ladder\'s "Titles that open up", the title explorer\'s next steps) unless that stage lists it in titleIds. ' +
    '"specialisation" and "related": a specialised role and a neighbouring career, each kind listed apart by the ' +
    'title explorer. Job and foundation titles with no stage are listed last, as other titles.',
  'titles.items.stage':
    'The id of the stage (tier) this title belongs to. A stage may give the same link from its side (titleIds): ' +
    'the widgets combine both, and the title explorer places the title by this field when both are given. The ' +
    'job titles of the stage after it are among the next steps of the title. Leave it out where the source gives ' +
    'none.',
  'titles.items.description':
    'What the title does, in a sentence or two; shown and searched by the title explorer.',
  'titles.items.next':
    'Ids of titles this one typically leads to besides the job titles of the next stage, which the title ' +
    'explorer lists after these as next steps. A title must not lead back to itself (a cycle is refused).',
  'titles.items.related':
    'Ids of related titles and career paths, shown as related paths by the title explorer. Either title may list ' +
    'the other: the widgets combine both sides.',
  'titles.items.certificationIds':
    'Ids of certifications that help in this title; the title explorer lists them first, then those recommended ' +
    'at its stage.',
  'titles.items.source': SOURCE,

  categories:
    'Groups of skills. The skills matrix shows the skills category by category, in this order, and filters by ' +
    'category.',
  'categories.items': 'One category of skills.',
  'categories.items.id': `${AN_ID}, unique among the categories; a skill names its category by it.`,
  'categories.items.name':
    'The name of the category, a heading in the skills matrix and its category filter.',
  'categories.items.group':
    'Free text that puts categories together ("competency", "tools"). No widget reads it.',
  'categories.items.why': 'Why the category matters. No widget shows it.',
  'categories.items.description': 'What the category covers. No widget shows it.',
  'categories.items.source': SOURCE,

  skills:
    'The skills, each in one category. The skills matrix shows one row per skill; the ladder names the skills ' +
    'each stage puts its focus on.',
  'skills.items': 'One skill.',
  'skills.items.id': `${AN_ID}, unique among the skills; the ratings of a self-assessment are keyed by it.`,
  'skills.items.name': 'The name of the skill, a row of the skills matrix.',
  'skills.items.category': 'The id of the category the skill belongs to.',
  'skills.items.description': 'What the skill is. No widget shows it.',
  'skills.items.focusStages':
    'Ids of the stages that put their focus on this skill. A stage may give the same link from its side ' +
    '(skillFocus): the widgets combine both.',
  'skills.items.source': SOURCE,

  methodologies:
    'Ways of working that certifications belong to. The certification picker filters by them and asks for one ' +
    'as the career goal of the reader.',
  'methodologies.items': 'One methodology.',
  'methodologies.items.id': `${AN_ID}, unique among the methodologies; a certification names its own by it.`,
  'methodologies.items.name':
    'The name of the methodology, shown in the certification picker: its filter, its first question and the ' +
    'certifications.',
  'methodologies.items.description': 'What the methodology is. No widget shows it.',
  'methodologies.items.source': SOURCE,

  certifications:
    'The certifications. The certification picker lists, filters, ranks and compares them; the ladder and the ' +
    'title explorer name those recommended.',
  'certifications.items': 'One certification.',
  'certifications.items.id':
    `${AN_ID}, unique among the certifications; ` +
    'the selected attribute of the certification picker uses it.',
  'certifications.items.acronym':
    'The short name, the heading of the card. Where the certification has none, repeat the name: the widgets then ' +
    'show the name once.',
  'certifications.items.name': 'The full name of the certification.',
  'certifications.items.issuer':
    'Who awards the certification. Absent: the card leaves it out, the comparison says "Not stated".',
  'certifications.items.methodology':
    'The id of the methodology it belongs to; the methodology filter and the career-goal question of the ' +
    'certification picker use it.',
  'certifications.items.level':
    '"entry" or "advanced", shown on the card. The time-and-budget question of the certification picker uses it ' +
    'only to break ties: little time puts entry level first, more time advanced.',
  'certifications.items.description': 'What the certification is, shown on its card.',
  'certifications.items.prerequisites':
    'What the certification asks of a candidate. Absent: the card says "Not stated", and the guide of the ' +
    'certification picker says the prerequisites are not stated.',
  'certifications.items.prerequisites.text':
    'The requirements in words, shown on the card and in the comparison.',
  'certifications.items.prerequisites.minYears':
    'The years of experience the certification asks for, from 0 to 80. The years filter of the certification ' +
    'picker hides it from a reader with fewer years; its guide ranks it after those the reader qualifies for and ' +
    'names the certifications that lead to it. Absent: no minimum.',
  'certifications.items.covers':
    'What the certification covers, as a list shown on the card and in the comparison.',
  'certifications.items.valuedIn':
    'Where the certification is valued: regions, sectors, kinds of work. The certification picker offers each ' +
    'distinct label (case and accents ignored) in its "Valued in" filter and its industry question, and matches ' +
    'them word by word.',
  'certifications.items.stages':
    'Ids of the stages at which it is recommended. A stage may give the same link from its side ' +
    '(certificationIds): the widgets combine both. A certification that no stage names, on either side, passes ' +
    'every stage filter.',
  'certifications.items.leadsTo':
    'Ids of the certifications this one is a stepping stone to, shown as "Leads to" in the comparison. The ' +
    'guide of the certification picker ranks a stepping stone higher when the reader does not yet qualify for ' +
    'where it leads, and names it as the way there. A certification must not lead back to itself (a cycle is ' +
    'refused).',
  'certifications.items.source': SOURCE,
  'certifications.items.citations':
    'URLs backing facts that the source does not give (an issuer, say). No widget shows them.',

  sections:
    'Any other list of the source: responsibilities common to every stage, tools, interview questions … No ' +
    'widget shows them, except the section with the id "certification-selection" (see its items).',
  'sections.items': 'One section: a named list of entries.',
  'sections.items.id':
    `${AN_ID}, unique among the sections. ` +
    'The certification picker reads the section "certification-selection".',
  'sections.items.name': 'The name of the section.',
  'sections.items.group':
    'An id shared by sections that belong together ("development-goals"). No widget reads it.',
  'sections.items.summary': 'What the section is about. No widget shows it.',
  ...yearsFields(
    'sections.items.years',
    'Typical years of experience the section applies to, where it applies to part of a career. No widget shows it.',
  ),
  ...itemFields(
    'sections.items.items',
    'The entries of the section, in order. In the section "certification-selection", the first five entries word ' +
      'the questions of the certification picker, by position: career goal, organisation, background (years of ' +
      "experience), industry, time and budget. An entry's label replaces the heading of the question and its text " +
      "the hint under it; a missing entry or label keeps the picker's own words, and entries after the fifth are " +
      'ignored.',
    'The certification picker shows it as the heading of a question (section "certification-selection"); ' +
      'otherwise no widget shows it.',
  ),
  'sections.items.source': SOURCE,
};

/**
 * The schema with the description of each property and of each list's entry object taken from `descriptions`
 * (placed first in its node, so that `schema.json` reads well). Throws, listing every problem, when a property or a
 * list's entry object has no description, or when `descriptions` names a path the schema does not have: the
 * descriptions cannot go stale.
 */
export function describeSchema(
  schema: JsonSchema,
  descriptions: Readonly<Record<string, string>>,
): JsonSchema {
  const used = new Set<string>();
  const problems: string[] = [];
  const described = (node: JsonSchemaDefinition, path: string): JsonSchemaDefinition => {
    const text = Object.hasOwn(descriptions, path) ? descriptions[path] : undefined;
    if (text === undefined) problems.push(`${path} has no description`);
    else used.add(path);
    const inner = walk(node, path);
    return text === undefined || typeof inner === 'boolean' ? inner : { description: text, ...inner };
  };
  const walk = (node: JsonSchemaDefinition, path: string): JsonSchemaDefinition => {
    if (typeof node === 'boolean') return node;
    if (node.$ref || node.definitions || node.$defs) {
      problems.push(`${path || '(root)'} uses definitions, which the descriptions do not reach`);
    }
    const out: JsonSchema = { ...node };
    if (node.properties) {
      out.properties = Object.fromEntries(
        Object.entries(node.properties).map(([key, child]) => [
          key,
          described(child, path ? `${path}.${key}` : key),
        ]),
      );
    }
    if (node.items !== undefined && !Array.isArray(node.items)) {
      const items = node.items;
      const at = `${path}.items`;
      out.items =
        typeof items !== 'boolean' && items.type === 'object' ? described(items, at) : walk(items, at);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      if (node[key]) out[key] = node[key].map((branch) => walk(branch, path));
    }
    return out;
  };
  const result = walk(schema, '') as JsonSchema;
  for (const path of Object.keys(descriptions)) {
    if (!used.has(path)) problems.push(`${path} is described but is not in the schema`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The descriptions of the JSON Schema (DESCRIPTIONS in src/data/json-schema.ts) are out of step with ` +
        `src/data/schema.ts:\n- ${problems.join('\n- ')}`,
    );
  }
  return result;
}

/**
 * The dataset's JSON Schema (draft-07), every field described. Checks the JSON Schema cannot express (years.max ≥
 * years.min, unique ids, references between records, cycles, and the scan for hostile input: forbidden keys at any
 * level, deep nesting) are left out; the runtime validator does them. The root's description names them, for people
 * writing a dataset in an editor (a `propertyNames` rule could name the keys, but only on the objects the schema
 * describes, not in the extra fields it lets through).
 */
export function datasetJsonSchema(): JsonSchema {
  const schema = toJsonSchema(DatasetSchema, {
    target: 'draft-07',
    typeMode: 'input',
    errorMode: 'ignore',
    // The schema's length check (`maxChars`, counting code points as `maxLength` does) is a custom check.
    overrideAction: ({ valibotAction, jsonSchema }) =>
      'maxChars' in valibotAction
        ? { ...jsonSchema, maxLength: valibotAction.maxChars as number }
        : undefined,
  });
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'Career framework dataset (career-widgets)',
    description:
      'A career framework: stages, titles, skills, certifications and sections that refer to each other by ' +
      'kebab-case id. The validator of career-widgets also refuses what this schema does not check: an id used ' +
      'twice in a collection, a reference to an id that does not exist, a cycle of references, years.max smaller ' +
      'than years.min, a key named "constructor", "prototype" or "__proto__" at any level, and nesting deeper ' +
      'than 32 levels. Fields the schema does not name are kept and read by no widget; the widgets warn of them ' +
      '(misspelt, maybe) unless their names start with "x-", which marks a field of your own.',
    ...describeSchema(schema, DESCRIPTIONS),
  };
}
