/**
 * The default data of `<career-title-explorer>` (`title-explorer.json`, written by `npm run data`): the default view reduced to what the
 * widget reads (src/data/widget-view.ts). Not a whole dataset, as records keep only the fields the widget reads, so
 * the widget keeps it private.
 */
import type { Dataset } from '../schema.js';
import json from './title-explorer.json' with { type: 'json' };

export const titleExplorerData: Dataset = json as unknown as Dataset;
