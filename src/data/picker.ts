/**
 * Pure helpers of the certification picker that `recommend.ts` does not cover: the guide's questions as the data
 * words them, the distinct "valued in" labels, the comparison selection (at most three, known ids only) and the
 * checking of attribute values. No DOM, no UI strings: the widget supplies the words.
 */
import { fold } from './fold.js';
import type { Certification, Dataset } from './schema.js';

/** How many certifications can be compared side by side. */
export const MAX_COMPARE = 3;

// ---------------------------------------------------------------------------------------------------------------
// The guide's questions

/** The five questions of "Selecting the Right Certification", in the guide's order. */
export const GUIDE_QUESTIONS = ['goal', 'organisation', 'background', 'industry', 'time'] as const;
export type GuideQuestionKey = (typeof GUIDE_QUESTIONS)[number];

/** One question of the guided mode as the data words it; `label` and `hint` are absent where the data says nothing. */
export interface GuideQuestion {
  key: GuideQuestionKey;
  /** The question's short label ("Career goals"), from the data. */
  label?: string;
  /** The question in full ("Are your sights set on Agile …?"), from the data. */
  hint?: string;
}

/** The id of the section whose items word the guide's questions, in order. */
export const SELECTION_SECTION = 'certification-selection';

/**
 * The guide's five questions, each worded by the item at the same place in the data's `certification-selection`
 * section (its `label`, and its `text` as the hint). A dataset without that section, or with fewer items, leaves
 * the rest unworded for the widget to word itself.
 */
export function guideQuestions(data: Dataset): GuideQuestion[] {
  const items = data.sections.find((s) => s.id === SELECTION_SECTION)?.items ?? [];
  return GUIDE_QUESTIONS.map((key, i) => {
    const item = items[i];
    const question: GuideQuestion = { key };
    if (item?.label) question.label = item.label;
    if (item?.text) question.hint = item.text;
    return question;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// "Valued in" labels

/** Every distinct `valuedIn` label of the data (case- and accent-insensitive), first spelling wins, data order. */
export function valuedInLabels(data: Dataset): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of data.certifications) {
    for (const label of c.valuedIn) {
      const key = fold(label.trim());
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(label);
    }
  }
  return out;
}

/** The data's own spelling of a "valued in" label (case- and accent-insensitive match), or `null`. */
export function findValuedInLabel(data: Dataset, text: string): string | null {
  const key = fold(text.trim());
  if (!key) return null;
  return valuedInLabels(data).find((label) => fold(label.trim()) === key) ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// The comparison

/** A comma-separated attribute value as a list of ids: trimmed, empty entries left out. */
export function parseIdList(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
}

/** What {@link cleanSelection} kept and what it left out. */
export interface CleanedSelection {
  /** Known ids, each once, in the given order, at most `max`. */
  ids: string[];
  /** Ids the data does not know. */
  unknown: string[];
  /** Known ids given more than once (each named once). */
  duplicates: string[];
  /** Known ids beyond the first `max`. */
  overflow: string[];
}

/** Keeps the known ids of a selection, each once and at most `max`; says what it left out. */
export function cleanSelection(
  data: Dataset,
  ids: readonly unknown[],
  max: number = MAX_COMPARE,
): CleanedSelection {
  const known = new Set(data.certifications.map((c) => c.id));
  const out: CleanedSelection = { ids: [], unknown: [], duplicates: [], overflow: [] };
  const seen = new Set<string>();
  for (const raw of ids) {
    const id = typeof raw === 'string' ? raw.trim() : String(raw);
    if (!known.has(id)) {
      if (!out.unknown.includes(id)) out.unknown.push(id);
    } else if (seen.has(id)) {
      if (!out.duplicates.includes(id)) out.duplicates.push(id);
    } else {
      seen.add(id);
      if (out.ids.length < max) out.ids.push(id);
      else out.overflow.push(id);
    }
  }
  return out;
}

/** The result of the reader ticking or unticking one certification. */
export interface ToggleResult {
  /** The new selection (the same array when nothing changed). */
  selected: readonly string[];
  /** True when `id` was added, false when it was removed or refused. */
  added: boolean;
  /** True when adding `id` would exceed `max`: nothing changed. */
  refused: boolean;
}

/** Adds `id` to the selection, or removes it when present; a choice beyond `max` is refused, never dropped silently. */
export function toggleSelection(
  selected: readonly string[],
  id: string,
  max: number = MAX_COMPARE,
): ToggleResult {
  if (selected.includes(id))
    return { selected: selected.filter((s) => s !== id), added: false, refused: false };
  if (selected.length >= max) return { selected, added: false, refused: true };
  return { selected: [...selected, id], added: true, refused: false };
}

/** The certifications of a selection, in selection order (unknown ids left out). */
export function selectedCertifications(data: Dataset, ids: readonly string[]): Certification[] {
  const byId = new Map(data.certifications.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id)).filter((c): c is Certification => c !== undefined);
}

// ---------------------------------------------------------------------------------------------------------------
// Attribute values

/** Most years of experience accepted (the schema's bound for years). */
export const MAX_YEARS = 80;

/** Years of experience from an attribute or a field: a number from 0 to 80, `null` when empty, `NaN` when invalid. */
export function parseYears(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isFinite(n) && n >= 0 && n <= MAX_YEARS ? n : Number.NaN;
}
