/**
 * The runtime validator: structure (from the valibot schema), then hostile-input guards and every reference
 * between records. Each problem comes back with its JSON path, e.g. `stages[2].years.min: expected a number`.
 */
import * as v from 'valibot';
import { type Dataset, DatasetSchema } from './schema.js';

/** One problem found in a dataset. */
export interface DataError {
  /** JSON path of the offending value, e.g. `stages[2].years.min`; `(root)` for the document itself. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DataError[] };

/** Keys that could pollute prototypes when a dataset is merged or copied by someone else's code. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 32;
/** Problems reported at most; a broken file should not flood the page. */
const MAX_ERRORS = 50;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Joins path segments the way a reader writes them: `titles[3].next[0]`. */
export function formatPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out || '(root)';
}

/** `path: message`, the form shown in the error panel and the console. */
export function formatError(error: DataError): string {
  return `${error.path}: ${error.message}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Finds prototype-polluting keys, non-JSON objects and absurd nesting before the schema looks at anything. */
function scanHostile(value: unknown, path: (string | number)[], errors: DataError[]): void {
  if (errors.length >= MAX_ERRORS) return;
  if (path.length > MAX_DEPTH) {
    errors.push({ path: formatPath(path), message: `is nested too deeply (more than ${MAX_DEPTH} levels)` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      scanHostile(item, [...path, i], errors);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (!isPlainObject(value)) {
    errors.push({ path: formatPath(path), message: 'expected plain JSON data' });
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      errors.push({ path: formatPath([...path, key]), message: `the key "${key}" is not allowed` });
      continue;
    }
    scanHostile(value[key], [...path, key], errors);
  }
}

function issueToError(issue: v.BaseIssue<unknown>): DataError {
  const segments = (issue.path ?? []).map((item) => item.key as string | number);
  const missing = issue.kind === 'schema' && issue.received === 'undefined' && segments.length > 0;
  return { path: formatPath(segments), message: missing ? `is required (${issue.message})` : issue.message };
}

type Ref = readonly (string | number)[];

/** Checks unique ids, every id reference, stage order and cycles in next-step graphs. */
export function checkReferences(data: Dataset): DataError[] {
  const errors: DataError[] = [];
  const fail = (path: Ref, message: string) => errors.push({ path: formatPath(path), message });

  const index = <T extends { id: string }>(name: string, records: readonly T[]) => {
    const seen = new Map<string, number>();
    records.forEach((r, i) => {
      const first = seen.get(r.id);
      if (first === undefined) seen.set(r.id, i);
      else fail([name, i, 'id'], `duplicate id "${r.id}" (first used at ${name}[${first}])`);
    });
    return seen;
  };
  const stages = index('stages', data.stages);
  const titles = index('titles', data.titles);
  const categories = index('categories', data.categories);
  const skills = index('skills', data.skills);
  const methodologies = index('methodologies', data.methodologies);
  const certifications = index('certifications', data.certifications);
  index('sections', data.sections);
  index('sources', data.sources);

  const refs = (path: Ref, values: readonly string[], target: Map<string, number>, what: string) => {
    values.forEach((id, i) => {
      if (!target.has(id)) fail([...path, i], `unknown ${what} id "${id}"`);
    });
  };
  const ref = (path: Ref, id: string | undefined, target: Map<string, number>, what: string) => {
    if (id !== undefined && !target.has(id)) fail(path, `unknown ${what} id "${id}"`);
  };
  const uniqueItems = (path: Ref, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) fail([...path, i, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  };

  const orders = new Map<number, number>();
  data.stages.forEach((s, i) => {
    const p = ['stages', i];
    const first = orders.get(s.order);
    if (first !== undefined) fail([...p, 'order'], `duplicate order ${s.order} (also stages[${first}])`);
    else orders.set(s.order, i);
    refs([...p, 'skillFocus'], s.skillFocus, skills, 'skill');
    refs([...p, 'titleIds'], s.titleIds, titles, 'title');
    refs([...p, 'certificationIds'], s.certificationIds, certifications, 'certification');
    for (const key of ['responsibilities', 'goals', 'balance'] as const) uniqueItems([...p, key], s[key]);
  });
  data.titles.forEach((t, i) => {
    const p = ['titles', i];
    ref([...p, 'stage'], t.stage, stages, 'stage');
    refs([...p, 'next'], t.next, titles, 'title');
    refs([...p, 'related'], t.related, titles, 'title');
    refs([...p, 'certificationIds'], t.certificationIds, certifications, 'certification');
  });
  data.skills.forEach((s, i) => {
    ref(['skills', i, 'category'], s.category, categories, 'category');
    refs(['skills', i, 'focusStages'], s.focusStages, stages, 'stage');
  });
  data.certifications.forEach((c, i) => {
    const p = ['certifications', i];
    ref([...p, 'methodology'], c.methodology, methodologies, 'methodology');
    refs([...p, 'stages'], c.stages, stages, 'stage');
    refs([...p, 'leadsTo'], c.leadsTo, certifications, 'certification');
  });
  data.sections.forEach((s, i) => {
    uniqueItems(['sections', i, 'items'], s.items);
  });

  findCycle('titles', 'next', data.titles, titles, fail);
  findCycle('certifications', 'leadsTo', data.certifications, certifications, fail);
  return errors;
}

/** Reports the first cycle in a graph of next steps (a title that leads back to itself). */
function findCycle<K extends string>(
  collection: string,
  key: K,
  records: readonly ({ id: string } & Record<K, readonly string[]>)[],
  index: Map<string, number>,
  fail: (path: Ref, message: string) => void,
): void {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): boolean => {
    const mark = state.get(id);
    if (mark === 'done') return false;
    if (mark === 'open') {
      const loop = [...trail.slice(trail.indexOf(id)), id].join(' → ');
      const at = index.get(trail[trail.length - 1] ?? id) ?? 0;
      fail([collection, at, key], `forms a cycle: ${loop}`);
      return true;
    }
    const i = index.get(id);
    if (i === undefined) return false;
    state.set(id, 'open');
    for (const next of records[i]?.[key] ?? []) if (visit(next, [...trail, id])) return true;
    state.set(id, 'done');
    return false;
  };
  for (const record of records) if (visit(record.id, [])) return;
}

/**
 * Validates unknown input (parsed JSON or an object) as a dataset. Never throws. On success returns the dataset
 * with every collection filled in; otherwise every problem with its JSON path (the first 50).
 */
export function validateDataset(input: unknown): ValidationResult {
  if (!isPlainObject(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
    return { ok: false, errors: [{ path: '(root)', message: `expected an object (a dataset), got ${got}` }] };
  }
  const hostile: DataError[] = [];
  scanHostile(input, [], hostile);
  if (hostile.length > 0) return { ok: false, errors: hostile };

  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) return { ok: false, errors: parsed.issues.slice(0, MAX_ERRORS).map(issueToError) };
  const refErrors = checkReferences(parsed.output);
  if (refErrors.length > 0) return { ok: false, errors: refErrors.slice(0, MAX_ERRORS) };
  return { ok: true, dataset: parsed.output };
}

/** Parses JSON text and validates it; a syntax error comes back as a `(root)` error, never thrown. */
export function parseDataset(json: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [{ path: '(root)', message: `not valid JSON (${(e as Error).message})` }] };
  }
  return validateDataset(value);
}
