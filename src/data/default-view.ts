/**
 * The default data of the one-file CDN bundle (scripts/build-cdn.js): the bundled dataset reduced to what the widgets
 * display, every part of it put together (src/data/widget-view.ts; the parts are written by `npm run data`). Each
 * widget on its own assembles only the parts it reads (src/data/default/). `career-widgets/data` exports the whole
 * dataset (`defaultDataset`).
 */
import { assembleDataset } from './default/assemble.js';
import pickerPart from './default/parts/certification-picker.json' with { type: 'json' };
import everyWidget from './default/parts/every-widget.json' with { type: 'json' };
import ladderPart from './default/parts/ladder.json' with { type: 'json' };
import ladderPickerExplorerPart from './default/parts/ladder--certification-picker--title-explorer.json' with {
  type: 'json',
};
import ladderMatrixPart from './default/parts/ladder--skills-matrix.json' with { type: 'json' };
import ladderMatrixExplorerPart from './default/parts/ladder--skills-matrix--title-explorer.json' with {
  type: 'json',
};
import ladderExplorerPart from './default/parts/ladder--title-explorer.json' with { type: 'json' };
import matrixPart from './default/parts/skills-matrix.json' with { type: 'json' };
import explorerPart from './default/parts/title-explorer.json' with { type: 'json' };
import type { Dataset } from './schema.js';

export const defaultView: Dataset = /* @__PURE__ */ assembleDataset(
  everyWidget,
  ladderPickerExplorerPart,
  ladderMatrixExplorerPart,
  ladderMatrixPart,
  ladderExplorerPart,
  ladderPart,
  pickerPart,
  matrixPart,
  explorerPart,
);
