/**
 * Puts the default data back together from its parts (`parts/*.json`, written by `npm run data`; how the view is
 * cut is in src/data/widget-view.ts). Each widget's module assembles the parts it reads, so a page loads each part
 * once however many widgets share it.
 */
import type { Dataset } from '../schema.js';

/** The collections of records; in every part that holds one, a collection has one entry per record, in order. */
const COLLECTIONS = ['stages', 'titles', 'categories', 'skills', 'methodologies', 'certifications'];

/**
 * A dataset from parts: the dataset's own fields taken as they are, each collection's records merged by position,
 * the sections one after the other. A collection no part holds is empty.
 */
export function assembleDataset(...parts: readonly Record<string, unknown>[]): Dataset {
  const out: Record<string, unknown> = { sections: [] };
  for (const key of COLLECTIONS) out[key] = [];
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const records = value as readonly object[];
      if (key === 'sections') out.sections = [...(out.sections as object[]), ...records];
      else if (!COLLECTIONS.includes(key)) out[key] = value;
      else {
        const sofar = out[key] as readonly object[];
        out[key] = sofar.length ? sofar.map((record, i) => ({ ...record, ...records[i] })) : records;
      }
    }
  }
  return out as Dataset;
}
