/**
 * Non-text contrast (WCAG 1.4.11): the borders that show where a field is reach 3:1 against the background they sit
 * on, in both themes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/all.js';

/** Relative luminance of an `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The background an element is drawn on: its own, or the nearest ancestor's that is not transparent. */
function backdrop(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null) {
    const bg = getComputedStyle(e).backgroundColor;
    if (!/rgba\(.*, 0\)|transparent/.test(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

const FIELDS = [
  {
    tag: 'career-certification-picker',
    template: (theme: string) =>
      html`<career-certification-picker mode="guide" theme=${theme}></career-certification-picker>`,
    fields: 'form.guide select, form.guide input[type="number"]',
  },
  {
    tag: 'career-certification-picker',
    template: (theme: string) =>
      html`<career-certification-picker theme=${theme}></career-certification-picker>`,
    fields: '.filters select, .filters input',
  },
  {
    tag: 'career-skills-matrix',
    template: (theme: string) => html`<career-skills-matrix assess theme=${theme}></career-skills-matrix>`,
    fields: 'select',
  },
  {
    tag: 'career-title-explorer',
    template: (theme: string) => html`<career-title-explorer theme=${theme}></career-title-explorer>`,
    fields: 'input, select',
  },
];

describe('field borders against their background (WCAG 1.4.11)', () => {
  for (const theme of ['light', 'dark'])
    for (const { tag, template, fields } of FIELDS) {
      it(`<${tag}> ${fields.split(',')[0]} … in the ${theme} theme: at least 3:1`, async () => {
        const el = await fixture<LitElement>(template(theme));
        await el.updateComplete;
        const controls = [...el.shadowRoot!.querySelectorAll(fields)].slice(0, 4);
        expect(controls.length).to.be.greaterThan(0);
        for (const control of controls) {
          const ratio = contrast(getComputedStyle(control).borderTopColor, backdrop(control.parentElement!));
          expect(ratio, control.outerHTML.slice(0, 50)).to.be.at.least(3);
        }
      });
    }
});
