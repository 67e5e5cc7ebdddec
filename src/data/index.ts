/**
 * `career-widgets/data`: the bundled dataset, its types, the validator and the pure domain functions, for people
 * who build their own UI on the data. No elements, no DOM.
 */
export * from './assessment.js';
export { defaultDataset } from './default-dataset.js';
export * from './explorer.js';
export * from './query.js';
export * from './recommend.js';
export * from './schema.js';
export * from './search.js';
export {
  checkReferences,
  type DataError,
  formatError,
  formatPath,
  parseDataset,
  type ValidationResult,
  validateDataset,
} from './validate.js';
