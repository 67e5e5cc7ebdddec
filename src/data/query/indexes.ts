/**
 * The indexes the queries share: id → record per collection, cached per record array, and the helpers that resolve
 * id lists through them. Internal: `../query.ts` does not re-export this module.
 */

const idIndexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/** A map id → record for one collection; the first record wins if an id repeats (the validator refuses that). */
export function indexById<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let index = idIndexes.get(list) as ReadonlyMap<string, T> | undefined;
  if (!index) {
    const map = new Map<string, T>();
    for (const record of list) if (!map.has(record.id)) map.set(record.id, record);
    idIndexes.set(list, map);
    index = map;
  }
  return index;
}

/** Resolves ids to records in the order given, dropping unknown and repeated ids. */
export function resolve<T extends { id: string }>(
  list: readonly T[],
  ids: readonly string[] | undefined,
): T[] {
  const index = indexById(list);
  const seen = new Set<string>();
  const out: T[] = [];
  for (const id of ids ?? []) {
    const record = index.get(id);
    if (record && !seen.has(id)) {
      seen.add(id);
      out.push(record);
    }
  }
  return out;
}

/** Appends records not yet in `out` (by id); returns `out`. */
export function appendUnique<T extends { id: string }>(
  out: T[],
  more: Iterable<T>,
  seen = new Set(out.map((r) => r.id)),
) {
  for (const record of more) {
    if (!seen.has(record.id)) {
      seen.add(record.id);
      out.push(record);
    }
  }
  return out;
}
