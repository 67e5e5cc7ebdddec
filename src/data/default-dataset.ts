/**
 * The bundled default dataset: the IT Project Manager career. `data/it-project-manager.json` is the source of
 * truth; its validity and coverage are asserted by test/data/coverage.test.ts, so it is not re-validated at runtime.
 */
import json from '../../data/it-project-manager.json' with { type: 'json' };
import type { Dataset } from './schema.js';

export const defaultDataset: Dataset = json as unknown as Dataset;
