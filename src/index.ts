/** Classes and types, without side effects: import a widget's entry (`career-widgets/ladder`) to define its tag. */

export { CareerCertificationPicker, type PickerMode } from './certification-picker/certification-picker.js';
export * from './data/schema.js';
export type { DataError, ValidationResult } from './data/validate.js';
export { CareerLadder } from './ladder/ladder.js';
export { CareerProvider } from './provider/provider.js';
export type { DatasetState } from './shared/context.js';
export type { CareerEvent, CareerEventDetails, CareerEventMap, CareerEventName } from './shared/events.js';
export { VERSION } from './shared/version.js';
export { CareerSkillsMatrix, ratingLabel } from './skills-matrix/skills-matrix.js';
export { CareerTitleExplorer } from './title-explorer/title-explorer.js';
