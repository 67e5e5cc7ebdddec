/**
 * The default data of `<career-skills-matrix>`: the parts of the default view it reads, put together (what a part holds is in
 * src/data/widget-view.ts; the parts are written by `npm run data`). Not a whole dataset: records keep only the
 * fields the widget reads, so the widget keeps it private.
 */
import type { Dataset } from '../schema.js';
import { assembleDataset } from './assemble.js';
import everyWidget from './parts/every-widget.json' with { type: 'json' };
import ladderMatrixPart from './parts/ladder--skills-matrix.json' with { type: 'json' };
import ladderMatrixExplorerPart from './parts/ladder--skills-matrix--title-explorer.json' with {
  type: 'json',
};
import matrixPart from './parts/skills-matrix.json' with { type: 'json' };

export const skillsMatrixData: Dataset = /* @__PURE__ */ assembleDataset(
  everyWidget,
  ladderMatrixExplorerPart,
  ladderMatrixPart,
  matrixPart,
);
