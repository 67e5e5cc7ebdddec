/** Defines every tag (the CDN bundle's entry). The provider comes first so linked widgets find it at once. */

export { CareerCertificationPicker } from './certification-picker/index.js';
export { CareerLadder } from './ladder/index.js';
export { CareerProvider } from './provider/index.js';
export { CareerSkillsMatrix } from './skills-matrix/index.js';
export { CareerTitleExplorer } from './title-explorer/index.js';
