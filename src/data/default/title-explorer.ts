/**
 * The default data of `<career-title-explorer>`: the parts of the default view it reads, put together (what a part holds is in
 * src/data/widget-view.ts; the parts are written by `npm run data`). Not a whole dataset: records keep only the
 * fields the widget reads, so the widget keeps it private.
 */
import type { Dataset } from '../schema.js';
import { assembleDataset } from './assemble.js';
import everyWidget from './parts/every-widget.json' with { type: 'json' };
import ladderPickerExplorerPart from './parts/ladder--certification-picker--title-explorer.json' with {
  type: 'json',
};
import ladderMatrixExplorerPart from './parts/ladder--skills-matrix--title-explorer.json' with {
  type: 'json',
};
import ladderExplorerPart from './parts/ladder--title-explorer.json' with { type: 'json' };
import explorerPart from './parts/title-explorer.json' with { type: 'json' };

export const titleExplorerData: Dataset = /* @__PURE__ */ assembleDataset(
  everyWidget,
  ladderPickerExplorerPart,
  ladderMatrixExplorerPart,
  ladderExplorerPart,
  explorerPart,
);
