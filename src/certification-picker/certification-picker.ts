import { msg, str } from '@lit/localize';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { AnnounceController, TYPING_PAUSE } from '../controllers/announce-controller.js';
import { DatasetController } from '../controllers/dataset-controller.js';
import { certificationPickerData } from '../data/default/certification-picker.js';
import {
  cleanSelection,
  findValuedInLabel,
  type GuideQuestion,
  type GuideQuestionKey,
  guideQuestions,
  MAX_COMPARE,
  MAX_YEARS,
  parseIdList,
  parseYears,
  selectedCertifications,
  toggleSelection,
  valuedInLabels,
} from '../data/picker.js';
import { stagesInOrder } from '../data/query/stages.js';
import {
  type CertificationAnswers,
  filterCertifications,
  minYears,
  type RankedCertification,
  rankCertifications,
} from '../data/recommend.js';
import type { Certification, Dataset, DatasetInput, Stage } from '../data/schema.js';
import { fire } from '../shared/events.js';
import { textLocale } from '../shared/locale.js';
import { tokens, widgetStyles } from '../shared/styles.js';
import { certificationLabel, content, formatList, renderDatasetState } from '../shared/templates.js';
import { unobscure } from '../shared/unobscure.js';
import { warnOnce } from '../shared/warn.js';
import { pickerStyles } from './certification-picker.styles.js';

/** What the picker shows: every card with filters, the guide's questions and ranking, or the comparison table. */
export type PickerMode = 'browse' | 'guide' | 'compare';
const MODES: readonly PickerMode[] = ['browse', 'guide', 'compare'];

/** `selected` as a comma-separated attribute. */
const idListConverter = {
  fromAttribute: (value: string | null): string[] => parseIdList(value),
  toAttribute: (value: unknown): string | null =>
    Array.isArray(value) ? (value.length ? value.join(',') : null) : value == null ? null : String(value),
};

/**
 * Every certification of the career as a card (name, acronym, issuer, methodology, level, prerequisites, what it
 * covers, where it is valued), filtered by methodology, stage, years of experience and where it is valued; a guided
 * mode that asks the questions of "Selecting the Right Certification" and ranks every certification with its
 * reasons; and a side-by-side comparison of up to three in a table.
 *
 * The three views are switched with a native radio group (the `mode` attribute), so arrow keys move between
 * them and a page can open the picker straight on its guide or its comparison.
 *
 * @tagname career-certification-picker
 * @summary Browse, filter, get a recommendation for and compare certifications.
 * @fires career-certification-select - The reader added or removed a certification of the comparison; `detail` is `{ id, selected }`. Bubbles, composed.
 * @fires career-stage-change - The reader chose a stage in the stage filter; `detail.stage` is its id or `null`. Bubbles, composed.
 * @fires career-error - The data could not be used; `detail.errors` lists each problem with its JSON path.
 * @csspart heading - The picker's heading.
 * @csspart modes - The view switch (browse, guide, compare).
 * @csspart tray - The line that lists the certifications chosen for comparison.
 * @csspart refusal - The message shown when a fourth certification is refused.
 * @csspart filters - The filter form.
 * @csspart count - How many certifications the filters show.
 * @csspart cards - The list of certification cards.
 * @csspart card - One certification.
 * @csspart compare-toggle - The "Compare" checkbox of a card or ranked place.
 * @csspart guide - The guided questions form.
 * @csspart ranking - The ranked recommendation.
 * @csspart place - One place of the ranking.
 * @csspart compare - The comparison section.
 * @csspart table - The comparison table.
 * @csspart error - The error panel shown for unusable data.
 * @csspart loading - The notice shown while `src` loads.
 * @cssprop --career-color-accent - Accent: chosen view, acronyms, focus ring.
 * @cssprop --career-color-accent-soft - Background of the chosen view and of compared cards.
 * @cssprop --career-color-surface - Background.
 * @cssprop --career-color-surface-raised - Background of cards, the guide and the table header.
 * @cssprop --career-color-text - Text colour.
 * @cssprop --career-color-muted - Secondary text.
 * @cssprop --career-color-border - Borders.
 * @cssprop --career-color-danger - Border of the refusal message.
 * @cssprop --career-color-danger-soft - Background of the refusal message.
 * @cssprop --career-color-on-accent - Text on the accent: buttons, ranking numbers.
 * @cssprop --career-focus-ring - Focus outline (default `2px solid` the accent).
 * @cssprop --career-radius - Corner radius.
 * @cssprop --career-space - Base spacing.
 */
export class CareerCertificationPicker extends LitElement {
  static override styles = [tokens, widgetStyles, pickerStyles];

  static override properties: PropertyDeclarations = {
    refusal: { state: true },
    yearsOutOfRange: { state: true },
    data: { attribute: false },
    src: {},
    stage: { reflect: true },
    theme: { reflect: true },
    mode: { reflect: true },
    methodology: { reflect: true },
    years: { reflect: true, converter: { fromAttribute: parseYears } },
    valuedIn: { reflect: true, attribute: 'valued-in' },
    selected: { reflect: true, converter: idListConverter },
    answers: { attribute: false },
  };

  // `private`, not `#`: test/default-data.test.ts reads it to tell which default data the widget took.
  private readonly source = new DatasetController(this, { fallback: certificationPickerData });
  readonly #announcer = new AnnounceController(this);

  /** The dataset the attribute values were last checked against. */
  #checkedAgainst: Dataset | undefined;
  /** The locale of numbers and lists (`textLocale`). */
  #locale = 'en';
  #filtered: readonly Certification[] = [];
  #ranking: readonly RankedCertification[] | null = null;
  /**
   * What the data gives to choose from, read once per update: the "valued in" labels, and whether there is more
   * than one methodology. A filter or guide question with nothing to choose from is left out.
   */
  #valuedInLabels: readonly string[] = [];
  #methodologyChoice = false;
  #chosen: readonly Certification[] = [];
  /** An element to focus once the next render is in the DOM. */
  #focusAfterUpdate: string | null = null;

  // Reactive state (`static properties`): Lit defines accessors under these names, so they cannot be `#` fields.
  /** The certification whose addition was refused, and why. */
  private refusal: { id: string; text: string } | null = null;
  /** The years typed in the filter are out of range (the filter keeps the last good value). */
  private yearsOutOfRange = false;

  /** A dataset object (validated when set); wins over `src`. */
  data: DatasetInput | Dataset | null = null;

  /** URL of a dataset JSON, fetched and validated. */
  src: string | null = null;

  /** The selected stage id: filters to the certifications recommended at that stage. */
  stage: string | null = null;

  /** Colour scheme; absent follows the page's `prefers-color-scheme`. */
  theme: 'light' | 'dark' | undefined;

  /** The view: `browse` (cards and filters), `guide` (questions and ranking) or `compare` (the table). */
  mode: PickerMode = 'browse';

  /** A methodology id: shows only the certifications of that methodology. */
  methodology: string | null = null;

  /** Years of experience (0–80): shows only the certifications whose experience requirement they meet. */
  years: number | null = null;

  /** A "valued in" label of the data (case-insensitive): shows only the certifications valued there. */
  valuedIn: string | null = null;

  /** Ids of the certifications compared side by side (at most three); comma-separated as an attribute. */
  selected: string[] = [];

  /** The guide's answers; set by the guide's form, or by code to fill it in. `null`: not answered. */
  answers: CertificationAnswers | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#checkAttributes(changed);
    // A refusal answers the reader's last tick; in another view it would be a stale alarm.
    if (changed.has('mode')) this.refusal = null;
    const dataset = this.source.dataset;
    if (!dataset) return;
    this.#locale = textLocale(this);
    const stage = this.source.selectedStage();
    this.#filtered = filterCertifications(dataset, {
      methodology: this.methodology ?? undefined,
      years: this.years ?? undefined,
      stage: stage?.id,
      valuedIn: this.valuedIn ?? undefined,
    });
    this.#ranking = this.answers ? rankCertifications(dataset, this.answers, { locale: this.#locale }) : null;
    this.#valuedInLabels = valuedInLabels(dataset);
    this.#methodologyChoice = dataset.methodologies.length > 1;
    this.#chosen = selectedCertifications(dataset, this.selected);
  }

  /** Bad attribute values warn once and fall back to a sane state; ids are checked once the data is there. */
  #checkAttributes(changed: PropertyValues<this>): void {
    const tag = `<${this.localName}>`;
    // `undefined` (what @lit/react sets for a prop it is not given) means absent, as `null` does.
    this.mode ??= 'browse';
    this.methodology ??= null;
    this.years ??= null;
    this.valuedIn ??= null;
    this.answers ??= null;
    if (changed.has('mode') && !MODES.includes(this.mode)) {
      warnOnce(this, `${tag} has no mode "${this.mode}"; expected ${MODES.join(', ')}. Showing browse.`);
      this.mode = 'browse';
    }
    if (changed.has('years')) this.yearsOutOfRange = false;
    if (changed.has('years') && this.years !== null) {
      const years = parseYears(this.years);
      if (years === null || Number.isNaN(years)) {
        warnOnce(
          this,
          `${tag} ignores years="${this.getAttribute('years') ?? this.years}": expected a number of years from 0 to ${MAX_YEARS}.`,
        );
        this.years = null;
      }
    }
    if (!Array.isArray(this.selected)) {
      const value: unknown = this.selected;
      this.selected = typeof value === 'string' ? parseIdList(value) : [];
    }
    const dataset = this.source.dataset;
    if (!dataset) return;
    const fresh = dataset !== this.#checkedAgainst;
    this.#checkedAgainst = dataset;
    if ((fresh || changed.has('methodology')) && this.methodology !== null) {
      if (!dataset.methodologies.some((m) => m.id === this.methodology)) {
        warnOnce(
          this,
          `${tag} has no methodology "${this.methodology}" in its data; showing every methodology.`,
        );
        this.methodology = null;
      }
    }
    if ((fresh || changed.has('valuedIn')) && this.valuedIn !== null) {
      const label = findValuedInLabel(dataset, this.valuedIn);
      if (label === null)
        warnOnce(this, `${tag} knows no certification valued in "${this.valuedIn}"; showing all.`);
      this.valuedIn = label;
    }
    if (fresh || changed.has('selected')) {
      const clean = cleanSelection(dataset, this.selected);
      const problems = [
        clean.unknown.length ? `has no certification ${clean.unknown.map((id) => `"${id}"`).join(', ')}` : '',
        clean.duplicates.length ? `was given ${clean.duplicates.join(', ')} more than once` : '',
        clean.overflow.length
          ? `compares at most ${MAX_COMPARE}, so ${clean.overflow.join(', ')} is left out`
          : '',
      ].filter(Boolean);
      if (problems.length) {
        warnOnce(this, `${tag} selected="${this.selected.join(',')}": ${problems.join('; ')}.`);
        this.selected = clean.ids;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('answers')) {
      // The form's default values follow `answers`; a reset shows them (also when code set the answers).
      this.renderRoot.querySelector<HTMLFormElement>('form.guide')?.reset();
    }
    if (this.#focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterUpdate)?.focus();
      this.#focusAfterUpdate = null;
    }
  }

  // ------------------------------------------------------------------------------------------------------------
  // Handlers

  #onMode(event: Event): void {
    const value = (event.target as HTMLInputElement).value as PickerMode;
    if (MODES.includes(value)) this.mode = value;
  }

  #onMethodology(event: Event): void {
    this.methodology = (event.target as HTMLSelectElement).value || null;
    this.#sayCount();
  }

  #onStage(event: Event): void {
    this.source.selectStage((event.target as HTMLSelectElement).value || null);
    this.#sayCount();
  }

  #onYears(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.validity.badInput) return; // half-typed ("2."): keep the last good value
    const years = parseYears(input.value);
    this.yearsOutOfRange = Number.isNaN(years);
    if (!this.yearsOutOfRange) this.years = years;
    this.#sayCount(TYPING_PAUSE);
  }

  #onValuedIn(event: Event): void {
    this.valuedIn = (event.target as HTMLSelectElement).value || null;
    this.#sayCount();
  }

  /** Says how many certifications the reader's filters leave. */
  #sayCount(pause = 0): void {
    this.#announcer.say(() => this.#countText(), pause);
  }

  /** Clear filters, which then disables itself: focus goes to the first filter rather than to the page. */
  #clearFilters(): void {
    this.methodology = null;
    this.years = null;
    this.valuedIn = null;
    if (this.stage !== null) this.source.selectStage(null);
    this.#focusAfterUpdate = '.filters select';
    if (this.yearsOutOfRange) {
      // Years out of range left `years` as it was, so rendering would not empty the box: empty it here.
      this.renderRoot.querySelector<HTMLInputElement>('#filter-years')!.value = '';
      this.yearsOutOfRange = false;
    }
    this.#sayCount();
  }

  /** The reader ticked or unticked a certification's Compare box, or pressed Remove in the table. */
  #toggleCompare(certification: Certification, input?: HTMLInputElement): void {
    const result = toggleSelection(this.selected, certification.id);
    if (result.refused) {
      if (input) input.checked = false;
      const max = this.#number(MAX_COMPARE);
      this.refusal = {
        id: certification.id,
        text: msg(
          str`You can compare up to ${max} certifications. Remove one before adding ${certification.acronym}.`,
        ),
      };
      return;
    }
    this.refusal = null;
    this.selected = [...result.selected];
    const { acronym } = certification;
    this.#announcer.say(() => {
      const chosen = msg(str`${this.#number(this.#chosen.length)} of ${this.#number(MAX_COMPARE)} chosen.`);
      return result.added
        ? msg(str`${acronym} added to the comparison: ${chosen}`)
        : msg(str`${acronym} removed from the comparison: ${chosen}`);
    });
    fire(this, 'career-certification-select', { id: certification.id, selected: [...this.selected] });
  }

  #removeFromTable(certification: Certification, column: number): void {
    this.#toggleCompare(certification);
    const left = this.selected.length;
    this.#focusAfterUpdate = left
      ? `.remove[data-column="${Math.min(column, left - 1)}"]`
      : '#compare-heading';
  }

  /** A control that takes focus in the table scrolls clear of the sticky row headers (WCAG 2.4.11). */
  #onTableFocusIn(event: FocusEvent): void {
    unobscure(
      event.currentTarget as Element,
      event.target as Element,
      this.renderRoot.querySelector('.corner'),
    );
  }

  #showCompare(): void {
    this.mode = 'compare';
    this.#focusAfterUpdate = '#compare-heading';
  }

  #showBrowse(): void {
    this.mode = 'browse';
    this.#focusAfterUpdate = 'input[name="mode"][value="browse"]';
  }

  #onGuideSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value !== '' ? value : undefined;
    };
    const years = parseYears(text('years') ?? null);
    const time = text('time');
    this.answers = {
      goal: text('goal'),
      organisationValues: form.getAll('organisation').map(String),
      years: years === null || Number.isNaN(years) ? undefined : years,
      industry: text('industry'),
      time: time === 'short' || time === 'long' ? time : undefined,
    };
    this.#focusAfterUpdate = '#ranking-heading';
  }

  /** Clear answers, which then disables itself: focus goes to the first question rather than to the page. */
  #clearAnswers(): void {
    this.answers = null;
    this.#focusAfterUpdate = 'form.guide :is(input, select)';
  }

  // ------------------------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const state = this.source.state;
    if (state.status !== 'ready') return renderDatasetState(state);
    const data = state.dataset;
    const heading = html`<h2 class="heading" part="heading">${msg(str`${data.name}: certifications`)}</h2>`;
    // Nothing to browse, rank or compare: no filters or questions without a certification to apply them to.
    if (!data.certifications.length)
      return content(
        data.locale,
        html`${heading}
        <p class="count" part="count">${msg('This data lists no certifications.')}</p>`,
      );
    return content(
      data.locale,
      html`
      ${heading} ${this.renderModes()} ${this.renderTray()} ${this.#announcer.region()}
      ${
        this.mode === 'guide'
          ? this.renderGuide(data)
          : this.mode === 'compare'
            ? this.renderCompare(data)
            : this.renderBrowse(data)
      }
    `,
    );
  }

  protected renderModes(): TemplateResult {
    const count = this.#number(this.selected.length);
    const labels: Record<PickerMode, string> = {
      browse: msg('Browse'),
      guide: msg('Guide me'),
      compare: msg(str`Compare (${count})`),
    };
    return html`<fieldset class="modes" part="modes" data-print="hide">
      <legend class="visually-hidden">${msg('View')}</legend>
      ${MODES.map(
        (mode) => html`<label class="mode">
          <input
            type="radio"
            name="mode"
            value=${mode}
            .checked=${live(this.mode === mode)}
            @change=${this.#onMode}
          />
          <span>${labels[mode]}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  /** The chosen certifications and the refusal of a fourth one (an alert). */
  protected renderTray(): TemplateResult {
    const n = this.#chosen.length;
    const max = this.#number(MAX_COMPARE);
    const count = this.#number(n);
    const names = formatList(
      this.#chosen.map((c) => c.acronym),
      this.#locale,
    );
    // Nothing chosen, the comparison view says how to choose: the tray keeps its alert region, and draws nothing.
    const idle = !n && this.mode === 'compare';
    return html`<div class="tray ${idle ? 'idle' : ''}" part="tray" data-print="hide">
      <p class="tray-text">
        ${
          n
            ? msg(str`Chosen to compare (${count} of ${max}): ${names}.`)
            : idle
              ? nothing
              : msg(str`Tick "Compare" on up to ${max} certifications to see them side by side.`)
        }
      </p>
      ${
        n && this.mode !== 'compare'
          ? html`<button type="button" class="button" @click=${this.#showCompare}>
            ${msg('Compare now')}
          </button>`
          : nothing
      }
      <p class="refusal ${this.refusal ? 'shown' : ''}" part="refusal" role="alert">
        ${
          // Keyed by the refusal: a second one of the same text is written anew, and said again.
          this.refusal
            ? keyed(this.refusal, html`<span><span aria-hidden="true">⚠ </span>${this.refusal.text}</span>`)
            : nothing
        }
      </p>
    </div>`;
  }

  /**
   * How many certifications the filters leave; after a number of years out of range, that is still the count of the
   * last good one, and the range comes first.
   */
  #countText(): string {
    const total = this.#number(this.source.dataset?.certifications.length ?? 0);
    const shown = this.#number(this.#filtered.length);
    const outOfRange = this.yearsOutOfRange ? `${this.#yearsRange()} ` : '';
    return `${outOfRange}${
      this.#filtered.length
        ? msg(str`Showing ${shown} of ${total} certifications.`)
        : msg('No certification matches these filters.')
    }`;
  }

  protected renderBrowse(data: Dataset): TemplateResult {
    const filtering =
      this.methodology !== null ||
      this.years !== null ||
      this.yearsOutOfRange ||
      this.valuedIn !== null ||
      this.stage !== null;
    return html`${this.renderFilters(data, filtering)}
      <p class="count" part="count">${this.#countText()}</p>
      ${
        this.#filtered.length
          ? html`<ul class="cards" part="cards">
            ${this.#filtered.map((c) => this.renderCard(data, c))}
          </ul>`
          : nothing
      }`;
  }

  protected renderFilters(data: Dataset, filtering: boolean): TemplateResult {
    const stageId = this.source.selectedStage()?.id ?? '';
    const labels = this.#valuedInLabels;
    return html`<form class="filters" part="filters" data-print="hide" @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend>${msg('Filter certifications')}</legend>
        <div class="fields">
          ${
            this.#methodologyChoice
              ? html`<div class="field">
                <label for="filter-methodology">${msg('Methodology')}</label>
                <select id="filter-methodology" .value=${live(this.methodology ?? '')} @change=${this.#onMethodology}>
                  <option value="" ?selected=${this.methodology === null}>${msg('All methodologies')}</option>
                  ${data.methodologies.map(
                    (m) =>
                      html`<option value=${m.id} ?selected=${m.id === this.methodology}>${m.name}</option>`,
                  )}
                </select>
              </div>`
              : nothing
          }
          <div class="field">
            <label for="filter-stage">${msg('Career stage')}</label>
            <select id="filter-stage" .value=${live(stageId)} @change=${this.#onStage}>
              <option value="" ?selected=${stageId === ''}>${msg('Any stage')}</option>
              ${stagesInOrder(data).map(
                (s: Stage) => html`<option value=${s.id} ?selected=${s.id === stageId}>${s.name}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="filter-years">${msg('Years of experience')}</label>
            <input
              id="filter-years"
              type="number"
              inputmode="decimal"
              min="0"
              max=${MAX_YEARS}
              step="any"
              aria-describedby="filter-years-hint"
              aria-invalid=${this.yearsOutOfRange ? 'true' : nothing}
              .value=${this.years === null ? '' : String(this.years)}
              @input=${this.#onYears}
            />
            <span id="filter-years-hint" class="hint">
              ${this.yearsOutOfRange ? this.#yearsRange() : msg('Shows what that experience qualifies for.')}
            </span>
          </div>
          ${
            labels.length
              ? html`<div class="field">
                <label for="filter-valued">${msg('Valued in')}</label>
                <select id="filter-valued" .value=${live(this.valuedIn ?? '')} @change=${this.#onValuedIn}>
                  <option value="" ?selected=${this.valuedIn === null}>${msg('Anywhere')}</option>
                  ${labels.map(
                    (l) => html`<option value=${l} ?selected=${l === this.valuedIn}>${l}</option>`,
                  )}
                </select>
              </div>`
              : nothing
          }
        </div>
        <button type="button" class="button secondary" ?disabled=${!filtering} @click=${this.#clearFilters}>
          ${msg('Clear filters')}
        </button>
      </fieldset>
    </form>`;
  }

  protected renderCard(data: Dataset, c: Certification): TemplateResult {
    const compared = this.selected.includes(c.id);
    const covers = c.covers.length ? formatList(c.covers, this.#locale) : '';
    const valued = c.valuedIn.length ? formatList(c.valuedIn, this.#locale) : '';
    return html`<li class="card ${compared ? 'compared' : ''}" part="card">
      <h3 class="card-name">
        <span class="acronym">${c.acronym}</span>
        ${c.acronym !== c.name ? html`<span>${c.name}</span>` : nothing}
      </h3>
      ${c.description ? html`<p class="description">${c.description}</p>` : nothing}
      <dl class="facts">
        ${c.issuer ? this.renderFact(msg('Issuer'), c.issuer) : nothing}
        ${this.renderFact(msg('Methodology'), this.#methodologyName(data, c))}
        ${c.level ? this.renderFact(msg('Level'), this.#levelName(c)) : nothing}
        ${this.renderFact(msg('Prerequisites'), c.prerequisites?.text ?? msg('Not stated'))}
        ${covers ? this.renderFact(msg('Covers'), covers) : nothing}
        ${valued ? this.renderFact(msg('Valued in'), valued) : nothing}
      </dl>
      ${this.renderCompareToggle(c)}
    </li>`;
  }

  protected renderFact(term: string, value: string): TemplateResult {
    return html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`;
  }

  /** The Compare checkbox; a refused choice shows its message right here as well as in the alert. */
  protected renderCompareToggle(c: Certification): TemplateResult {
    const refused = this.refusal?.id === c.id;
    return html`<div class="compare-toggle-wrap" data-print="hide">
      <label class="compare-toggle" part="compare-toggle">
        <input
          type="checkbox"
          .checked=${live(this.selected.includes(c.id))}
          aria-describedby=${refused ? `refused-${c.id}` : nothing}
          @change=${(e: Event) => this.#toggleCompare(c, e.target as HTMLInputElement)}
        />
        <span>${msg('Compare')}<span class="visually-hidden"> ${c.acronym}</span></span>
      </label>
      ${refused ? html`<p id="refused-${c.id}" class="refused-here">${this.refusal?.text}</p>` : nothing}
    </div>`;
  }

  protected renderGuide(data: Dataset): TemplateResult {
    const labels = this.#valuedInLabels;
    const questions = guideQuestions(data).filter((q) =>
      q.key === 'goal' ? this.#methodologyChoice : q.key !== 'industry' || labels.length > 0,
    );
    return html`<form class="guide" part="guide" @submit=${this.#onGuideSubmit}>
        <p class="intro">${msg('Answer what you can; every question is optional.')}</p>
        <div class="questions">
          ${questions.map((q) => this.renderQuestion(data, q, labels))}
        </div>
        <div class="actions" data-print="hide">
          <button type="submit" class="button">${msg('Recommend certifications')}</button>
          <button
            type="button"
            class="button secondary"
            ?disabled=${this.answers === null}
            @click=${this.#clearAnswers}
          >
            ${msg('Clear answers')}
          </button>
        </div>
      </form>
      ${this.#ranking ? this.renderRanking(this.#ranking) : nothing}`;
  }

  /** One question: the data's label as the legend, its full wording as the hint, then the control. */
  protected renderQuestion(data: Dataset, q: GuideQuestion, valued: readonly string[]): TemplateResult {
    const fallback: Record<GuideQuestionKey, [string, string]> = {
      goal: [msg('Career goal'), msg('Which methodology are you moving toward?')],
      organisation: [msg('Organisation'), msg('Which certifications does your organisation value?')],
      background: [msg('Background and experience'), msg('How many years of experience do you have?')],
      industry: [msg('Industry'), msg('Which sector or region do you work in?')],
      time: [msg('Time and budget'), msg('How much time and money can you give to preparing?')],
    };
    const [label, hint] = fallback[q.key];
    const hintId = `hint-${q.key}`;
    const a = this.answers ?? {};
    let control: TemplateResult;
    switch (q.key) {
      case 'goal':
        control = html`<label for="guide-goal">${msg('Methodology')}</label>
          <select id="guide-goal" name="goal" aria-describedby=${hintId}>
            <option value="" ?selected=${!a.goal}>${msg('Not sure yet')}</option>
            ${data.methodologies.map(
              (m) => html`<option value=${m.id} ?selected=${m.id === a.goal}>${m.name}</option>`,
            )}
          </select>`;
        break;
      case 'organisation':
        control = html`<ul class="choices">
          ${data.certifications.map(
            (c) => html`<li>
              <label class="choice">
                <input
                  type="checkbox"
                  name="organisation"
                  value=${c.id}
                  ?checked=${a.organisationValues?.includes(c.id) ?? false}
                />
                <span>${certificationLabel(c)}</span>
              </label>
            </li>`,
          )}
        </ul>`;
        break;
      case 'background':
        control = html`<label for="guide-years">${msg('Years of experience')}</label>
          <input
            id="guide-years"
            name="years"
            type="number"
            inputmode="decimal"
            min="0"
            max=${MAX_YEARS}
            step="any"
            aria-describedby=${hintId}
            value=${a.years ?? ''}
          />`;
        break;
      case 'industry':
        control = html`<label for="guide-industry">${msg('Sector or region')}</label>
          <select id="guide-industry" name="industry" aria-describedby=${hintId}>
            <option value="" ?selected=${!a.industry}>${msg('No particular one')}</option>
            ${valued.map((l) => html`<option value=${l} ?selected=${l === a.industry}>${l}</option>`)}
          </select>`;
        break;
      case 'time': {
        const options: [string, string][] = [
          ['', msg('Not sure yet')],
          ['short', msg('Little: a short course')],
          ['long', msg('Enough for a longer period of study')],
        ];
        control = html`<div class="choices">
          ${options.map(
            ([value, text]) => html`<label class="choice">
              <input type="radio" name="time" value=${value} ?checked=${(a.time ?? '') === value} />
              <span>${text}</span>
            </label>`,
          )}
        </div>`;
        break;
      }
    }
    // The hint describes one element, else it is read twice: the control, or the fieldset of a group of them.
    const group = q.key === 'organisation' || q.key === 'time';
    return html`<fieldset class="question" aria-describedby=${group ? hintId : nothing}>
      <legend>${q.label ?? label}</legend>
      <p id=${hintId} class="hint">${q.hint ?? hint}</p>
      ${control}
    </fieldset>`;
  }

  protected renderRanking(ranking: readonly RankedCertification[]): TemplateResult {
    // Without years, eligibility is unknown: say nothing rather than "within reach".
    const knowsYears = typeof this.answers?.years === 'number';
    const { goal, organisationValues, years, industry, time } = this.answers ?? {};
    // No answer at all ranks nothing: data order under "best fit first" would pretend otherwise.
    const answered = goal ?? years ?? industry ?? time ?? organisationValues?.[0];
    return html`<section class="results" part="ranking" aria-labelledby="ranking-heading">
      <h3 id="ranking-heading" class="section-heading" tabindex="-1">${msg('Recommended for you')}</h3>
      <p class="muted">
        ${
          answered === undefined
            ? msg('Answer at least one question to rank the certifications.')
            : msg('Best fit first, from your answers. Typical requirements; check with the issuer.')
        }
      </p>
      ${
        answered === undefined
          ? nothing
          : html`<ol class="ranking">
          ${ranking.map(
            (r, i) => html`<li class="place ${r.eligible ? '' : 'not-yet'}" part="place">
              <span class="place-number" aria-hidden="true">${this.#number(i + 1)}</span>
              <div class="place-body">
                <h4 class="place-name">${certificationLabel(r.certification)}</h4>
                ${knowsYears ? html`<p class="fit">${this.#fitText(r)}</p>` : nothing}
                <ul class="reasons">
                  ${r.reasons.map((reason) => html`<li>${reason}</li>`)}
                </ul>
                ${this.renderCompareToggle(r.certification)}
              </div>
            </li>`,
          )}
        </ol>`
      }
    </section>`;
  }

  /**
   * Whether a place is within reach of the years answered. Prerequisites the data does not state are unknown, not
   * met.
   */
  #fitText(r: RankedCertification): string {
    if (!r.eligible) return msg('Not yet: it asks for more experience');
    return r.certification.prerequisites ? msg('Within reach now') : msg('Prerequisites: not stated');
  }

  protected renderCompare(data: Dataset): TemplateResult {
    const chosen = this.#chosen;
    const max = this.#number(MAX_COMPARE);
    return html`<section class="compare" part="compare" aria-labelledby="compare-heading">
      <h3 id="compare-heading" class="section-heading" tabindex="-1">${msg('Compare certifications')}</h3>
      ${
        chosen.length === 0
          ? html`<p class="compare-empty">
              ${msg(str`Nothing is chosen yet. Tick "Compare" on up to ${max} certifications, then come back here.`)}
            </p>
            <button type="button" class="button" data-print="hide" @click=${this.#showBrowse}>
              ${msg('Browse certifications')}
            </button>`
          : this.renderTable(data, chosen)
      }
    </section>`;
  }

  protected renderTable(data: Dataset, chosen: readonly Certification[]): TemplateResult {
    const stages = stagesInOrder(data);
    const notStated = msg('Not stated');
    const list = (items: readonly string[]) =>
      items.length
        ? html`<ul class="cell-list">
            ${items.map((i) => html`<li>${i}</li>`)}
          </ul>`
        : html`<span class="muted">${msg('None listed')}</span>`;
    const text = (value: string | undefined) => value ?? html`<span class="muted">${notStated}</span>`;
    const byId = new Map(data.certifications.map((c) => [c.id, c]));
    const rows: [string, (c: Certification) => unknown][] = [
      [msg('Issuer'), (c) => text(c.issuer)],
      [msg('Methodology'), (c) => this.#methodologyName(data, c)],
      [msg('Level'), (c) => text(c.level ? this.#levelName(c) : undefined)],
      [msg('Prerequisites'), (c) => text(c.prerequisites?.text)],
      [
        msg('Experience asked'),
        (c) => (minYears(c) > 0 ? msg(str`${this.#number(minYears(c))}+ years`) : text(undefined)),
      ],
      [msg('Covers'), (c) => list(c.covers)],
      [msg('Valued in'), (c) => list(c.valuedIn)],
      [
        msg('Recommended at'),
        (c) =>
          list(
            stages
              .filter((s) => s.certificationIds.includes(c.id) || c.stages.includes(s.id))
              .map((s) => s.name),
          ),
      ],
      [
        msg('Leads to'),
        (c) => list(c.leadsTo.map((id) => byId.get(id)?.acronym).filter((a): a is string => a !== undefined)),
      ],
    ];
    const names = formatList(
      chosen.map((c) => c.acronym),
      this.#locale,
    );
    const left = MAX_COMPARE - chosen.length;
    return html`${
      chosen.length > 1
        ? html`<p class="scroll-hint" data-print="hide">${msg('Scroll the table sideways to see every column.')}</p>`
        : nothing
    }
      <div
        class="table-scroll"
        role="region"
        aria-labelledby="compare-caption"
        tabindex="0"
        @focusin=${this.#onTableFocusIn}
      >
        <table class="table" part="table">
          <caption id="compare-caption"><span>${msg(str`Comparing ${names}`)}</span></caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${chosen.map(
                (c) => html`<th scope="col">
                  <span class="acronym">${c.acronym}</span>
                  ${c.acronym !== c.name ? html`<span class="col-name">${c.name}</span>` : nothing}
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([label, value]) => html`<tr>
                <th scope="row">${label}</th>
                ${chosen.map((c) => html`<td>${value(c)}</td>`)}
              </tr>`,
            )}
            <tr class="remove-row" data-print="hide">
              <th scope="row"><span class="visually-hidden">${msg('Remove from the comparison')}</span></th>
              ${chosen.map(
                (c, i) => html`<td>
                  <button
                    type="button"
                    class="button secondary remove"
                    data-column=${i}
                    @click=${() => this.#removeFromTable(c, i)}
                  >
                    ${msg('Remove')}<span class="visually-hidden"> ${c.acronym}</span>
                  </button>
                </td>`,
              )}
            </tr>
          </tbody>
        </table>
      </div>
      ${
        left > 0
          ? html`<p class="muted more" data-print="hide">
            ${msg(str`You can add ${this.#number(left)} more from the browse view or the guide.`)}
          </p>`
          : nothing
      }`;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Words

  #methodologyName(data: Dataset, c: Certification): string {
    return data.methodologies.find((m) => m.id === c.methodology)?.name ?? c.methodology;
  }

  #yearsRange(): string {
    return msg(str`Enter a number of years from 0 to ${MAX_YEARS}.`);
  }

  #levelName(c: Certification): string {
    return c.level === 'entry' ? msg('Entry level') : msg('Advanced');
  }

  #number(n: number): string {
    return new Intl.NumberFormat(this.#locale).format(n);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-certification-picker': CareerCertificationPicker;
  }
}
