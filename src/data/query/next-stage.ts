/** What the next stage adds (the ladder's "what changes" section). */
import type { Certification, Dataset, Item, Skill, Stage, Title } from '../schema.js';
import {
  certificationsForStage,
  nextStage,
  skillFocusByStage,
  stageById,
  stageFocusSkills,
  stageJobTitles,
  titlesByStage,
} from './stages.js';

/** What changes from one stage to the next. */
export interface StageDiff {
  from: Stage;
  to: Stage;
  /** Every responsibility of the next stage (each is a new item). */
  responsibilities: Item[];
  /** Skills the next stage focuses on that the current stage did not. */
  skillFocus: Skill[];
  /** Certifications recommended at the next stage that were not recommended at the current one. */
  certifications: Certification[];
  /** Job titles of the next stage that are not titles of the current one. */
  titles: Title[];
}

/** What the stage after `stageId` adds; `null` at the last stage or for an unknown id. */
export function nextStageDiff(data: Dataset, stageId: string): StageDiff | null {
  const from = stageById(data, stageId);
  const to = nextStage(data, stageId);
  if (!from || !to) return null;
  const focusNow = skillFocusByStage(data).get(from.id) ?? new Set<string>();
  const certsNow = new Set(certificationsForStage(data, from.id).map((c) => c.id));
  const titlesNow = new Set(titlesByStage(data, from.id).map((t) => t.id));
  return {
    from,
    to,
    responsibilities: [...to.responsibilities],
    skillFocus: stageFocusSkills(data, to.id).filter((s) => !focusNow.has(s.id)),
    certifications: certificationsForStage(data, to.id).filter((c) => !certsNow.has(c.id)),
    titles: stageJobTitles(data, to.id).filter((t) => !titlesNow.has(t.id)),
  };
}
