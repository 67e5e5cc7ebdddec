import { msg, str } from '@lit/localize';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { DatasetController } from '../controllers/dataset-controller.js';
import { RovingFocusController } from '../controllers/roving-focus-controller.js';
import { ladderData } from '../data/default/ladder.js';
import { nextStageDiff, type StageDiff } from '../data/query/next-stage.js';
import {
  certificationsForStage,
  stageFocusSkills,
  stagesInOrder,
  titlesByStage,
} from '../data/query/stages.js';
import type { Dataset, DatasetInput, Stage } from '../data/schema.js';
import { textLocale } from '../shared/locale.js';
import { tokens, widgetStyles } from '../shared/styles.js';
import { certificationLabel, content, renderDatasetState, typicalYears } from '../shared/templates.js';
import { ladderStyles } from './ladder.styles.js';

/** The element `node` is laid out in: its slot, its parent, or the host of its shadow root. */
const layoutParent = (node: Element): Element | null =>
  node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);

/**
 * The box that scrolls `el` up and down: its nearest ancestor (through slots and shadow roots) that scrolls, as the
 * main pane of an app does, else the page. The walk ends below `body`, whose overflow may be the page's own.
 */
function scrollingBox(el: Element): Element {
  const { body, scrollingElement, documentElement } = el.ownerDocument;
  for (
    let node = layoutParent(el);
    node && node !== body && node !== documentElement;
    node = layoutParent(node)
  ) {
    if (node.scrollHeight > node.clientHeight && /auto|scroll/.test(getComputedStyle(node).overflowY))
      return node;
  }
  return scrollingElement ?? documentElement;
}

/** Titles named on a rung; a large framework lists the rest in the stage's detail. */
const RUNG_TITLES = 5;

/**
 * The career's stages in order, each with its typical years, titles and focus. Selecting a stage opens its
 * detail: responsibilities, skills focus, development goals, balance strategies, recommended certifications,
 * titles, and what changes at the next stage.
 *
 * @tagname career-ladder
 * @summary Progression ladder.
 * @fires career-stage-change - The reader selected or closed a stage; `detail.stage` is its id or `null`. Bubbles, composed.
 * @fires career-error - The data could not be used; `detail.errors` lists each problem with its JSON path.
 * @csspart heading - The ladder's heading.
 * @csspart rungs - The ordered list of stages (in the vertical layout it draws no box: the rungs and the detail share one column).
 * @csspart rung - One stage.
 * @csspart rung-button - The button that selects a stage.
 * @csspart here - The "You are here" marker on the reader's own stage.
 * @csspart detail - The detail region of the selected stage.
 * @csspart error - The error panel shown for unusable data.
 * @csspart loading - The notice shown while `src` loads.
 * @cssprop --career-color-accent - Accent: selected stage, step numbers, focus ring.
 * @cssprop --career-color-surface - Background.
 * @cssprop --career-color-surface-raised - Background of the detail.
 * @cssprop --career-color-text - Text colour.
 * @cssprop --career-color-muted - Secondary text.
 * @cssprop --career-color-border - Borders.
 * @cssprop --career-color-accent-soft - Background of the selected stage.
 * @cssprop --career-color-on-accent - Step number of the selected stage, and the "You are here" mark.
 * @cssprop --career-color-danger - Border of the error panel.
 * @cssprop --career-color-danger-soft - Background of the error panel.
 * @cssprop --career-focus-ring - Focus outline (default `2px solid` the accent).
 * @cssprop --career-radius - Corner radius.
 * @cssprop --career-space - Base spacing.
 */
export class CareerLadder extends LitElement {
  static override styles = [tokens, widgetStyles, ladderStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    stage: { reflect: true },
    current: {},
    orientation: { reflect: true },
    compact: { type: Boolean, reflect: true },
    theme: { reflect: true },
  };

  /** A dataset object (validated when set); wins over `src`. */
  data: DatasetInput | Dataset | null = null;

  /** URL of a dataset JSON, fetched and validated. */
  src: string | null = null;

  /** The selected stage id; its detail is shown. */
  stage: string | null = null;

  /** The reader's own stage id, marked "You are here". */
  current: string | null = null;

  /** Layout of the rungs; absent: horizontal when the widget's content is at least 47.5em wide (760 px at 16 px text). */
  orientation: 'horizontal' | 'vertical' | undefined;

  /** Rungs only, without titles, focus and detail. */
  compact = false;

  /** Colour scheme; absent follows the page's `prefers-color-scheme`. */
  theme: 'light' | 'dark' | undefined;

  // `private`, not `#`: test/default-data.test.ts reads it to tell which default data the widget took.
  private readonly source = new DatasetController(this, { fallback: ladderData });
  readonly #roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.rung-button')],
  });

  #stages: readonly Stage[] = [];
  /** The locale of the numbers of years (`textLocale`). */
  #locale = 'en';
  #selected: Stage | undefined;
  /** Where the selected stage is among the rungs; -1 without one. */
  #selectedAt = -1;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#locale = textLocale(this);
    const dataset = this.source.dataset;
    const stages = dataset ? stagesInOrder(dataset) : [];
    // New data (custom data checked after `current` was set, say) places the tab stop again.
    const newStages = stages !== this.#stages;
    this.#stages = stages;
    this.#selected = this.source.selectedStage();
    this.#selectedAt = this.#stages.findIndex((s) => s.id === this.#selected?.id);
    if (newStages || changed.has('stage') || changed.has('current')) {
      // A stage closed (no selection now) leaves the tab stop where the reader is: on the rung just closed.
      const focusId = this.#selected?.id ?? (newStages || changed.has('current') ? this.current : null);
      const index = this.#stages.findIndex((s) => s.id === focusId);
      if (index >= 0) this.#roving.active = index;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A row of rungs that scrolls sideways shows the selected one, however it was selected (an attribute, a linked
    // widget); it scrolls itself only, never the page.
    if (!changed.has('stage') || this.#selectedAt < 0) return;
    const row = this.renderRoot.querySelector<HTMLElement>('.rungs');
    const rung = this.renderRoot.querySelectorAll('.rung')[this.#selectedAt];
    if (!row || !rung || row.scrollWidth <= row.clientWidth) return;
    const [r, box] = [row.getBoundingClientRect(), rung.getBoundingClientRect()];
    // Lengths on screen, in the row's own pixels where an ancestor is scaled (a dashboard's transform: scale()).
    const k = row.offsetWidth / r.width;
    if (box.left < r.left) row.scrollBy({ left: (box.left - r.left) * k });
    else if (box.right > r.right) row.scrollBy({ left: (box.right - r.right) * k });
  }

  async #onRungClick(stage: Stage, index: number): Promise<void> {
    this.#roving.setActive(index);
    const rung = this.renderRoot.querySelectorAll('.rung')[index];
    const before = rung?.getBoundingClientRect().top;
    this.source.selectStage(this.stage === stage.id ? null : stage.id);
    await this.updateComplete;
    if (!rung || before === undefined) return;
    // The rung stays where the reader tapped it, though a detail closed above it (a vertical ladder) …
    const moved = rung.getBoundingClientRect().top - before;
    if (moved) scrollingBox(this).scrollBy(0, moved);
    // … and a stage opened near the foot of the window, which shows little or none of its detail (after its rung,
    // or below the row of rungs), scrolls its rung to the top, with the start of its detail under it; where the rung
    // (or the row) is too tall for that (a phone held sideways), the detail's start goes to the top. Decided before
    // scrolling: a page's smooth scrolling is still on its way when the call returns.
    const detail = this.renderRoot.querySelector('#detail');
    const top = detail?.getBoundingClientRect().top ?? 0;
    if (!this.stage || top <= innerHeight * 0.7) return;
    (top - rung.getBoundingClientRect().top > innerHeight * 0.7 ? detail! : rung).scrollIntoView();
  }

  protected override render() {
    const state = this.source.state;
    if (state.status !== 'ready') return renderDatasetState(state);
    const data = state.dataset;
    return content(
      data.locale,
      html`
      <h2 class="heading" part="heading">${msg(str`${data.name}: career stages`)}</h2>
      <div class="steps">
        <ol class="rungs" part="rungs" @keydown=${(e: KeyboardEvent) => this.#roving.handleKeydown(e)}>
          ${this.#stages.map((stage, i) => this.renderRung(data, stage, i))}
        </ol>
        ${this.#selected && !this.compact ? this.renderDetail(data, this.#selected) : nothing}
      </div>
    `,
    );
  }

  protected renderRung(data: Dataset, stage: Stage, index: number): TemplateResult {
    const selected = stage.id === this.#selected?.id;
    const here = stage.id === this.current;
    const titles = titlesByStage(data, stage.id).map((t) => t.name);
    return html`<li
      class="rung ${selected ? 'selected' : ''} ${here ? 'current' : ''} ${
        this.#selectedAt >= 0 && index > this.#selectedAt ? 'after' : ''
      }"
      part="rung"
      @click=${() => this.#onRungClick(stage, index)}
    >
      <button
        class="rung-button"
        part="rung-button"
        tabindex=${this.#roving.tabIndex(index)}
        aria-expanded=${this.compact ? nothing : String(selected)}
        aria-pressed=${this.compact ? String(selected) : nothing}
        aria-controls=${this.compact ? nothing : 'detail'}
        aria-describedby=${here ? 'here' : nothing}
        @click=${(e: Event) => {
          e.stopPropagation();
          void this.#onRungClick(stage, index);
        }}
      >
        <span class="step" aria-hidden="true">${index + 1}</span>
        <span>${stage.name}</span>
      </button>
      ${stage.years ? html`<p class="years">${typicalYears(stage.years, this.#locale)}</p>` : nothing}
      ${here ? html`<p class="here" part="here" id="here">${msg('You are here')}</p>` : nothing}
      ${titles.length ? html`<p class="titles">${this.#rungTitles(titles)}</p>` : nothing}
      ${stage.focus ? html`<p class="focus">${stage.focus}</p>` : nothing}
    </li>`;
  }

  /** The first titles of a rung, then how many more (the detail lists them all). */
  #rungTitles(titles: readonly string[]): string {
    // A no-break space keeps each dot at the end of a line, never at the start of the next.
    const shown = titles.slice(0, RUNG_TITLES).join('\u00a0· ');
    const more = titles.length - RUNG_TITLES;
    return more > 0 ? `${shown} ${msg(str`and ${more} more`)}` : shown;
  }

  protected renderDetail(data: Dataset, stage: Stage): TemplateResult {
    const here = stage.id === this.current;
    const diff = nextStageDiff(data, stage.id);
    return html`<section id="detail" class="detail" part="detail" aria-labelledby="detail-heading">
      <h3 id="detail-heading" class="detail-heading">
        ${stage.name}${here ? html` <span class="muted">(${msg('you are here')})</span>` : nothing}
      </h3>
      <p class="detail-summary muted">
        ${[typicalYears(stage.years, this.#locale), stage.summary].filter(Boolean).join('. ')}
      </p>
      <div class="columns">
        ${this.renderBlock(
          msg('Responsibilities'),
          stage.responsibilities.map((r) => r.text),
        )}
        ${this.renderBlock(
          msg('Skills focus'),
          stageFocusSkills(data, stage.id).map((s) => s.name),
        )}
        ${this.renderBlock(
          msg('Development goals'),
          stage.goals.map((g) => g.text),
        )}
        ${this.renderBlock(
          msg('Balance strategies'),
          stage.balance.map((b) => b.text),
        )}
        ${this.renderBlock(
          msg('Recommended certifications'),
          certificationsForStage(data, stage.id).map(certificationLabel),
        )}
        ${this.renderBlock(
          msg('Titles'),
          titlesByStage(data, stage.id).map((t) => t.name),
        )}
      </div>
      ${diff ? this.renderNext(diff) : html`<p class="next muted">${msg('This is the last stage of this career.')}</p>`}
    </section>`;
  }

  protected renderNext(diff: StageDiff): TemplateResult {
    const { responsibilities, skillFocus, certifications, titles } = diff;
    if (!responsibilities.length && !skillFocus.length && !certifications.length && !titles.length) {
      return html`<p class="next muted">${msg(str`${diff.to.name} adds nothing new to this stage in this data.`)}</p>`;
    }
    return html`<div class="next">
      <h4 class="next-heading">${msg(str`What changes at ${diff.to.name}`)}</h4>
      <div class="columns">
        ${this.renderBlock(
          msg('New responsibilities'),
          responsibilities.map((r) => r.text),
          true,
        )}
        ${this.renderBlock(
          msg('New skills focus'),
          skillFocus.map((s) => s.name),
          true,
        )}
        ${this.renderBlock(msg('Certifications that open up'), certifications.map(certificationLabel), true)}
        ${this.renderBlock(
          msg('Titles that open up'),
          titles.map((t) => t.name),
          true,
        )}
      </div>
    </div>`;
  }

  /** A titled list (an `h5` under "What changes", else an `h4`); nothing when empty. */
  protected renderBlock(
    heading: string,
    items: readonly string[],
    sub = false,
  ): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return html`<div class="block">
      ${sub ? html`<h5>${heading}</h5>` : html`<h4>${heading}</h4>`}
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-ladder': CareerLadder;
  }
}
