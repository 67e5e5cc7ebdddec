/**
 * Pure queries over a dataset: stages in order, titles, skills, what the next stage adds, and the gap between a
 * self-assessment and a stage. No DOM. Nothing here mutates the dataset; derived indexes are cached per record
 * array in WeakMaps (datasets are replaced, never mutated), so repeated calls are cheap. Unknown ids never throw:
 * they give `null` or an empty list.
 */
import type { Category, Certification, Dataset, Item, Skill, Stage, Title } from './schema.js';

// ---------------------------------------------------------------------------------------------------------------
// Indexes

const idIndexes = new WeakMap<readonly { id: string }[], ReadonlyMap<string, { id: string }>>();

/** A map id → record for one collection; the first record wins if an id repeats (the validator refuses that). */
function indexById<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let index = idIndexes.get(list) as ReadonlyMap<string, T> | undefined;
  if (!index) {
    const map = new Map<string, T>();
    for (const record of list) if (!map.has(record.id)) map.set(record.id, record);
    idIndexes.set(list, map);
    index = map;
  }
  return index;
}

/** Resolves ids to records in the order given, dropping unknown and repeated ids. */
function resolve<T extends { id: string }>(list: readonly T[], ids: readonly string[] | undefined): T[] {
  const index = indexById(list);
  const seen = new Set<string>();
  const out: T[] = [];
  for (const id of ids ?? []) {
    const record = index.get(id);
    if (record && !seen.has(id)) {
      seen.add(id);
      out.push(record);
    }
  }
  return out;
}

/** Appends records not yet in `out` (by id); returns `out`. */
function appendUnique<T extends { id: string }>(
  out: T[],
  more: Iterable<T>,
  seen = new Set(out.map((r) => r.id)),
) {
  for (const record of more) {
    if (!seen.has(record.id)) {
      seen.add(record.id);
      out.push(record);
    }
  }
  return out;
}

/** The title record with this id, or `null`. */
export function titleById(data: Dataset, id: string): Title | null {
  return indexById(data.titles).get(id) ?? null;
}

/** The skill record with this id, or `null`. */
export function skillById(data: Dataset, id: string): Skill | null {
  return indexById(data.skills).get(id) ?? null;
}

/** The certification record with this id, or `null`. */
export function certificationById(data: Dataset, id: string): Certification | null {
  return indexById(data.certifications).get(id) ?? null;
}

/** The skill category with this id, or `null`. */
export function categoryById(data: Dataset, id: string): Category | null {
  return indexById(data.categories).get(id) ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Stages

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

/** Skills a stage puts its focus on: its `skillFocus` in order, then skills whose `focusStages` name it. */
export function stageFocusSkills(data: Dataset, stageId: string): Skill[] {
  const stage = stageById(data, stageId);
  if (!stage) return [];
  return appendUnique(
    resolve(data.skills, stage.skillFocus),
    data.skills.filter((s) => s.focusStages.includes(stageId)),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Titles

const titleStages = new WeakMap<Dataset, ReadonlyMap<string, string>>();

/** Map title id → stage id: the title's own `stage`, else the first stage (in order) listing it in `titleIds`. */
function titleStageIndex(data: Dataset): ReadonlyMap<string, string> {
  let index = titleStages.get(data);
  if (!index) {
    const map = new Map<string, string>();
    const stages = indexById(data.stages);
    for (const t of data.titles) if (t.stage && stages.has(t.stage)) map.set(t.id, t.stage);
    for (const s of stagesInOrder(data)) for (const id of s.titleIds) if (!map.has(id)) map.set(id, s.id);
    titleStages.set(data, map);
    index = map;
  }
  return index;
}

/** The stage a title belongs to (its own `stage`, else a stage listing it in `titleIds`), or `null`. */
export function titleStage(data: Dataset, titleId: string): Stage | null {
  return stageById(data, titleStageIndex(data).get(titleId));
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

/** The job titles of a stage: its `titleIds`, then titles of kind `job` whose `stage` is it. */
function stageJobTitles(data: Dataset, stageId: string): Title[] {
  const stage = stageById(data, stageId);
  if (!stage) return [];
  return appendUnique(
    resolve(data.titles, stage.titleIds),
    data.titles.filter((t) => t.kind === 'job' && t.stage === stageId),
  );
}

/** One group of titles as the title explorer lists them. */
export interface TitleGroup {
  /** `stage`: the job and foundation titles of one stage (tier); otherwise the titles of that kind. */
  group: 'stage' | 'specialisation' | 'related' | 'other';
  /** The tier, for `group: 'stage'`; `null` otherwise. */
  stage: Stage | null;
  titles: Title[];
}

/** Every title once: job/foundation titles by stage, then specialisations, related, unclaimed; no empty groups. */
export function titlesByTier(data: Dataset): TitleGroup[] {
  const placed = new Set<string>();
  const stageIndex = titleStageIndex(data);
  const groups: TitleGroup[] = [];
  const onLadder = (t: Title) => t.kind === 'job' || t.kind === 'foundation';
  for (const stage of stagesInOrder(data)) {
    const titles = titlesByStage(data, stage.id).filter(
      (t) => onLadder(t) && !placed.has(t.id) && stageIndex.get(t.id) === stage.id,
    );
    for (const t of titles) placed.add(t.id);
    if (titles.length) groups.push({ group: 'stage', stage, titles });
  }
  for (const kind of ['specialisation', 'related'] as const) {
    const titles = data.titles.filter((t) => t.kind === kind);
    if (titles.length) groups.push({ group: kind, stage: null, titles });
  }
  const rest = indexById(data.titles);
  const other = [...rest.values()].filter((t) => onLadder(t) && !placed.has(t.id));
  if (other.length) groups.push({ group: 'other', stage: null, titles: other });
  return groups;
}

/** Where a title leads: its explicit `next` titles, then the job titles of the next stage; never itself. */
export function titleNextSteps(data: Dataset, titleId: string): Title[] {
  const title = titleById(data, titleId);
  if (!title) return [];
  const out = resolve(data.titles, title.next);
  const stageId = titleStageIndex(data).get(titleId);
  const following = stageId ? nextStage(data, stageId) : null;
  if (following) appendUnique(out, stageJobTitles(data, following.id));
  return out.filter((t) => t.id !== titleId);
}

/** Related titles and paths: its own `related` list, then titles that list it as related; never itself. */
export function relatedTitles(data: Dataset, titleId: string): Title[] {
  const title = titleById(data, titleId);
  if (!title) return [];
  return appendUnique(
    resolve(data.titles, title.related),
    data.titles.filter((t) => t.related.includes(titleId)),
  ).filter((t) => t.id !== titleId);
}

/** Certifications that help in a title: its own `certificationIds`, then those recommended at its stage. */
export function certificationsForTitle(data: Dataset, titleId: string): Certification[] {
  const title = titleById(data, titleId);
  if (!title) return [];
  const out = resolve(data.certifications, title.certificationIds);
  const stageId = titleStageIndex(data).get(titleId);
  return stageId ? appendUnique(out, certificationsForStage(data, stageId)) : out;
}

// ---------------------------------------------------------------------------------------------------------------
// What the next stage adds

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

// ---------------------------------------------------------------------------------------------------------------
// Skills

/** Skills of one category. */
export interface SkillGroup {
  category: Category;
  skills: Skill[];
}

/** Every category in data order with its skills in data order (empty categories included, so filters list them). */
export function skillsByCategory(data: Dataset): SkillGroup[] {
  const groups = new Map<string, Skill[]>(data.categories.map((c) => [c.id, []]));
  for (const skill of data.skills) groups.get(skill.category)?.push(skill);
  return [...indexById(data.categories).values()].map((category) => ({
    category,
    skills: groups.get(category.id) ?? [],
  }));
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

// ---------------------------------------------------------------------------------------------------------------
// Self-assessment

/** The rating scale, lowest first; the text label of each level is UI text and lives with the UI strings. */
export const RATING_LEVELS = [0, 1, 2, 3, 4] as const;
/** One self-assessed level of a skill. */
export type Rating = (typeof RATING_LEVELS)[number];
/** Self-assessment: skill id → rating; unrated skills are absent. */
export type Ratings = Readonly<Record<string, Rating>>;

/** Whether a value is a valid rating (a whole number 0–4); use it on imported or stored ratings. */
export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

/** One focus skill of the target stage measured against the expected level. */
export interface SkillGap {
  skill: Skill;
  /** The reader's rating; `undefined` when the skill is unrated (or the stored value is not a valid rating). */
  rating: Rating | undefined;
  expected: Rating;
  /** How many levels are missing: `expected - rating`, never below 0; the whole of `expected` when unrated. */
  gap: number;
  /** `rating >= expected`. */
  met: boolean;
}

/** The gap between a self-assessment and a target stage. */
export interface AssessmentGap {
  stage: Stage;
  expected: Rating;
  /** One entry per focus skill of the stage, in focus order. */
  skills: SkillGap[];
  summary: {
    /** How many skills the stage focuses on. */
    focusCount: number;
    /** How many of them are rated at or above the expected level. */
    metCount: number;
    /** How many of them are rated at all. */
    ratedCount: number;
  };
}

/** The options of {@link assessmentGap}. */
export interface AssessmentOptions {
  /** The level each focus skill should reach; default 2. */
  expected?: Rating;
}

/** Compares ratings with the focus skills of a target stage; `null` for an unknown stage. */
export function assessmentGap(
  data: Dataset,
  ratings: Readonly<Record<string, unknown>>,
  targetStageId: string,
  { expected = 2 }: AssessmentOptions = {},
): AssessmentGap | null {
  const stage = stageById(data, targetStageId);
  if (!stage) return null;
  const skills = stageFocusSkills(data, stage.id).map((skill): SkillGap => {
    const value = Object.hasOwn(ratings, skill.id) ? ratings[skill.id] : undefined;
    const rating = isRating(value) ? value : undefined;
    const gap = rating === undefined ? expected : Math.max(0, expected - rating);
    return { skill, rating, expected, gap, met: rating !== undefined && rating >= expected };
  });
  return {
    stage,
    expected,
    skills,
    summary: {
      focusCount: skills.length,
      metCount: skills.filter((s) => s.met).length,
      ratedCount: skills.filter((s) => s.rating !== undefined).length,
    },
  };
}
