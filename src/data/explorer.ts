/**
 * Pure functions behind `<career-title-explorer>`: the tiers a title can belong to, the titles of a tier matching a
 * query, type-ahead over option labels, and the explorer's state in a URL fragment. No DOM. Built on
 * `stagesInOrder` (query/stages.ts), `titlesByTier` (query/titles.ts), `searchTitles` (search.ts) and `fold`
 * (fold.ts).
 */
import { fold } from './fold.js';
import { stagesInOrder } from './query/stages.js';
import { titlesByTier } from './query/titles.js';
import type { Dataset, Stage, Title, TitleKind } from './schema.js';
import { MAX_QUERY_LENGTH, queryWords, type SearchOptions, searchTitles, type TitleMatch } from './search.js';

// ---------------------------------------------------------------------------------------------------------------
// Tiers

/** Tier id of the specialised roles. */
export const SPECIALISED_TIER = 'specialisation';
/** Tier id of the related careers. */
export const RELATED_TIER = 'related';
/** Tier id of job and foundation titles that no stage claims. */
export const OTHER_TIER = 'other';

/** One tier of titles: a stage (its job and foundation titles), the specialised roles, the related careers, or the rest. */
export interface Tier {
  /** The stage id, or one of {@link SPECIALISED_TIER}, {@link RELATED_TIER}, {@link OTHER_TIER} (`-2`… when a stage has it). */
  id: string;
  kind: 'stage' | 'specialisation' | 'related' | 'other';
  /** The stage, for `kind: 'stage'`; `null` otherwise. */
  stage: Stage | null;
}

const tierLists = new WeakMap<Dataset, readonly Tier[]>();

/**
 * The tiers to filter by, in order: every stage (even one without titles, so a stage selected elsewhere always has
 * its tier), then the specialised roles, the related careers and the unplaced titles where the data has any.
 * Where a stage has the id of one of these three (`related`, say), that tier is `related-2` instead (or `-3`, …: the
 * first id no stage has), so that every tier keeps its own titles.
 */
export function explorerTiers(data: Dataset): readonly Tier[] {
  let tiers = tierLists.get(data);
  if (!tiers) {
    const list: Tier[] = stagesInOrder(data).map((stage) => ({ id: stage.id, kind: 'stage', stage }));
    const taken = new Set(list.map((t) => t.id));
    for (const { group } of titlesByTier(data)) {
      if (group === 'stage') continue;
      let id: string = group;
      for (let n = 2; taken.has(id); n++) id = `${group}-${n}`;
      list.push({ id, kind: group, stage: null });
      taken.add(id);
    }
    tiers = list;
    tierLists.set(data, tiers);
  }
  return tiers;
}

/** The tier with this id, or `null` (also for `null`). */
export function tierById(data: Dataset, id: string | null | undefined): Tier | null {
  if (id == null) return null;
  return explorerTiers(data).find((t) => t.id === id) ?? null;
}

interface Placement {
  /** Titles in browse order: tier by tier, as `titlesByTier` groups them. */
  ordered: readonly Title[];
  /** Title id → tier id. */
  tierOf: ReadonlyMap<string, string>;
}

const placements = new WeakMap<Dataset, Placement>();

function placement(data: Dataset): Placement {
  let p = placements.get(data);
  if (!p) {
    const ordered: Title[] = [];
    const tierOf = new Map<string, string>();
    const tiers = explorerTiers(data);
    for (const group of titlesByTier(data)) {
      const tier = group.stage?.id ?? tiers.find((t) => t.kind === group.group)!.id;
      for (const title of group.titles) {
        ordered.push(title);
        tierOf.set(title.id, tier);
      }
    }
    p = { ordered, tierOf };
    placements.set(data, p);
  }
  return p;
}

/** The tier a title is listed under, or `null` for an unknown title. */
export function titleTier(data: Dataset, titleId: string): Tier | null {
  return tierById(data, placement(data).tierOf.get(titleId));
}

const LADDER_KINDS: readonly TitleKind[] = ['job', 'foundation'];

/** What `searchTitles` needs to pre-filter one tier (the explorer re-checks the tier after). */
function tierSearchOptions(tier: Tier): SearchOptions {
  if (tier.kind === 'stage') return { stage: tier.id, kinds: LADDER_KINDS };
  if (tier.kind === 'other') return { kinds: LADDER_KINDS };
  return { kinds: [tier.kind] };
}

/**
 * The titles to list for a query and a tier (`null`: every tier). A query without words (empty, spaces, a lone
 * accent) lists them in browse order, tier by tier; otherwise the best matches come first (see `searchTitles`).
 * An unknown tier id lists every tier.
 */
export function exploreTitles(data: Dataset, query: string, tierId: string | null = null): TitleMatch[] {
  const tier = tierById(data, tierId);
  const { ordered, tierOf } = placement(data);
  const inTier = (t: Title) => tier === null || tierOf.get(t.id) === tier.id;
  if (queryWords(query).length === 0) {
    const out: TitleMatch[] = [];
    for (const title of ordered) if (inTier(title)) out.push({ title, matches: [] });
    return out;
  }
  const found = searchTitles(data, query, tier ? tierSearchOptions(tier) : {});
  return tier ? found.filter((m) => inTier(m.title)) : found;
}

// ---------------------------------------------------------------------------------------------------------------
// Type-ahead

/**
 * The option to move to when the reader types `typed` in a listbox (WAI-ARIA type-ahead): the first label starting
 * with it, case- and accent-insensitive, searching from `current` (so a longer prefix keeps a matching option) and
 * wrapping. Typing one letter repeatedly ("ss") cycles through the labels starting with that letter. Returns `-1`
 * when no label matches.
 */
export function typeAheadIndex(labels: readonly string[], typed: string, current: number): number {
  const prefix = fold(typed);
  if (prefix === '' || labels.length === 0) return -1;
  const repeated = [...prefix].every((ch) => ch === prefix[0]);
  const wanted = repeated ? prefix[0]! : prefix;
  // A repeated letter moves on to the next label; a growing prefix may stay where it is.
  const start = repeated ? current + 1 : current;
  const n = labels.length;
  for (let k = 0; k < n; k++) {
    const i = (((start + k) % n) + n) % n;
    if (fold(labels[i]!).startsWith(wanted)) return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------------------
// Deep link

/** Key of the selected title in the URL fragment. */
export const HASH_TITLE_KEY = 'career-title';
/** Key of the search query in the URL fragment. */
export const HASH_QUERY_KEY = 'career-query';

/** The explorer's state as kept in a URL fragment. */
export interface HashState {
  /** The selected title id; `null` when absent. */
  title: string | null;
  /** The search query; `null` when absent. */
  query: string | null;
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a fragment (with or without `#`) into its `&`-separated parts, empty parts dropped. */
function hashParts(hash: string): string[] {
  return (hash.startsWith('#') ? hash.slice(1) : hash).split('&').filter(Boolean);
}

function keyOf(part: string): string {
  const eq = part.indexOf('=');
  return decode(eq < 0 ? part : part.slice(0, eq)) ?? '';
}

/** Reads the explorer's state from a URL fragment such as `#career-title=scrum-master&career-query=agile`. */
export function readHashState(hash: string): HashState {
  const state: HashState = { title: null, query: null };
  for (const part of hashParts(hash)) {
    const key = keyOf(part);
    const eq = part.indexOf('=');
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    if (value === null) continue;
    if (key === HASH_TITLE_KEY && value !== '') state.title = value;
    else if (key === HASH_QUERY_KEY) state.query = value.slice(0, MAX_QUERY_LENGTH);
  }
  return state;
}

/**
 * The fragment with the explorer's state written into it: every other part is kept as it was, empty values are left
 * out, the query is cut to `MAX_QUERY_LENGTH`. Returns `''` when nothing is left, else a string starting with `#`.
 */
export function writeHashState(hash: string, state: HashState): string {
  const kept = hashParts(hash).filter((part) => {
    const key = keyOf(part);
    return key !== HASH_TITLE_KEY && key !== HASH_QUERY_KEY;
  });
  if (state.title) kept.push(`${HASH_TITLE_KEY}=${encodeURIComponent(state.title)}`);
  const query = state.query?.slice(0, MAX_QUERY_LENGTH);
  if (query) kept.push(`${HASH_QUERY_KEY}=${encodeURIComponent(query)}`);
  return kept.length ? `#${kept.join('&')}` : '';
}
