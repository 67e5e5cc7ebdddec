/** Helpers for the skills-matrix suites and stories: synthetic data at scale. */
import type { DatasetInput } from '../src/data/schema.js';

/**
 * A valid dataset with `skillCount` skills in `categoryCount` categories and `stageCount` stages; every third
 * skill is a focus of a stage (spread so each stage has some), for the scale story and the render measurement.
 */
export function syntheticDataset(skillCount = 1000, stageCount = 10, categoryCount = 20): DatasetInput {
  const source = 'synthetic';
  const stages = Array.from({ length: stageCount }, (_, i) => ({
    id: `stage-${i + 1}`,
    order: i,
    name: `Stage ${i + 1}`,
    years: { min: i * 2, max: i === stageCount - 1 ? null : i * 2 + 2 },
    source,
  }));
  const categories = Array.from({ length: categoryCount }, (_, i) => ({
    id: `category-${i + 1}`,
    name: `Category ${i + 1}`,
    source,
  }));
  const skills = Array.from({ length: skillCount }, (_, i) => ({
    id: `skill-${i + 1}`,
    name: `Skill ${i + 1}`,
    category: `category-${(i % categoryCount) + 1}`,
    focusStages: i % 3 === 0 ? [`stage-${(((i % 7) + Math.floor(i / categoryCount)) % stageCount) + 1}`] : [],
    source,
  }));
  return {
    schemaVersion: 1,
    id: 'synthetic-career',
    name: 'Synthetic career',
    version: '1.0.0',
    locale: 'en',
    stages,
    categories,
    skills,
  };
}

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF) into rows of cells, as a spreadsheet would. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
