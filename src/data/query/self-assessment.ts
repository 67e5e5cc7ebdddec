/** Self-assessment: the rating scale, and the gap between a self-assessment and a target stage. */
import type { Dataset, Skill, Stage } from '../schema.js';
import { stageById, stageFocusSkills } from './stages.js';

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
