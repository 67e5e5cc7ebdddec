/**
 * Pure queries over a dataset: stages in order, titles, skills, what the next stage adds, and the gap between a
 * self-assessment and a stage. No DOM. Nothing here mutates the dataset; derived indexes are cached per record
 * array in WeakMaps (datasets are replaced, never mutated), so repeated calls are cheap. Unknown ids never throw:
 * they give `null` or an empty list.
 *
 * This module only re-exports the modules of `./query/`, which are split by which widgets use what. Widgets and the
 * other modules of `src/data/` import from those modules, never from here: esbuild's code splitting (the CDN loader
 * build) puts whole modules into chunks, so importing this barrel would give every widget every query.
 * `./query/indexes.ts` and `stageJobTitles` are internal and not re-exported.
 */
export * from './query/next-stage.js';
export * from './query/records.js';
export * from './query/self-assessment.js';
export * from './query/skills.js';
export {
  certificationsForStage,
  nextStage,
  previousStage,
  skillFocusByStage,
  stageById,
  stageFocusesSkill,
  stageFocusSkills,
  stagesInOrder,
  titlesByStage,
} from './query/stages.js';
export * from './query/titles.js';
