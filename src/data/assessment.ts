/**
 * Pure functions for a self-assessment: cleaning ratings, the document that is exported, stored and imported
 * (JSON), the spreadsheet export (CSV, safe against formula injection), and the validation of an import. No DOM,
 * no UI strings: problems come back as codes that the widget words through `msg()`.
 */
import { isRating, type Rating, type Ratings } from './query/self-assessment.js';
import { skillsByCategory } from './query/skills.js';
import type { Dataset } from './schema.js';

/** The `format` field that marks a ratings document of this library. */
export const ASSESSMENT_FORMAT = 'career-widgets/assessment';
/** The version of the ratings document; a newer one is refused rather than misread. */
export const ASSESSMENT_FORMAT_VERSION = 1;
/** Largest import accepted, in characters (UTF-16 units) of its text (a document for 20,000 skills is far below this). */
export const MAX_ASSESSMENT_BYTES = 1_000_000;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A ratings document: what the JSON export writes, `storage-key` stores and the import reads. */
export interface AssessmentDocument {
  format: typeof ASSESSMENT_FORMAT;
  formatVersion: typeof ASSESSMENT_FORMAT_VERSION;
  /** The dataset the ratings belong to; absent only in a document stored before the data was ready. */
  dataset?: { id: string; version: string };
  /** Skill id → rating 0–4; unrated skills are absent. */
  ratings: Record<string, Rating>;
}

/** Why a document or an import was refused. */
export type AssessmentProblem =
  | { reason: 'too-large'; limit: number }
  | { reason: 'not-json' }
  | { reason: 'not-assessment' }
  | { reason: 'newer-format'; formatVersion: number }
  | { reason: 'other-dataset'; dataset: string; expected: string }
  | { reason: 'bad-rating'; path: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Splits a ratings-like value into its valid entries (a kebab-case skill id → a whole number 0–4) and the keys
 * that were refused. Never throws; a non-object gives no ratings and `invalid: ['(root)']`.
 */
export function cleanRatings(value: unknown): { ratings: Record<string, Rating>; invalid: string[] } {
  const ratings: Record<string, Rating> = {};
  if (!isPlainObject(value)) return { ratings, invalid: value == null ? [] : ['(root)'] };
  const invalid: string[] = [];
  for (const key of Object.keys(value)) {
    const rating = value[key];
    if (ID.test(key) && isRating(rating)) ratings[key] = rating;
    else invalid.push(key);
  }
  return { ratings, invalid };
}

/** Ratings in the order of the data's skills (categories in data order), then ids the data does not know. */
function orderedRatings(data: Dataset | undefined, ratings: Ratings): Record<string, Rating> {
  const { ratings: clean } = cleanRatings(ratings);
  const out: Record<string, Rating> = {};
  if (data) {
    for (const group of skillsByCategory(data)) {
      for (const skill of group.skills) if (Object.hasOwn(clean, skill.id)) out[skill.id] = clean[skill.id]!;
    }
  }
  for (const [id, rating] of Object.entries(clean)) if (!Object.hasOwn(out, id)) out[id] = rating;
  return out;
}

/** The ratings document for a dataset (or none yet) and a set of ratings; invalid ratings are left out. */
export function assessmentDocument(data: Dataset | undefined, ratings: Ratings): AssessmentDocument {
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    ...(data ? { dataset: { id: data.id, version: data.version } } : {}),
    ratings: orderedRatings(data, ratings),
  };
}

/** The exact text of the JSON download: the ratings document, indented. */
export function assessmentToJson(data: Dataset, ratings: Ratings): string {
  return `${JSON.stringify(assessmentDocument(data, ratings), null, 2)}\n`;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: a cell starting with `=`, `+`, `-`, `@`, tab or carriage
 * return is prefixed with `'` so it is read as text, never as a formula; a cell holding a comma, quote or line
 * break is quoted, with quotes doubled.
 */
export function escapeCsvCell(value: string | number): string {
  let cell = String(value);
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The column names of the CSV export, in order (stable, machine-readable: not translated). */
export const CSV_COLUMNS = [
  'dataset_id',
  'dataset_version',
  'category',
  'skill_id',
  'skill',
  'rating',
  'rating_label',
] as const;

/**
 * The exact text of the CSV download: a header row, then one row per skill of the data (categories in data
 * order), with the dataset id and version on every row so a pasted-together sheet still says where each row comes
 * from. Unrated skills have empty rating cells. Lines end with CRLF (RFC 4180).
 */
export function assessmentToCsv(
  data: Dataset,
  ratings: Ratings,
  levelLabel: (rating: Rating) => string,
): string {
  const { ratings: clean } = cleanRatings(ratings);
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const { category, skills } of skillsByCategory(data)) {
    for (const skill of skills) {
      const rating = Object.hasOwn(clean, skill.id) ? clean[skill.id] : undefined;
      rows.push([
        data.id,
        data.version,
        category.name,
        skill.id,
        skill.name,
        rating ?? '',
        rating === undefined ? '' : levelLabel(rating),
      ]);
    }
  }
  return `${rows.map((row) => row.map(escapeCsvCell).join(',')).join('\r\n')}\r\n`;
}

export type DocumentResult =
  | { ok: true; document: AssessmentDocument }
  | { ok: false; problem: AssessmentProblem };

/**
 * Checks that a parsed JSON value is a ratings document: the right `format`, a known `formatVersion`, a
 * `dataset` with id and version when present, and `ratings` whose every entry is a skill id → 0–4. Used for what
 * `storage-key` reads back and, with a dataset check on top, for imports.
 */
export function parseAssessmentDocument(value: unknown): DocumentResult {
  if (!isPlainObject(value) || value.format !== ASSESSMENT_FORMAT) {
    return { ok: false, problem: { reason: 'not-assessment' } };
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { reason: 'not-assessment' } };
  }
  if (version > ASSESSMENT_FORMAT_VERSION) {
    return { ok: false, problem: { reason: 'newer-format', formatVersion: version } };
  }
  const dataset = value.dataset;
  if (
    dataset !== undefined &&
    (!isPlainObject(dataset) || typeof dataset.id !== 'string' || typeof dataset.version !== 'string')
  ) {
    return { ok: false, problem: { reason: 'not-assessment' } };
  }
  if (!isPlainObject(value.ratings)) return { ok: false, problem: { reason: 'not-assessment' } };
  const { ratings, invalid } = cleanRatings(value.ratings);
  if (invalid.length > 0) {
    const key = invalid[0]!;
    const path = ID.test(key) ? `ratings.${key}` : `ratings[${JSON.stringify(key)}]`;
    return { ok: false, problem: { reason: 'bad-rating', path } };
  }
  return {
    ok: true,
    document: {
      format: ASSESSMENT_FORMAT,
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      ...(dataset ? { dataset: { id: dataset.id as string, version: dataset.version as string } } : {}),
      ratings,
    },
  };
}

export type ImportResult =
  | {
      ok: true;
      /** The ratings of skills this data has. */
      ratings: Record<string, Rating>;
      /** Ids of rated skills this data does not have, left out. */
      unknown: string[];
    }
  | { ok: false; problem: AssessmentProblem };

/**
 * Reads an imported file's text for a dataset. Refused, with the reason: a file over the size limit, text that is
 * not JSON, JSON that is not a ratings document (or a newer version of it), a document without a dataset or for
 * another dataset id, any invalid rating. Accepted: the ratings of the skills this data has; ratings of unknown
 * skills are listed in `unknown` and left out. A different dataset `version` is accepted (ratings are by skill id).
 */
export function parseAssessmentImport(text: string, data: Dataset): ImportResult {
  if (text.length > MAX_ASSESSMENT_BYTES) {
    return { ok: false, problem: { reason: 'too-large', limit: MAX_ASSESSMENT_BYTES } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { reason: 'not-json' } };
  }
  const result = parseAssessmentDocument(value);
  if (!result.ok) return result;
  const { dataset, ratings } = result.document;
  if (!dataset) return { ok: false, problem: { reason: 'not-assessment' } };
  if (dataset.id !== data.id) {
    return { ok: false, problem: { reason: 'other-dataset', dataset: dataset.id, expected: data.id } };
  }
  const known = new Set(data.skills.map((s) => s.id));
  const kept: Record<string, Rating> = {};
  const unknown: string[] = [];
  for (const [id, rating] of Object.entries(ratings)) {
    if (known.has(id)) kept[id] = rating;
    else unknown.push(id);
  }
  return { ok: true, ratings: kept, unknown };
}
