/** Helpers for stories only. */
import { defaultDataset } from '../src/data/default-dataset.js';
import { explorerTiers } from '../src/data/explorer.js';
import { stagesInOrder } from '../src/data/query.js';

/** The ids of the bundled data's records, as select options; '' (first) leaves the attribute absent. */
const ids = (records: readonly { id: string }[]) => ['', ...records.map((r) => r.id)];
export const STAGE_IDS = ids(stagesInOrder(defaultDataset));
export const CATEGORY_IDS = ids(defaultDataset.categories);
export const METHODOLOGY_IDS = ids(defaultDataset.methodologies);
export const TITLE_IDS = ids(defaultDataset.titles);
export const TIER_IDS = ids(explorerTiers(defaultDataset));

/** A radio for an optional keyword attribute: '' (shown as "absent") leaves it out. */
export const optional = (...values: string[]) => ({
  control: { type: 'inline-radio' as const, labels: { '': 'absent' } },
  options: ['', ...values],
});

/** Parameters of a story that renders its own markup: the meta's controls would change nothing on it. */
export const OWN_MARKUP = { controls: { disable: true } };

const held = new Set<string>();

/** Makes `fetch` of one path never settle, to show a widget's loading state. Other requests are untouched. */
export function holdRequestsOpen(path: string): void {
  if (held.size === 0) {
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      return held.has(url.pathname) ? new Promise<Response>(() => {}) : original(input, init);
    };
  }
  held.add(path);
}
