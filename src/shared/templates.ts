import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetState } from './context.js';
import { UI_LOCALE } from './locale.js';

/** Problems listed in the error panel; the rest are counted. */
const SHOWN_ERRORS = 5;

/**
 * A widget's content, marked with the language of its data (`locale`), so that assistive technology reads it in that
 * language on a page in another (WCAG 3.1.2). It draws no box of its own (`.content` is `display: contents`).
 */
export function content(lang: string, body: unknown): TemplateResult {
  return html`<div class="content" lang=${lang}>${body}</div>`;
}

/**
 * The loading notice or the error panel (`role="alert"`, part `error`) for a dataset that is not ready;
 * `nothing` when it is. Every widget renders this first. Both are in English, the language of the UI strings.
 */
export function renderDatasetState(state: DatasetState): TemplateResult | typeof nothing {
  if (state.status === 'loading') {
    return html`<p part="loading" role="status" lang=${UI_LOCALE}>${msg('Loading career data…')}</p>`;
  }
  if (state.status === 'ready') return nothing;
  const shown = state.errors.slice(0, SHOWN_ERRORS);
  const more = state.errors.length - shown.length;
  return html`<div part="error" role="alert" lang=${UI_LOCALE}>
    <p><strong>${msg('This career data cannot be shown.')}</strong></p>
    <ul>
      ${shown.map((e) => html`<li><code>${e.path}</code>: ${e.message}</li>`)}
    </ul>
    ${more > 1 ? html`<p>${msg(str`…and ${more} more problems.`)}</p>` : more ? html`<p>${msg('…and 1 more problem.')}</p>` : nothing}
  </div>`;
}

/** "Typically 2–4 years", "Typically 7+ years", "Typically 1 year": typical, never required. */
export function typicalYears(years: { min: number; max: number | null } | undefined, locale = 'en'): string {
  if (!years) return '';
  const { format } = new Intl.NumberFormat(locale);
  const { min, max } = years;
  if (max === null) return msg(str`Typically ${format(min)}+ years`);
  if (max !== min) return msg(str`Typically ${format(min)}–${format(max)} years`);
  // The words are English until translations come, so English decides between them ("1.5 years").
  return min === 1 ? msg(str`Typically ${format(min)} year`) : msg(str`Typically ${format(min)} years`);
}

/** Formats a list of names with the reader's conjunctions ("A, B and C"). */
export function formatList(items: readonly string[], lang = 'en'): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** "PMP: Project Management Professional", or just the name when the acronym is the name. */
export function certificationLabel(c: { acronym: string; name: string }): string {
  return c.acronym === c.name ? c.name : `${c.acronym}: ${c.name}`;
}
