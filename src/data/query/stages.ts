/**
 * Queries about a stage: the stages in order, a stage by id, its neighbours, and what it lists (certifications, titles,
 * focus skills). Every widget reads stages, so this module goes into the chunk they share.
 */
import type { Certification, Dataset, Skill, Stage, Title } from '../schema.js';
import { appendUnique, indexById, resolve } from './indexes.js';

const orderedStages = new WeakMap<readonly Stage[], readonly Stage[]>();

/** The stages sorted by `order` (ties keep data order); cached, so do not mutate the result. */
export function stagesInOrder(data: Dataset): readonly Stage[] {
  let stages = orderedStages.get(data.stages);
  if (!stages) {
    stages = data.stages
      .map((stage, i) => ({ stage, i }))
      .sort((a, b) => a.stage.order - b.stage.order || a.i - b.i)
      .map(({ stage }) => stage);
    orderedStages.set(data.stages, stages);
  }
  return stages;
}

/** The stage with this id, or `null`. */
export function stageById(data: Dataset, id: string | null | undefined): Stage | null {
  return id == null ? null : (indexById(data.stages).get(id) ?? null);
}

function stageAt(data: Dataset, stageId: string, step: 1 | -1): Stage | null {
  const stages = stagesInOrder(data);
  const i = stages.findIndex((s) => s.id === stageId);
  return i < 0 ? null : (stages[i + step] ?? null);
}

/** The stage after this one in order; `null` at the last stage or for an unknown id. */
export function nextStage(data: Dataset, stageId: string): Stage | null {
  return stageAt(data, stageId, 1);
}

/** The stage before this one in order; `null` at the first stage or for an unknown id. */
export function previousStage(data: Dataset, stageId: string): Stage | null {
  return stageAt(data, stageId, -1);
}

/** Certifications recommended at a stage: its `certificationIds`, then those whose `stages` name it. */
export function certificationsForStage(data: Dataset, stageId: string): Certification[] {
  const stage = stageById(data, stageId);
  if (!stage) return [];
  return appendUnique(
    resolve(data.certifications, stage.certificationIds),
    data.certifications.filter((c) => c.stages.includes(stageId)),
  );
}

/** Every title of a stage: its `titleIds` first, then other titles whose `stage` is it; no duplicates. */
export function titlesByStage(data: Dataset, stageId: string): Title[] {
  const stage = stageById(data, stageId);
  if (!stage) return [];
  return appendUnique(
    resolve(data.titles, stage.titleIds),
    data.titles.filter((t) => t.stage === stageId),
  );
}

/** The job titles of a stage: its `titleIds`, then titles of kind `job` whose `stage` is it. Internal (not in the barrel). */
export function stageJobTitles(data: Dataset, stageId: string): Title[] {
  const stage = stageById(data, stageId);
  if (!stage) return [];
  return appendUnique(
    resolve(data.titles, stage.titleIds),
    data.titles.filter((t) => t.kind === 'job' && t.stage === stageId),
  );
}

/** Skills a stage puts its focus on: its `skillFocus` in order, then skills whose `focusStages` name it. */
export function stageFocusSkills(data: Dataset, stageId: string): Skill[] {
  const stage = stageById(data, stageId);
  if (!stage) return [];
  return appendUnique(
    resolve(data.skills, stage.skillFocus),
    data.skills.filter((s) => s.focusStages.includes(stageId)),
  );
}

const focusIndexes = new WeakMap<Dataset, ReadonlyMap<string, ReadonlySet<string>>>();

/** Stage id → ids of its focus skills (`stage.skillFocus` ∪ `skill.focusStages`, known skills), in stage order. */
export function skillFocusByStage(data: Dataset): ReadonlyMap<string, ReadonlySet<string>> {
  let index = focusIndexes.get(data);
  if (!index) {
    const map = new Map<string, Set<string>>();
    for (const stage of stagesInOrder(data)) {
      map.set(stage.id, new Set(stageFocusSkills(data, stage.id).map((s) => s.id)));
    }
    focusIndexes.set(data, map);
    index = map;
  }
  return index;
}

/** Whether a stage puts its focus on a skill (false for unknown ids). */
export function stageFocusesSkill(data: Dataset, stageId: string, skillId: string): boolean {
  return skillFocusByStage(data).get(stageId)?.has(skillId) ?? false;
}
