/** Records by id. */
import type { Category, Certification, Dataset, Skill, Title } from '../schema.js';
import { indexById } from './indexes.js';

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
