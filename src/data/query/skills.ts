/** Skills by category. */
import type { Category, Dataset, Skill } from '../schema.js';
import { indexById } from './indexes.js';

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
