/** Defines every tag (the CDN bundle's entry, where scripts/build-cdn.js puts the provider first). */

export { CareerCertificationPicker } from './certification-picker/index.js';
export { CareerLadder } from './ladder/index.js';
export { CareerProvider } from './provider/index.js';
export { CareerSkillsMatrix } from './skills-matrix/index.js';
export { CareerTitleExplorer } from './title-explorer/index.js';
