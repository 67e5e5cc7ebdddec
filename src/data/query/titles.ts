/**
 * Queries about a title: its stage, the titles grouped by tier as the title explorer lists them, where a title leads,
 * related titles, the certifications that help in it.
 */
import type { Certification, Dataset, Stage, Title } from '../schema.js';
import { appendUnique, indexById, resolve } from './indexes.js';
import { titleById } from './records.js';
import {
  certificationsForStage,
  nextStage,
  stageById,
  stageJobTitles,
  stagesInOrder,
  titlesByStage,
} from './stages.js';

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
