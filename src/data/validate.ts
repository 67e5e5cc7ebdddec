/**
 * The runtime validator: a scan of the input for hostile structures, then its structure (from the valibot schema),
 * then every reference between records, then fields the schema does not know (warnings). Each problem comes back
 * with its JSON path, e.g. `stages[2].years.min: expected a number`. Also what reads a server's answer for a `src`
 * file (`checkAnswer`): it is here, in the chunk only custom data loads, so that its wording costs the widgets nothing.
 */
import * as v from 'valibot';
import { type Dataset, DatasetSchema } from './schema.js';

/** One problem found in a dataset. */
export interface DataError {
  /** JSON path of the offending value, e.g. `stages[2].years.min`; `(root)` for the document itself. */
  path: string;
  message: string;
}

/**
 * The outcome of validating a dataset. A valid one may still carry `warnings`: fields the schema does not know
 * (a misspelt `yeras`, say), which pass through untouched and which no widget reads.
 */
export type ValidationResult =
  | { ok: true; dataset: Dataset; warnings: DataError[] }
  | { ok: false; errors: DataError[] };

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

/**
 * Finds prototype-polluting keys, non-JSON objects (class instances, getters, circular structures) and absurd
 * nesting before the schema looks at anything. Each object is visited once, so shared sub-objects cost nothing
 * extra however often they are reachable; texts and numbers, most of a dataset's values, are looked at only where
 * they would be nested too deeply.
 */
function scanHostile(input: object, errors: DataError[]): void {
  // A Set, not a WeakSet: it lives as long as the scan, and is faster on the tens of thousands of objects of a large
  // dataset.
  const visited = new Set<object>();
  /** The objects that hold the one being scanned: at most {@link MAX_DEPTH}. */
  const ancestors: object[] = [];
  /** Where the scan is: one array, pushed and popped (large datasets have hundreds of thousands of values). */
  const path: (string | number)[] = [];
  const fail = (message: string, key?: string): void => {
    errors.push({ path: formatPath(key === undefined ? path : [...path, key]), message });
  };
  const descend = (key: string | number, value: unknown): void => {
    if ((value === null || typeof value !== 'object') && path.length < MAX_DEPTH) return;
    path.push(key);
    scan(value);
    path.pop();
  };
  const scan = (value: unknown): void => {
    if (path.length > MAX_DEPTH) {
      fail(`is nested too deeply (more than ${MAX_DEPTH} levels)`);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (ancestors.includes(value)) {
      fail('refers back to itself (a circular structure)');
      return;
    }
    if (visited.has(value)) return;
    visited.add(value);
    if (!Array.isArray(value) && !isPlainObject(value)) {
      fail('expected plain JSON data');
      return;
    }
    ancestors.push(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && errors.length < MAX_ERRORS; i++) descend(i, value[i]);
    } else {
      for (const key of Object.keys(value)) {
        if (errors.length >= MAX_ERRORS) break;
        if (FORBIDDEN_KEYS.has(key)) fail(`the key "${key}" is not allowed`, key);
        else if (Object.getOwnPropertyDescriptor(value, key)?.get)
          fail('expected plain JSON data (not a getter)', key);
        else descend(key, value[key]);
      }
    }
    ancestors.pop();
  };
  scan(input);
}

/**
 * Turns valibot's issues into errors. A missing field reads "is required"; a list where an object belongs would
 * otherwise come back as one "is required" per field of that object, so it becomes a single error on the list.
 */
function issuesToErrors(issues: readonly v.BaseIssue<unknown>[]): DataError[] {
  const errors: DataError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const items = issue.path ?? [];
    const segments = items.map((item) => item.key as string | number);
    const last = items[items.length - 1];
    let error: DataError;
    if (last?.origin === 'key' && Array.isArray(last.input)) {
      error = { path: formatPath(segments.slice(0, -1)), message: `${issue.message}, got a list` };
    } else if (last?.origin === 'key') {
      error = { path: formatPath(segments), message: 'is required' };
    } else if (issue.kind === 'schema' && issue.received === 'undefined' && segments.length > 0) {
      error = { path: formatPath(segments), message: `is required (${issue.message})` };
    } else {
      error = { path: formatPath(segments), message: issue.message };
    }
    const id = formatError(error);
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push(error);
    if (errors.length >= MAX_ERRORS) break;
  }
  return errors;
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

  // Paths are put together only for a problem: a large dataset has tens of thousands of references.
  /** Each id in `record[key]` must name a record of `target`. */
  const refs = (
    record: Ref,
    key: string,
    ids: readonly string[],
    target: Map<string, number>,
    what: string,
  ) => {
    for (let i = 0; i < ids.length; i++) {
      if (!target.has(ids[i]!)) fail([...record, key, i], `unknown ${what} id "${ids[i]}"`);
    }
  };
  const ref = (
    record: Ref,
    key: string,
    id: string | undefined,
    target: Map<string, number>,
    what: string,
  ) => {
    if (id !== undefined && !target.has(id)) fail([...record, key], `unknown ${what} id "${id}"`);
  };
  const uniqueItems = (record: Ref, key: string, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) fail([...record, key, i, 'id'], `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  };

  const orders = new Map<number, number>();
  data.stages.forEach((s, i) => {
    const p = ['stages', i];
    const first = orders.get(s.order);
    if (first !== undefined) fail([...p, 'order'], `duplicate order ${s.order} (also stages[${first}])`);
    else orders.set(s.order, i);
    refs(p, 'skillFocus', s.skillFocus, skills, 'skill');
    refs(p, 'titleIds', s.titleIds, titles, 'title');
    refs(p, 'certificationIds', s.certificationIds, certifications, 'certification');
    for (const key of ['responsibilities', 'goals', 'balance'] as const) uniqueItems(p, key, s[key]);
  });
  data.titles.forEach((t, i) => {
    const p = ['titles', i];
    ref(p, 'stage', t.stage, stages, 'stage');
    refs(p, 'next', t.next, titles, 'title');
    refs(p, 'related', t.related, titles, 'title');
    refs(p, 'certificationIds', t.certificationIds, certifications, 'certification');
  });
  data.skills.forEach((s, i) => {
    const p = ['skills', i];
    ref(p, 'category', s.category, categories, 'category');
    refs(p, 'focusStages', s.focusStages, stages, 'stage');
  });
  data.certifications.forEach((c, i) => {
    const p = ['certifications', i];
    ref(p, 'methodology', c.methodology, methodologies, 'methodology');
    refs(p, 'stages', c.stages, stages, 'stage');
    refs(p, 'leadsTo', c.leadsTo, certifications, 'certification');
  });
  data.sections.forEach((s, i) => {
    uniqueItems(['sections', i], 'items', s.items);
  });

  findCycle('titles', 'next', data.titles, titles, fail);
  findCycle('certifications', 'leadsTo', data.certifications, certifications, fail);
  return errors;
}

/** Longest loop spelled out in a cycle message; longer ones are shortened with "…". */
const MAX_LOOP_SHOWN = 8;

/**
 * Reports the first cycle in a graph of next steps (a title that leads back to itself), at the exact reference
 * that closes it. Iterative depth-first search, so a chain of 20,000 records cannot overflow the stack.
 */
function findCycle<K extends string>(
  collection: string,
  key: K,
  records: readonly ({ id: string } & Record<K, readonly string[]>)[],
  index: Map<string, number>,
  fail: (path: Ref, message: string) => void,
): void {
  const OPEN = 1;
  const DONE = 2;
  /** Per record: 0 (not reached yet), OPEN (on the current path) or DONE. */
  const state = new Uint8Array(records.length);
  for (let start = 0; start < records.length; start++) {
    if (state[start]) continue;
    /** The current path: [record index, position of the next reference to follow]. */
    const stack: [number, number][] = [[start, 0]];
    state[start] = OPEN;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [at, edge] = top;
      const targets = records[at]?.[key] ?? [];
      if (edge >= targets.length) {
        state[at] = DONE;
        stack.pop();
        continue;
      }
      top[1] = edge + 1;
      const next = index.get(targets[edge]!);
      if (next === undefined || state[next] === DONE) continue;
      if (state[next] === OPEN) {
        const from = stack.findIndex(([i]) => i === next);
        const ids = [...stack.slice(from).map(([i]) => records[i]!.id), records[next]!.id];
        const shown =
          ids.length <= MAX_LOOP_SHOWN
            ? ids.join(' → ')
            : `${ids.slice(0, MAX_LOOP_SHOWN - 1).join(' → ')} → … → ${ids[ids.length - 1]} (${ids.length - 1} steps)`;
        fail([collection, at, key, edge], `forms a cycle: ${shown}`);
        return;
      }
      state[next] = OPEN;
      stack.push([next, 0]);
    }
  }
}

/**
 * Validates unknown input (parsed JSON or an object) as a dataset. Never throws. On success returns the dataset
 * with every collection filled in; otherwise every problem with its JSON path (the first 50).
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch (e) {
    // Parsed JSON never gets here; a proxy or another exotic object that throws when it is read can.
    return { ok: false, errors: [{ path: '(root)', message: `could not be read${describeThrown(e)}` }] };
  }
}

/** ` (message)` for a thrown error, without trusting it: even its `message` may throw. */
function describeThrown(e: unknown): string {
  try {
    return e instanceof Error && typeof e.message === 'string' ? ` (${e.message.slice(0, 200)})` : '';
  } catch {
    return '';
  }
}

function validate(input: unknown): ValidationResult {
  if (!isPlainObject(input)) {
    const got = input === null ? 'null' : Array.isArray(input) ? 'a list' : typeof input;
    return { ok: false, errors: [{ path: '(root)', message: `expected an object (a dataset), got ${got}` }] };
  }
  const hostile: DataError[] = [];
  scanHostile(input, hostile);
  if (hostile.length > 0) return { ok: false, errors: hostile };

  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.issues) };
  const refErrors = checkReferences(parsed.output);
  if (refErrors.length > 0) return { ok: false, errors: refErrors.slice(0, MAX_ERRORS) };
  const warnings: DataError[] = [];
  datasetShape ??= shapeOf(DatasetSchema);
  unknownFields(datasetShape!, input, [], warnings);
  return { ok: true, dataset: parsed.output, warnings };
}

/** Where a value sits in the schema, for {@link unknownFields}. */
interface Shape {
  /** An object's fields, each with the shape of its value (`undefined`: a value with no fields, such as a text). */
  fields?: Map<string, Shape | undefined>;
  /** The shape of a list's items. */
  items?: Shape;
}

/** The parts of a valibot schema that {@link shapeOf} reads. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

/** The shape of values of `schema`; `undefined` where they hold no fields (texts, ids, numbers, lists of them). */
function shapeOf(schema: SchemaNode): Shape | undefined {
  if (schema.wrapped) return shapeOf(schema.wrapped); // optional, nullable
  if (schema.item) {
    const items = shapeOf(schema.item);
    return items && { items };
  }
  if (schema.entries) {
    return { fields: new Map(Object.entries(schema.entries).map(([key, field]) => [key, shapeOf(field)])) };
  }
  return undefined;
}

/** The shape of a dataset, worked out from the schema when first needed. */
let datasetShape: Shape | undefined;

/**
 * Adds a warning for each field of `value` that its object schema does not name (the schema's objects are loose,
 * for forward compatibility, so these are not errors). A `$schema` key at the top, which editors use to find
 * `schema.json`, is expected, and so are fields named `x-…` anywhere: the author's own, which the widgets leave
 * alone. At most {@link MAX_ERRORS}. Only the fields the schema describes are walked into.
 */
function unknownFields(shape: Shape, value: unknown, path: (string | number)[], out: DataError[]): void {
  if (out.length >= MAX_ERRORS || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    if (!shape.items) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      unknownFields(shape.items, value[i], path, out);
      path.pop();
    }
  } else if (shape.fields) {
    for (const key of Object.keys(value)) {
      if (out.length >= MAX_ERRORS) return;
      path.push(key);
      if (shape.fields.has(key)) {
        const inner = shape.fields.get(key);
        if (inner) unknownFields(inner, (value as Record<string, unknown>)[key], path, out);
      } else if ((path.length > 1 || key !== '$schema') && !key.startsWith('x-')) {
        out.push({ path: formatPath(path), message: 'is not a field of this schema, and is ignored' });
      }
      path.pop();
    }
  }
}

/** Largest dataset file accepted from `src`, in characters (UTF-16 units) of its text. */
const MAX_CHARS = 5_000_000;

/** What a server answered for a dataset file (its `src`): the response and its text, or why the fetch failed. */
export interface FileAnswer {
  src: string;
  response?: Response;
  /** The text of a response that is `ok`. */
  text?: string;
  error?: unknown;
}

/** The words of the common failures, which HTTP/2 does not send (its `statusText` is empty). */
const REASONS: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
};

/**
 * Reads what a server answered for a dataset file: the dataset it holds, validated, or one `(root)` error that says
 * in plain words why it cannot be used, naming the file.
 */
export function checkAnswer({ src, response, text = '', error }: FileAnswer): ValidationResult {
  const failed = (why: string): ValidationResult => ({
    ok: false,
    errors: [{ path: '(root)', message: `could not load ${src}: ${why}` }],
  });
  if (!response) {
    // Browsers do not tell a page why: a refused connection and a refusal by CORS look the same.
    return failed(
      otherOrigin(src)
        ? 'no answer it may read (the network failed, or the server does not let other sites read it: CORS)'
        : `the network failed${describeThrown(error)}`,
    );
  }
  if (!response.ok) {
    const words = response.statusText || REASONS[response.status];
    return failed(`the server answered ${response.status}${words ? ` ${words}` : ''}`);
  }
  // An expired session often ends on a sign-in page.
  const type = response.headers.get('content-type')?.split(';')[0] ?? '';
  if (type.endsWith('html')) {
    return failed(
      `the server sent a web page (${type}), not JSON${response.redirected ? `, from ${response.url}` : ''}`,
    );
  }
  if (!text.trim()) return failed('the file is empty');
  if (text.length > MAX_CHARS) {
    const count = (n: number) => n.toLocaleString('en');
    return failed(`the file is too large (${count(text.length)} characters, at most ${count(MAX_CHARS)})`);
  }
  return parse(text, src);
}

/** Whether `src` is on another site than the page. */
function otherOrigin(src: string): boolean {
  try {
    return new URL(src, document.baseURI).origin !== location.origin;
  } catch {
    return false;
  }
}

/** Parses JSON text and validates it; a syntax error comes back as a `(root)` error, never thrown. */
export function parseDataset(json: string): ValidationResult {
  return parse(json);
}

/** {@link parseDataset}; a syntax error names `file`, as a failed load of it does. */
function parse(json: string, file?: string): ValidationResult {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    const message = `${file ? `${file} is ` : ''}not valid JSON (${(e as Error).message})`;
    return { ok: false, errors: [{ path: '(root)', message }] };
  }
  return validateDataset(value);
}
