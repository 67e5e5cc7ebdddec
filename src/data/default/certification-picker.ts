/**
 * The default data of `<career-certification-picker>`: the parts of the default view it reads, put together (what a part holds is in
 * src/data/widget-view.ts; the parts are written by `npm run data`). Not a whole dataset: records keep only the
 * fields the widget reads, so the widget keeps it private.
 */
import type { Dataset } from '../schema.js';
import { assembleDataset } from './assemble.js';
import pickerPart from './parts/certification-picker.json' with { type: 'json' };
import everyWidget from './parts/every-widget.json' with { type: 'json' };
import ladderPickerExplorerPart from './parts/ladder--certification-picker--title-explorer.json' with {
  type: 'json',
};

export const certificationPickerData: Dataset = /* @__PURE__ */ assembleDataset(
  everyWidget,
  ladderPickerExplorerPart,
  pickerPart,
);
