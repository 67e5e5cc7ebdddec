/**
 * Certification filtering and the guided recommendation. The questions follow the guide's "Selecting the Right
 * Certification": career goal (a methodology), what the organisation values, experience, industry, time and budget.
 * Reasons are UI strings (`msg`), built only from the data (acronyms, names, years, labels); numbers and lists are
 * formatted with `Intl` in the given locale.
 */
import { msg, str } from '@lit/localize';
import { fold } from './fold.js';
import { stageById } from './query/stages.js';
import type { Certification, Dataset } from './schema.js';

// ---------------------------------------------------------------------------------------------------------------
// Filtering

/** The filters of the certification picker; each one left out does not filter. */
export interface CertificationFilter {
  /** A methodology id. */
  methodology?: string;
  /** Years of experience: keeps certifications whose `prerequisites.minYears` is at most this (or absent). */
  years?: number;
  /**
   * A stage id: keeps certifications recommended at that stage (its `certificationIds` or their `stages`), and
   * those that name no stage anywhere, which the data does not tie to a stage. An unknown stage id keeps nothing.
   */
  stage?: string;
  /** Text matched against `valuedIn` labels word by word (see {@link matchingValuedIn}). */
  valuedIn?: string;
}

/** The experience a certification asks for, in years (0 when it names none). */
export function minYears(certification: Certification): number {
  return certification.prerequisites?.minYears ?? 0;
}

/** A text's words, case- and accent-insensitive, each after a space: `" it operations"`. */
function wordsOf(text: string): string {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ` ${word}`)
    .join('');
}

/**
 * The `valuedIn` labels of a certification in which the words of `text` appear in order, the last one possibly cut
 * short (case- and accent-insensitive): "it" finds "IT operations", "gov" finds "Government", but "it" never finds
 * "Digital" or "United States".
 */
export function matchingValuedIn(certification: Certification, text: string): string[] {
  const needle = wordsOf(text);
  if (!needle) return [];
  return certification.valuedIn.filter((label) => wordsOf(label).includes(needle));
}

/** The certifications passing every given filter, in data order. */
export function filterCertifications(data: Dataset, filter: CertificationFilter = {}): Certification[] {
  const { methodology, years, stage, valuedIn } = filter;
  let stageIds: Set<string> | null = null;
  let staged: Set<string> | null = null;
  if (stage !== undefined) {
    const s = stageById(data, stage);
    if (!s) return [];
    stageIds = new Set(s.certificationIds);
    staged = new Set(data.stages.flatMap((st) => st.certificationIds));
  }
  const needle = valuedIn?.trim() ?? '';
  return data.certifications.filter((c) => {
    if (methodology !== undefined && c.methodology !== methodology) return false;
    if (years !== undefined && minYears(c) > years) return false;
    if (stage !== undefined && stageIds && staged) {
      const recommended = stageIds.has(c.id) || c.stages.includes(stage);
      const unstaged = c.stages.length === 0 && !staged.has(c.id);
      if (!recommended && !unstaged) return false;
    }
    if (needle && matchingValuedIn(c, needle).length === 0) return false;
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Ranking

/** Answers to the guide's "Selecting the Right Certification" questions; every one is optional. */
export interface CertificationAnswers {
  /** Career goal: the methodology the reader is moving toward (a methodology id). */
  goal?: string;
  /** Ids of the certifications the reader's organisation values and supports. */
  organisationValues?: readonly string[];
  /** Years of experience. */
  years?: number;
  /** The reader's industry or region, matched against `valuedIn` labels. */
  industry?: string;
  /** Time and budget: only a tie-breaker (`short` favours entry level, `long` advanced). */
  time?: 'short' | 'long';
}

/** One certification's place in the recommendation. */
export interface RankedCertification {
  certification: Certification;
  /** Higher is a better fit; ineligible certifications come after every eligible one whatever their score. */
  score: number;
  /** False when the reader's years are below the certification's `minYears`. */
  eligible: boolean;
  /** Why it is where it is, as full sentences. */
  reasons: string[];
}

/** The options of {@link rankCertifications}. */
export interface RankOptions {
  /** Locale for numbers and lists in the reasons; default `en` (the locale of the source strings). */
  locale?: string;
}

/** Score weights: integers, so the time tie-breaker (0.5) never outweighs an answer. */
export const RANK_WEIGHTS = {
  goal: 4,
  organisation: 3,
  steppingStone: 3,
  industry: 2,
  requirementMet: 1,
  alreadyQualified: -2,
  time: 0.5,
} as const;

/** Every certification with its reasons: eligible first, then by score, then data order (no years: all eligible). */
export function rankCertifications(
  data: Dataset,
  answers: CertificationAnswers = {},
  { locale = 'en' }: RankOptions = {},
): RankedCertification[] {
  const { goal, organisationValues = [], industry, time } = answers;
  const years =
    typeof answers.years === 'number' && Number.isFinite(answers.years)
      ? Math.max(0, answers.years)
      : undefined;
  const fmt = formatters(locale);
  const certs = data.certifications;
  const byId = new Map(certs.map((c) => [c.id, c]));
  const isEligible = (c: Certification) => years === undefined || minYears(c) <= years;
  const methodologyName = (id: string) => data.methodologies.find((m) => m.id === id)?.name ?? id;
  const goalRelevant = (c: Certification) => goal === undefined || c.methodology === goal;
  const valued = new Set(organisationValues);
  const industryText = industry?.trim() ?? '';

  const ranked = certs.map((c, i) => {
    const eligible = isEligible(c);
    const reasons: string[] = [];
    let score = 0;
    const acronym = c.acronym;
    const need = minYears(c);

    if (!eligible && years !== undefined) {
      const stones = certs.filter((s) => s !== c && s.leadsTo.includes(c.id) && isEligible(s));
      reasons.push(ineligibleReason(acronym, need, years, stones, fmt));
    }
    if (goal !== undefined) {
      const ownName = methodologyName(c.methodology);
      if (c.methodology === goal) {
        score += RANK_WEIGHTS.goal;
        reasons.push(msg(str`${acronym} is for ${ownName}, the methodology you are moving toward.`));
      } else {
        const goalName = methodologyName(goal);
        reasons.push(
          msg(str`${acronym} is for ${ownName}, not ${goalName}, the methodology you are moving toward.`),
        );
      }
    }
    if (valued.has(c.id)) {
      score += RANK_WEIGHTS.organisation;
      reasons.push(msg(str`Your organisation values ${acronym}.`));
    }
    if (industryText) {
      const labels = matchingValuedIn(c, industryText);
      if (labels.length) {
        score += RANK_WEIGHTS.industry;
        const list = fmt.and(labels);
        reasons.push(msg(str`Where ${acronym} is valued matches your answer: ${list}.`));
      }
    }
    if (years !== undefined && eligible) {
      const targets = c.leadsTo.map((id) => byId.get(id)).filter((t): t is Certification => !!t && t !== c);
      const ahead = targets.filter((t) => !isEligible(t) && goalRelevant(t));
      const reached = targets.filter((t) => isEligible(t) && minYears(t) > 0);
      if (ahead.length) {
        score += RANK_WEIGHTS.steppingStone;
        const list = fmt.and(ahead.map((t) => t.acronym));
        reasons.push(msg(str`${acronym} is a stepping stone to ${list}.`));
      } else if (reached.length) {
        score += RANK_WEIGHTS.alreadyQualified;
        const list = fmt.and(reached.map((t) => t.acronym));
        const y = fmt.number(years);
        reasons.push(
          fmt.one(years)
            ? msg(
                str`With ${y} year of experience you already qualify for ${list}, which ${acronym} leads to.`,
              )
            : msg(
                str`With ${y} years of experience you already qualify for ${list}, which ${acronym} leads to.`,
              ),
        );
      }
      if (need > 0) {
        score += RANK_WEIGHTS.requirementMet;
        const n = fmt.number(need);
        const y = fmt.number(years);
        reasons.push(
          fmt.one(years)
            ? msg(str`With ${y} year of experience you meet the ${n}+ years ${acronym} asks for.`)
            : msg(str`With ${y} years of experience you meet the ${n}+ years ${acronym} asks for.`),
        );
      }
    } else if (years === undefined && need > 0) {
      const n = fmt.number(need);
      reasons.push(msg(str`${acronym} asks for ${n}+ years of experience.`));
    }
    // The data says how long no certification takes (the guide: from bootcamps to long study): the reason says
    // that this is the ranking's own rule, by level, not a fact about the certification.
    if (time === 'short' && c.level === 'entry') {
      score += RANK_WEIGHTS.time;
      reasons.push(
        msg(str`${acronym} is entry level; for a short time and budget, entry level comes first here.`),
      );
    } else if (time === 'long' && c.level === 'advanced') {
      score += RANK_WEIGHTS.time;
      reasons.push(msg(str`${acronym} is advanced; for more time and budget, advanced comes first here.`));
    }
    if (reasons.length === 0) reasons.push(msg(str`Nothing in your answers sets ${acronym} apart.`));
    return { certification: c, score, eligible, reasons, i };
  });

  ranked.sort((a, b) => Number(b.eligible) - Number(a.eligible) || b.score - a.score || a.i - b.i);
  return ranked.map(({ i: _, ...rest }) => rest);
}

function ineligibleReason(
  acronym: string,
  need: number,
  years: number,
  stones: readonly Certification[],
  fmt: Formatters,
): string {
  const n = fmt.number(need);
  const y = fmt.number(years);
  const one = fmt.one(years);
  if (stones.length === 0) {
    return one
      ? msg(str`${acronym} asks for ${n}+ years of experience; with ${y} year you do not qualify yet.`)
      : msg(str`${acronym} asks for ${n}+ years of experience; with ${y} years you do not qualify yet.`);
  }
  const list = fmt.and(stones.map((s) => s.acronym));
  if (stones.length === 1) {
    return one
      ? msg(
          str`${acronym} asks for ${n}+ years of experience; with ${y} year, ${list} is the stepping stone.`,
        )
      : msg(
          str`${acronym} asks for ${n}+ years of experience; with ${y} years, ${list} is the stepping stone.`,
        );
  }
  return one
    ? msg(
        str`${acronym} asks for ${n}+ years of experience; with ${y} year, ${list} are the stepping stones.`,
      )
    : msg(
        str`${acronym} asks for ${n}+ years of experience; with ${y} years, ${list} are the stepping stones.`,
      );
}

interface Formatters {
  number(n: number): string;
  /** Whether the singular form applies to this count ("1 year"). */
  one(n: number): boolean;
  and(items: readonly string[]): string;
}

function formatters(locale: string): Formatters {
  let numbers: Intl.NumberFormat;
  let lists: Intl.ListFormat;
  // Singular or plural picks between the English strings, so English rules (French says "0 an", not "0 years").
  const plurals = new Intl.PluralRules('en');
  try {
    numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  } catch {
    // An invalid locale tag must not break the widget: fall back to the source locale.
    numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    lists = new Intl.ListFormat('en', { type: 'conjunction' });
  }
  return {
    // Rounded down, so that 2.95 years is never shown as the 3 years it falls short of.
    number: (n) => numbers.format(Math.floor(n * 10) / 10),
    one: (n) => plurals.select(n) === 'one',
    and: (items) => lists.format(items),
  };
}
