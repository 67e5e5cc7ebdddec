/**
 * Title search: case- and accent-insensitive, literal (the query is never turned into a RegExp), every word must
 * match, ranked name > alias > description and prefix > infix. Pass a dataset, or a plain list of titles (then the
 * `stage` option looks only at each title's own `stage`). The normalised text of every title is computed once
 * per titles array (WeakMap cache), so a keystroke over 10,000 titles is a few `indexOf` calls per title.
 */
import { fold, foldChar, NON_ASCII } from './fold.js';
import { titleStage } from './query/titles.js';
import type { Dataset, Title, TitleKind } from './schema.js';

// ---------------------------------------------------------------------------------------------------------------
// Normalisation

/** Text folded for matching, with the way back to the original string. */
export interface NormalisedText {
  /** Lower case, accents removed (NFD, combining marks stripped). */
  text: string;
  /** For each UTF-16 unit of `text`: where its source character starts in the original. */
  starts: Uint32Array;
  /** For each UTF-16 unit of `text`: where its source character (with any combining marks after it) ends. */
  ends: Uint32Array;
}

/** Lower case, accents removed, with a map back to the original: `normalise('Gestión').text === 'gestion'`. */
export function normalise(text: string): NormalisedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    const end = pos + ch.length;
    if (folded.length === 0) {
      // A stripped combining mark belongs to the character before it.
      if (ends.length) ends[ends.length - 1] = end;
    } else {
      out += folded;
      for (let i = 0; i < folded.length; i++) {
        starts.push(pos);
        ends.push(end);
      }
    }
    pos = end;
  }
  return { text: out, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** A half-open range `[start, end)` of string positions. */
export type Range = readonly [start: number, end: number];

/** Maps a range of `normalised.text` back to the original string (whole characters, marks included). */
export function originalRange(normalised: NormalisedText, [start, end]: Range): [number, number] {
  if (end <= start) {
    const at = normalised.starts[start] ?? normalised.ends[normalised.ends.length - 1] ?? 0;
    return [at, at];
  }
  return [normalised.starts[start] ?? 0, normalised.ends[end - 1] ?? 0];
}

// ---------------------------------------------------------------------------------------------------------------
// Index

/** One searchable field of a title, folded once. */
interface Field {
  original: string;
  folded: string;
  /** Folded and original positions coincide (ASCII and the like): ranges need no mapping. */
  identity: boolean;
}

interface Entry {
  title: Title;
  /** Every field joined with NUL, for a quick reject before per-field work. */
  all: string;
  /** The name, then each alias, then the description. */
  fields: Field[];
}

const indexes = new WeakMap<readonly Title[], Entry[]>();

function makeField(original: string): Field {
  const folded = fold(original);
  return { original, folded, identity: folded.length === original.length && !NON_ASCII.test(original) };
}

function indexFor(titles: readonly Title[]): Entry[] {
  let index = indexes.get(titles);
  if (!index) {
    index = titles.map((title) => {
      const fields = [title.name, ...(title.aliases ?? []), title.description ?? ''].map(makeField);
      return { title, fields, all: fields.map((f) => f.folded).join('\0') };
    });
    indexes.set(titles, index);
  }
  return index;
}

// ---------------------------------------------------------------------------------------------------------------
// Search

/** Longest query taken into account (characters after folding); the rest is ignored, so huge input cannot hang. */
export const MAX_QUERY_LENGTH = 200;
/** Most distinct words taken into account. */
const MAX_WORDS = 12;
/** Most highlight ranges reported per field. */
const MAX_RANGES = 64;

/** Which field of a title matched. */
export type MatchField = 'name' | 'alias' | 'description';

/** Where the query matched in one field of a title. */
export interface FieldMatch {
  field: MatchField;
  /** For `alias`: which alias (index into `title.aliases`); 0 otherwise. */
  index: number;
  /** The original text of the field, to pass to {@link highlightSegments} with `ranges`. */
  text: string;
  /** Sorted, non-overlapping `[start, end)` ranges in the original text. */
  ranges: [number, number][];
}

/** One title found by {@link searchTitles}. */
export interface TitleMatch {
  readonly title: Title;
  /** Fields where query words occur, name first; empty for an empty query. Computed on first read. */
  readonly matches: FieldMatch[];
}

/** The options of {@link searchTitles}. */
export interface SearchOptions {
  /** Only titles of these kinds. */
  kinds?: readonly TitleKind[];
  /** Only titles of this stage (with a dataset: a title's own `stage`, else the first stage listing it in `titleIds`). */
  stage?: string;
}

/** Splits a query into distinct folded words, capped in length and number. */
export function queryWords(query: string): string[] {
  const folded = fold(query.slice(0, MAX_QUERY_LENGTH * 4)).slice(0, MAX_QUERY_LENGTH);
  const words = [...new Set(folded.split(/[\s\0]+/u).filter(Boolean))];
  return words.slice(0, MAX_WORDS);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** 0: the field starts with the word; 1: a word in it starts with it; 2: it occurs inside a word; 3: absent. */
function positionRank(haystack: string, word: string): number {
  let i = haystack.indexOf(word);
  if (i < 0) return 3;
  if (i === 0) return 0;
  let best = 2;
  for (let n = 0; i >= 0 && n < MAX_RANGES; n++) {
    if (!isWordChar(haystack[i - 1])) {
      best = 1;
      break;
    }
    i = haystack.indexOf(word, i + 1);
  }
  return best;
}

/** Ranks a title for the words (lower is better), or returns -1 when some word does not occur. */
function rank(entry: Entry, words: readonly string[], phrase: string): number {
  const last = entry.fields.length - 1;
  let worstField = 0;
  let fieldSum = 0;
  let positionSum = 0;
  for (const word of words) {
    let best = -1;
    for (let f = 0; f <= last; f++) {
      const field = entry.fields[f]!;
      const tier = f === 0 ? 0 : f === last ? 2 : 1;
      if (best >= 0 && tier * 3 >= best) break;
      const pos = positionRank(field.folded, word);
      if (pos < 3 && (best < 0 || tier * 3 + pos < best)) best = tier * 3 + pos;
    }
    if (best < 0) return -1;
    const tier = Math.floor(best / 3);
    worstField = Math.max(worstField, tier);
    fieldSum += tier;
    positionSum += best % 3;
  }
  const exact = entry.fields[0]!.folded === phrase ? 0 : 1;
  // Lexicographic: exact name, the worst field any word needed, then the sums. Sums stay below 100.
  return exact * 1e6 + worstField * 1e4 + fieldSum * 1e2 + positionSum;
}

/** Sorted, merged ranges of every occurrence of every word in a folded field, capped. */
function foldedRanges(folded: string, words: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (
      let i = folded.indexOf(word);
      i >= 0 && ranges.length < MAX_RANGES * 2;
      i = folded.indexOf(word, i + 1)
    ) {
      ranges.push([i, i + word.length]);
    }
  }
  return mergeRanges(ranges).slice(0, MAX_RANGES);
}

function mergeRanges(ranges: readonly Range[]): [number, number][] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function fieldMatches(entry: Entry, words: readonly string[]): FieldMatch[] {
  const out: FieldMatch[] = [];
  const last = entry.fields.length - 1;
  entry.fields.forEach((field, f) => {
    let ranges = foldedRanges(field.folded, words);
    if (!ranges.length) return;
    if (!field.identity) {
      const n = normalise(field.original);
      ranges = mergeRanges(ranges.map((r) => originalRange(n, r)));
    }
    const kind: MatchField = f === 0 ? 'name' : f === last ? 'description' : 'alias';
    out.push({ field: kind, index: kind === 'alias' ? f - 1 : 0, text: field.original, ranges });
  });
  return out;
}

/**
 * A search hit whose highlight ranges are computed on first read: most hits of a short query are never displayed,
 * and computing them all would cost more than the search itself. `matches` is a getter on the prototype.
 */
class Hit implements TitleMatch {
  readonly title: Title;
  readonly #entry: Entry;
  readonly #words: readonly string[];
  #matches: FieldMatch[] | undefined;
  constructor(entry: Entry, words: readonly string[]) {
    this.title = entry.title;
    this.#entry = entry;
    this.#words = words;
  }
  get matches(): FieldMatch[] {
    this.#matches ??= this.#words.length ? fieldMatches(this.#entry, this.#words) : [];
    return this.#matches;
  }
}

/** Titles matching every query word, best first (ties in data order); an empty query gives all in data order. */
export function searchTitles(
  source: Dataset | readonly Title[],
  query: string,
  { kinds, stage }: SearchOptions = {},
): TitleMatch[] {
  const data = Array.isArray(source) ? null : (source as Dataset);
  const titles: readonly Title[] = data ? data.titles : (source as readonly Title[]);
  const words = queryWords(query);
  const phrase = words.join(' ');
  const kindSet = kinds ? new Set(kinds) : null;
  const inStage = (t: Title) =>
    stage === undefined || (data ? titleStage(data, t.id)?.id === stage : t.stage === stage);

  const found: { entry: Entry; score: number; i: number }[] = [];
  const index = indexFor(titles);
  for (let i = 0; i < index.length; i++) {
    const entry = index[i]!;
    if (kindSet && !kindSet.has(entry.title.kind)) continue;
    if (words.some((w) => !entry.all.includes(w))) continue;
    if (!inStage(entry.title)) continue;
    const score = words.length ? rank(entry, words, phrase) : 0;
    if (score >= 0) found.push({ entry, score, i });
  }
  found.sort((a, b) => a.score - b.score || a.i - b.i);
  return found.map(({ entry }) => new Hit(entry, words));
}

// ---------------------------------------------------------------------------------------------------------------
// Highlighting

/** A run of text, highlighted or not. */
export interface Segment {
  text: string;
  match: boolean;
}

/** Splits text into plain and matched runs to render with `<mark>` (ranges may overlap or be unsorted). */
export function highlightSegments(text: string, ranges: readonly Range[]): Segment[] {
  const clamp = (n: number) => Math.min(text.length, Math.max(0, Math.trunc(n) || 0));
  const merged = mergeRanges(ranges.map(([s, e]) => [clamp(s), clamp(e)] as const));
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of merged) {
    if (s > pos) out.push({ text: text.slice(pos, s), match: false });
    out.push({ text: text.slice(s, e), match: true });
    pos = e;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), match: false });
  return out;
}
