/**
 * Synthetic datasets for the scale bench, made from the default dataset (runs in the page and in Node).
 *
 * At factor f every collection holds f times as many records as the default, capped at the sizes SPEC §7 names:
 * 10 stages, 10,000 titles, 1,000 skills, 500 certifications (so 1,000× is the SPEC's case; 100× already reaches
 * the caps for skills and certifications). Categories, methodologies and sections stay as they are. Copies get
 * their own ids and names ("IT Project Manager 12") and refer to existing records only, so the data stays valid:
 * titles and skills are spread over every stage, and the `next`/`leadsTo` graphs stay acyclic.
 */

export const CAPS = { stages: 10, titles: 10_000, skills: 1_000, certifications: 500 };

const clone = (value) => structuredClone(value);

/** A valid dataset with about `factor` times the records of `base` (`factor` 1: a copy). */
export function scaleDataset(base, factor) {
  const data = clone(base);
  if (factor <= 1) return data;
  const count = (n, cap) => Math.max(n, Math.min(n * factor, cap));

  const stageCount = count(base.stages.length, CAPS.stages);
  const step = Math.max(...base.stages.map((s) => s.order)) + 1;
  for (let k = 1; data.stages.length < stageCount; k++) {
    for (const s of base.stages) {
      if (data.stages.length >= stageCount) break;
      data.stages.push({
        ...clone(s),
        id: `${s.id}-${k + 1}`,
        name: `${s.name} ${k + 1}`,
        order: s.order + k * step,
      });
    }
  }
  const stageIds = data.stages.map((s) => s.id);
  const stageAt = (i) => stageIds[i % stageIds.length];

  const titleCount = count(base.titles.length, CAPS.titles);
  for (let i = base.titles.length; i < titleCount; i++) {
    const t = base.titles[i % base.titles.length];
    const k = Math.floor(i / base.titles.length);
    const copy = { ...clone(t), id: `${t.id}-${k}`, name: `${t.name} ${k}` };
    if (t.stage) copy.stage = stageAt(i);
    data.titles.push(copy);
  }

  const skillCount = count(base.skills.length, CAPS.skills);
  for (let i = base.skills.length; i < skillCount; i++) {
    const s = base.skills[i % base.skills.length];
    const k = Math.floor(i / base.skills.length);
    data.skills.push({
      ...clone(s),
      id: `${s.id}-${k}`,
      name: `${s.name} ${k}`,
      focusStages: i % 3 === 0 ? [stageAt(i), stageAt(i + 3)] : [stageAt(i)],
    });
  }

  const certCount = count(base.certifications.length, CAPS.certifications);
  for (let i = base.certifications.length; i < certCount; i++) {
    const c = base.certifications[i % base.certifications.length];
    const k = Math.floor(i / base.certifications.length);
    data.certifications.push({
      ...clone(c),
      id: `${c.id}-${k}`,
      acronym: `${c.acronym}${k}`.slice(0, 40),
      name: `${c.name} ${k}`,
      stages: [stageAt(i)],
    });
  }
  return data;
}

/** Record counts of a dataset, for the tables. */
export function counts(data) {
  return {
    stages: data.stages.length,
    titles: data.titles?.length ?? 0,
    skills: data.skills?.length ?? 0,
    certifications: data.certifications?.length ?? 0,
  };
}
