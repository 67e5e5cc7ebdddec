import { msg, str } from '@lit/localize';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { DatasetController } from '../controllers/dataset-controller.js';
import { RovingFocusController } from '../controllers/roving-focus-controller.js';
import { StorageController, type StorageProblem } from '../controllers/storage-controller.js';
import {
  type AssessmentDocument,
  type AssessmentProblem,
  assessmentDocument,
  assessmentToCsv,
  assessmentToJson,
  cleanRatings,
  MAX_ASSESSMENT_BYTES,
  parseAssessmentDocument,
  parseAssessmentImport,
} from '../data/assessment.js';
import { skillsMatrixData } from '../data/default/skills-matrix.js';
import {
  type AssessmentGap,
  assessmentGap,
  type Rating,
  type Ratings,
  type SkillGap,
} from '../data/query/self-assessment.js';
import { type SkillGroup, skillsByCategory } from '../data/query/skills.js';
import { skillFocusByStage, stageById, stagesInOrder } from '../data/query/stages.js';
import type { Dataset, DatasetInput, Skill, Stage } from '../data/schema.js';
import { fire } from '../shared/events.js';
import { textLocale } from '../shared/locale.js';
import { tokens, widgetStyles } from '../shared/styles.js';
import { content, renderDatasetState, typicalYears } from '../shared/templates.js';
import { unobscure } from '../shared/unobscure.js';
import { warnOnce } from '../shared/warn.js';
import { skillsMatrixStyles } from './skills-matrix.styles.js';

/** The ratings before anything sets them; compared by identity to tell code's sets from the widget's own. */
const NO_RATINGS: Ratings = Object.freeze({});

/**
 * Skill rows rendered at first (see the class comment on scale): three heights of the box at its tallest (44rem,
 * about 20 rows), so a reader who scrolls finds rows, and the default data (58 skills) whole.
 */
export const ROW_BATCH = 60;
/**
 * Skill rows added each time more are asked for, or the reader scrolls near the end: fewer than the first batch,
 * since each one lays the whole table out again (100 took 74 ms to the next paint with 1,000 skills, 350 ms on a
 * four times slower CPU; 50 take 53 ms and 171 ms).
 */
export const MORE_ROWS = 50;

/** The text label of each rating level (UI text, so it lives here, through `msg()`). */
export function ratingLabel(rating: Rating): string {
  switch (rating) {
    case 0:
      return msg('Not yet');
    case 1:
      return msg('Aware');
    case 2:
      return msg('Practising');
    case 3:
      return msg('Proficient');
    default:
      return msg('Expert');
  }
}

/** A message shown under the assessment tools: the outcome of an export or import. */
interface Notice {
  kind: 'status' | 'error';
  text: string;
}

/** What every row of one render shares, computed once per render rather than once per cell. */
interface RowContext {
  focus: readonly ReadonlySet<string>[];
  /** Class of each stage column: `selected`, `target`, both or none. */
  columns: readonly string[];
  /** The labels of the symbols in the cells. */
  yes: string;
  no: string;
  gaps: ReadonlyMap<string, SkillGap> | undefined;
  notFocus: TemplateResult | undefined;
}

/**
 * Skills × stages: every skill of the data, grouped by category, against the career's stages in order. Each cell
 * says in text and symbol whether that stage puts its focus on that skill. With `assess`, the reader rates each
 * skill 0–4, sees the gap to a `target` stage, exports the ratings (JSON, CSV) and imports them again; with
 * `storage-key` the ratings are kept in this browser.
 *
 * Markup: a native `<table>` (categories are row-group headers, stages column headers) of native controls, so
 * the keyboard works as everywhere else: Tab through the stage buttons (one tab stop; arrows, Home and End move
 * along the stages) and the rating selects (arrow keys change a rating).
 *
 * Narrow screens: the table scrolls sideways inside its box with the skill names pinned on the left and the stage
 * headers pinned on top. One stage at a time would hide the very thing a matrix shows (how the focus moves across
 * stages) and need another control; scrolling keeps every column comparable and the row a reader is on in view.
 *
 * Scale: skill rows render in batches, {@link ROW_BATCH} at once, {@link MORE_ROWS} more when the reader scrolls
 * near the end of the box or presses "Show … more", and all of them before printing. Measured in headless
 * Chromium (2 busy cores, Lit dev mode), all 1,000 skills × 10 stages at once took 230–280 ms, 600–900 ms with
 * the rating selects (mostly style and layout of 11,000 cells), far over the 100 ms budget. The first batch, 60
 * rows, takes 24–27 ms in `npm run bench` (data already validated; 100 rows took 37–41 ms). Batches keep a real
 * table with sticky headers, which a virtualiser (rows positioned absolutely) would break, and the default data
 * (58 skills) fits in one batch.
 *
 * @tagname career-skills-matrix
 * @summary Skills × stages, with an optional self-assessment.
 * @fires career-stage-change - The reader selected or cleared a stage column; `detail.stage` is its id or `null`. Bubbles, composed.
 * @fires career-assessment-change - The reader changed or imported ratings; `detail.ratings` holds all of them (skill id → 0–4). Bubbles, composed.
 * @fires career-error - The data could not be used; `detail.errors` lists each problem with its JSON path.
 * @csspart heading - The widget's heading.
 * @csspart toolbar - The filter and target controls.
 * @csspart filter - The category select.
 * @csspart legend - The key to the symbols and the rating scale.
 * @csspart assessment - The self-assessment summary, export and import.
 * @csspart summary - The sentence that sums up the gap to the target stage.
 * @csspart message - A message about an export, an import or storage.
 * @csspart scroller - The scrolling box around the table.
 * @csspart matrix - The table.
 * @csspart stage-button - The button in a stage's column header that selects it.
 * @csspart rating - The rating select of a skill.
 * @csspart more - The button that renders the next batch of rows of a large framework.
 * @csspart error - The error panel shown for unusable data.
 * @csspart loading - The notice shown while `src` loads.
 * @cssprop --career-color-accent - Accent: focus dots, the selected column, focus ring.
 * @cssprop --career-color-accent-soft - Background of the selected column.
 * @cssprop --career-color-surface - Background.
 * @cssprop --career-color-surface-raised - Background of headers and category rows.
 * @cssprop --career-color-text - Text colour.
 * @cssprop --career-color-muted - Secondary text and empty cells.
 * @cssprop --career-color-border - Borders.
 * @cssprop --career-color-danger - Error messages.
 * @cssprop --career-color-danger-soft - Background of the error panel.
 * @cssprop --career-color-on-accent - Text of the selected stage's mark.
 * @cssprop --career-focus-ring - Focus outline (default `2px solid` the accent).
 * @cssprop --career-radius - Corner radius.
 * @cssprop --career-space - Base spacing.
 * @cssprop --career-matrix-max-height - Height of the scrolling box before it scrolls (default `min(75vh, 44rem)`; `90svh` in a window under 480px high).
 */
export class CareerSkillsMatrix extends LitElement {
  static override styles = [tokens, widgetStyles, skillsMatrixStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    stage: { reflect: true },
    theme: { reflect: true },
    category: { reflect: true },
    assess: { type: Boolean, reflect: true },
    target: { reflect: true },
    ratings: { attribute: false },
    storageKey: { attribute: 'storage-key' },
  };

  // `private`, not `#`: test/default-data.test.ts reads it to tell which default data the widget took.
  private readonly source = new DatasetController(this, { fallback: skillsMatrixData });
  readonly #roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.stage-button')],
    orientation: () => 'horizontal',
  });
  readonly #storage = new StorageController<AssessmentDocument>(this, {
    key: () => this.storageKey,
    // Ratings stored for another dataset are foreign, as an import refuses them: set aside, not shown or saved over.
    parse: (value) => {
      const result = parseAssessmentDocument(value);
      const id = result.ok ? result.document.dataset?.id : undefined;
      const data = this.source.dataset;
      return result.ok && (!id || !data || id === data.id) ? result.document : undefined;
    },
    // Rated in another matrix with this key (on this page or in another tab): show those ratings here too, so that
    // saving here does not undo them. Not this reader's change here: no event.
    changed: () => {
      this.ratings = this.#storage.read()?.ratings ?? NO_RATINGS;
      this.#ownRatings = this.ratings;
    },
  });

  #stages: readonly Stage[] = [];
  #selected: Stage | undefined;
  #targetStage: Stage | undefined;
  /** Categories with skills, or the one chosen by `category`. */
  #groups: SkillGroup[] = [];
  /** The rows rendered so far: `#groups` cut after `#rowLimit` skills. */
  #shown: SkillGroup[] = [];
  #rowLimit = ROW_BATCH;
  #skillCount = 0;
  #shownCount = 0;
  #lastDataset: Dataset | undefined;
  #moreObserver: IntersectionObserver | undefined;
  /** The stage whose column was last brought into view (see `#revealSelected`), and where that left the box. */
  #revealed: string | undefined;
  #revealedAt = 0;
  /** Watches the scroller and its table, to show the hint to scroll sideways while the table is the wider. */
  #sizeObserver: ResizeObserver | undefined;
  #sizedTable: Element | undefined;
  /** Before printing, every row is rendered (the "Show more" button does not print). */
  readonly #onBeforePrint = () => {
    this.#rowLimit = Number.POSITIVE_INFINITY;
    this.requestUpdate();
  };
  /** Every category, for the filter. */
  #categories: SkillGroup[] = [];
  /** The category chosen by `category`, when the data has it. */
  #chosen: SkillGroup | undefined;
  /** `ratings` with invalid entries left out. */
  #validRatings: Record<string, Rating> = {};
  #gap: AssessmentGap | null = null;
  /** The ratings object this element last set or saw; any other value was set by code. */
  #ownRatings: Ratings = NO_RATINGS;
  #notice: Notice | null = null;
  /** The locale of numbers (`textLocale`), read once per update as the other widgets do. */
  #locale = 'en';

  /** A dataset object (validated when set); wins over `src`. */
  data: DatasetInput | Dataset | null = null;

  /** URL of a dataset JSON, fetched and validated. */
  src: string | null = null;

  /** The selected stage id; its column is highlighted. */
  stage: string | null = null;

  /** Colour scheme; absent follows the page's `prefers-color-scheme`. */
  theme: 'light' | 'dark' | undefined;

  /** Shows only the skills of this category id; absent shows every category. */
  category: string | null = null;

  /** Self-assessment mode: a 0–4 rating per skill, the gap to `target`, export and import. */
  assess = false;

  /** The stage id to measure the ratings against (in `assess` mode). */
  target: string | null = null;

  /**
   * Skill id → rating 0–4; unrated skills are absent. Setting it by code fires no event.
   * @default {}
   */
  ratings: Ratings = NO_RATINGS;

  /**
   * `localStorage` key under which the ratings are kept; without it nothing is stored. Matrices sharing a key, in
   * this page or in other tabs, show each other's ratings.
   */
  storageKey: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    this.#moreObserver?.disconnect();
    this.#moreObserver = undefined;
    this.#sizeObserver?.disconnect();
    this.#sizedTable = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#locale = textLocale(this);
    const dataset = this.source.dataset;
    const newData = dataset !== this.#lastDataset;
    // New data reads the stored ratings again: they may belong to other data.
    const read = changed.has('storageKey') || (newData && !!this.storageKey);
    if (read || changed.has('ratings')) this.#syncRatings(read, !!changed.get('storageKey') || newData);
    this.#stages = dataset ? stagesInOrder(dataset) : [];
    this.#selected = this.source.selectedStage();
    this.#categories = dataset ? skillsByCategory(dataset) : [];
    this.#groups = this.#filterGroups();
    if (newData || changed.has('category')) this.#rowLimit = ROW_BATCH;
    this.#lastDataset = dataset;
    this.#cutRows();
    this.#targetStage = this.#findTarget(dataset);
    this.#gap =
      dataset && this.assess && this.#targetStage
        ? assessmentGap(dataset, this.#validRatings, this.#targetStage.id)
        : null;
    // New data (from `src`, say) places the tab stop on the selected stage again.
    if (newData || changed.has('stage')) {
      const index = this.#stages.findIndex((s) => s.id === this.#selected?.id);
      if (index >= 0) this.#roving.active = index;
    }
  }

  protected override updated(): void {
    const scroller = this.renderRoot.querySelector('.scroller');
    this.#watchWidth(scroller);
    if (scroller && this.#selected?.id !== this.#revealed) this.#revealSelected(scroller);
    // Scrolling near the "Show more" button renders the next batch, so a mouse or touch reader just scrolls on; not
    // when the button is scrolled into view because it took focus: the keyboard reader is about to press it, and a
    // batch added now would push it out of sight.
    const more = this.renderRoot.querySelector('.more-button');
    this.#moreObserver?.disconnect();
    this.#moreObserver = undefined;
    if (!more || !scroller || typeof IntersectionObserver === 'undefined') return;
    this.#moreObserver = new IntersectionObserver(
      (entries) => {
        if (this.shadowRoot!.activeElement !== more && entries.some((e) => e.isIntersecting))
          this.#showMore();
      },
      { root: scroller, rootMargin: '0px 0px 320px 0px' },
    );
    this.#moreObserver.observe(more);
  }

  /**
   * The hint to scroll sideways shows while the table is wider than its box: on a phone, or with many stages at any
   * width, whether or not the browser draws a scrollbar.
   */
  #watchWidth(scroller: Element | null): void {
    const table = scroller?.querySelector('table');
    if (!scroller || !table || table === this.#sizedTable || typeof ResizeObserver === 'undefined') return;
    this.#sizedTable = table;
    // Shown or hidden in the next frame: the hint's line may change the page's height, and with it the scroller's
    // width (a page scrollbar), which within the same frame would be a ResizeObserver loop.
    this.#sizeObserver ??= new ResizeObserver(() =>
      requestAnimationFrame(() => {
        const box = this.renderRoot.querySelector('.scroller');
        const hint = this.renderRoot.querySelector<HTMLElement>('.scroll-hint');
        if (box && hint) hint.hidden = box.scrollWidth <= box.clientWidth;
        // Columns that changed width (a box that settled later, a font) may have moved the selected one out of
        // view: again, unless the reader has scrolled the box meanwhile.
        if (box && box.scrollLeft === this.#revealedAt) this.#revealSelected(box);
      }),
    );
    this.#sizeObserver.disconnect();
    this.#sizeObserver.observe(scroller);
    this.#sizeObserver.observe(table);
  }

  /**
   * Loads stored ratings when `storage-key` or the data changes; saves ratings set by code; cleans what is shown.
   * `replace`: the ratings shown belong to another key or other data, so an empty (or unreadable) key clears them.
   */
  #syncRatings(read: boolean, replace: boolean): void {
    const setByCode = this.ratings !== this.#ownRatings;
    // Read first even when code set ratings, so that unreadable data is set aside before it is written over.
    const stored = read ? this.#storage.read() : undefined;
    // Ratings set by code in the same update win over what was stored (and replace it).
    if (setByCode) this.#save();
    else if (stored) this.ratings = stored.ratings;
    else if (read && replace && this.storageKey) this.ratings = NO_RATINGS;
    this.#ownRatings = this.ratings;
    const { ratings, invalid } = cleanRatings(this.ratings);
    if (invalid.length > 0) {
      warnOnce(
        this,
        `<${this.localName}> ignores ratings that are not a skill id → a whole number 0–4: ${invalid.join(', ')}.`,
      );
    }
    this.#validRatings = ratings;
  }

  #filterGroups(): SkillGroup[] {
    this.#chosen = undefined;
    if (this.category) {
      this.#chosen = this.#categories.find((g) => g.category.id === this.category);
      if (this.#chosen) return [this.#chosen];
      if (this.#categories.length > 0) {
        warnOnce(this, `<${this.localName}> has no category "${this.category}" in its data; showing all.`);
      }
    }
    return this.#categories.filter((g) => g.skills.length > 0);
  }

  /** Keeps the first `#rowLimit` skill rows, whole categories first, the last one cut. */
  #cutRows(): void {
    this.#skillCount = this.#groups.reduce((n, g) => n + g.skills.length, 0);
    let left = this.#rowLimit;
    this.#shown = [];
    for (const group of this.#groups) {
      if (left <= 0) break;
      this.#shown.push(
        group.skills.length <= left ? group : { ...group, skills: group.skills.slice(0, left) },
      );
      left -= group.skills.length;
    }
    this.#shownCount = Math.min(this.#skillCount, this.#rowLimit);
  }

  #findTarget(dataset: Dataset | undefined): Stage | undefined {
    if (!dataset || !this.target) return undefined;
    const stage = stageById(dataset, this.target);
    if (!stage) {
      warnOnce(this, `<${this.localName}> has no stage "${this.target}" in its data; no target is set.`);
    }
    return stage ?? undefined;
  }

  /** Writes the ratings under `storage-key` (a no-op without one). */
  #save(): void {
    if (this.storageKey) this.#storage.write(assessmentDocument(this.source.dataset, this.ratings));
  }

  /** Ratings changed by the reader: kept, saved, announced with all ratings. */
  #commitRatings(next: Record<string, Rating>): void {
    this.ratings = next;
    this.#ownRatings = next;
    this.#save();
    fire(this, 'career-assessment-change', { ratings: { ...next } });
  }

  #formatNumber(n: number): string {
    return new Intl.NumberFormat(this.#locale).format(n);
  }

  /** "1 rating", "12 ratings". */
  #ratingCount(n: number): string {
    return n === 1 ? msg('1 rating') : msg(str`${this.#formatNumber(n)} ratings`);
  }

  #onStageClick(stage: Stage, index: number): void {
    this.#roving.setActive(index);
    this.source.selectStage(this.stage === stage.id ? null : stage.id);
  }

  /** Focus left the button: watched afresh, it loads the next batch if it is still near the view. */
  #onMoreBlur(event: FocusEvent): void {
    this.#moreObserver?.unobserve(event.target as Element);
    this.#moreObserver?.observe(event.target as Element);
  }

  /** Renders the next batch of rows (the "Show more" button, or scrolling near it). */
  async #showMore(): Promise<void> {
    if (this.#shownCount >= this.#skillCount) return;
    const first = this.#shownCount;
    const focused = this.shadowRoot?.activeElement?.classList.contains('more-button');
    this.#rowLimit += MORE_ROWS;
    this.requestUpdate();
    await this.updateComplete;
    // Pressed, the button would sit below the new rows, out of sight (or be gone after the last batch): focus moves to
    // the first new row's header, where the reader goes on reading, and the browser scrolls it into view.
    if (!focused) return;
    const header = this.renderRoot.querySelectorAll<HTMLElement>('tbody th[scope="row"]')[first];
    if (!header) return;
    header.tabIndex = -1;
    header.focus();
  }

  /**
   * Scrolls the box sideways, never the page, so that the selected stage's column is in view beside the pinned skill
   * names: in a narrow box a stage selected in another widget (or by attribute) would otherwise change a column out
   * of sight. A column already in view stays put.
   */
  #revealSelected(scroller: Element): void {
    this.#revealed = this.#selected?.id;
    const column = this.renderRoot.querySelector('thead th.selected');
    if (!column) return;
    // The view: inside the box's border and scrollbar, and beside the skill names while they are pinned (a very
    // narrow box lets them scroll along).
    const rect = scroller.getBoundingClientRect();
    const left = rect.left + scroller.clientLeft;
    const right = left + scroller.clientWidth;
    const name = this.renderRoot.querySelector('tbody th[scope="row"]');
    const pin = name && getComputedStyle(name).position === 'sticky' ? name.getBoundingClientRect() : null;
    const col = column.getBoundingClientRect();
    const rtl = getComputedStyle(scroller).direction === 'rtl';
    const start = rtl ? (pin?.left ?? right) : (pin?.right ?? left); // the edge of the view at the names' side
    const end = rtl ? left : right;
    const before = rtl ? col.right - start : start - col.left; // how far the column reaches under the names
    const after = rtl ? end - col.left : col.right - end; // how far past the far edge
    const by = before > 0 ? -before : after > 0 ? Math.min(after, -before) : 0;
    if (by) scroller.scrollBy({ left: Math.round(rtl ? -by : by) });
    this.#revealedAt = scroller.scrollLeft;
  }

  /**
   * Scrolls a focused control out from under the pinned header row and skill names (WCAG 2.4.11). Chromium scrolls
   * focus into view only when it is outside the box, not when it is under something pinned in the box.
   */
  #onFocusIn(event: FocusEvent): void {
    const target = event.target as HTMLElement;
    if (target.localName === 'th') return; // a row header is the pinned column itself
    const pinned = this.renderRoot.querySelector('.skill-head');
    unobscure(event.currentTarget as Element, target, pinned, !target.closest('thead'));
  }

  #onCategoryChange(event: Event): void {
    this.category = (event.target as HTMLSelectElement).value || null;
  }

  #onTargetChange(event: Event): void {
    this.target = (event.target as HTMLSelectElement).value || null;
  }

  #onRatingChange(event: Event): void {
    const select = event.target as HTMLSelectElement;
    const id = select.dataset.skill;
    if (!id) return;
    const next: Record<string, Rating> = { ...this.#validRatings };
    if (select.value === '') delete next[id];
    else next[id] = Number(select.value) as Rating;
    this.#notice = null;
    this.#commitRatings(next);
  }

  #onExport(kind: 'json' | 'csv'): void {
    const data = this.source.dataset;
    if (!data) return;
    const content =
      kind === 'json'
        ? assessmentToJson(data, this.#validRatings)
        : assessmentToCsv(data, this.#validRatings, ratingLabel);
    const type = kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8';
    // A byte order mark tells spreadsheet programs (Excel above all) that the CSV is UTF-8: accents survive.
    this.download(kind === 'csv' ? `\uFEFF${content}` : content, `${data.id}-self-assessment.${kind}`, type);
    const count = this.#ratingCount(Object.keys(this.#validRatings).length);
    this.#notice = {
      kind: 'status',
      text: kind === 'json' ? msg(str`Downloaded ${count} as JSON.`) : msg(str`Downloaded ${count} as CSV.`),
    };
    this.requestUpdate();
  }

  /** Offers text as a file download: a Blob, an object URL and a temporary `<a download>`. */
  protected download(content: string, filename: string, type: string): void {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoked later: some browsers read the URL only after the click has returned.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async #onImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const data = this.source.dataset;
    if (!file || !data) return;
    input.value = '';
    const key = this.storageKey;
    let result: ReturnType<typeof parseAssessmentImport>;
    if (file.size > MAX_ASSESSMENT_BYTES) {
      result = { ok: false, problem: { reason: 'too-large', limit: MAX_ASSESSMENT_BYTES } };
    } else {
      try {
        result = parseAssessmentImport(await file.text(), data);
      } catch {
        result = { ok: false, problem: { reason: 'not-json' } };
      }
      // Read while the page went on: a widget removed, or given other data or another storage key meanwhile,
      // drops the file rather than store or announce ratings that no longer apply.
      if (!this.isConnected || this.source.dataset !== data || this.storageKey !== key) return;
    }
    if (!result.ok) {
      this.#notice = { kind: 'error', text: this.#importProblem(result.problem, file.name, data) };
      this.requestUpdate();
      return;
    }
    const count = this.#ratingCount(Object.keys(result.ratings).length);
    const skipped = result.unknown.length;
    this.#notice = {
      kind: 'status',
      text:
        skipped === 0
          ? msg(str`Imported ${count} from ${file.name}.`)
          : msg(
              str`Imported ${count} from ${file.name}; ${this.#formatNumber(skipped)} for skills this data does not have left out.`,
            ),
    };
    this.#commitRatings(result.ratings);
  }

  #importProblem(problem: AssessmentProblem, file: string, data: Dataset): string {
    let why: string;
    switch (problem.reason) {
      case 'too-large':
        why = msg(str`${file} is too large to be a ratings file.`);
        break;
      case 'not-json':
        why = msg(str`${file} is not JSON. Choose a file downloaded with “Export JSON”.`);
        break;
      case 'newer-format':
        why = msg(str`${file} was written by a newer version of this widget.`);
        break;
      case 'other-dataset':
        why = msg(str`${file} holds ratings for “${problem.dataset}”, not for ${data.name}.`);
        break;
      case 'bad-rating':
        why = msg(
          str`${file} has an invalid rating at ${problem.path}: expected a whole number from 0 to 4.`,
        );
        break;
      default:
        why = msg(str`${file} does not hold ratings exported from this widget.`);
    }
    return `${msg('Nothing was imported.')} ${why}`;
  }

  protected override render() {
    const state = this.source.state;
    if (state.status !== 'ready') return renderDatasetState(state);
    const data = state.dataset;
    return content(
      data.locale,
      html`
      <h2 class="heading" part="heading">${msg(str`${data.name}: skills by stage`)}</h2>
      ${this.renderToolbar()} ${this.renderLegend()} ${this.assess ? this.renderAssessment() : nothing}
      ${this.#skillCount > 0 ? this.renderTable(data) : this.renderEmpty()}
    `,
    );
  }

  protected renderToolbar(): TemplateResult {
    const chosen = this.#chosen?.category.id ?? '';
    return html`<div class="toolbar" part="toolbar" data-print="hide">
      <label class="field">
        <span>${msg('Category')}</span>
        <select part="filter" .value=${live(chosen)} @change=${this.#onCategoryChange}>
          <option value="" ?selected=${chosen === ''}>${msg('All categories')}</option>
          ${this.#categories.map(
            (g) => html`<option value=${g.category.id} ?selected=${chosen === g.category.id}>
              ${g.category.name}
            </option>`,
          )}
        </select>
      </label>
      ${
        this.assess
          ? html`<label class="field">
            <span>${msg('Target stage')}</span>
            <select .value=${live(this.#targetStage?.id ?? '')} @change=${this.#onTargetChange}>
              <option value="" ?selected=${!this.#targetStage}>${msg('No target')}</option>
              ${this.#stages.map(
                (s) =>
                  html`<option value=${s.id} ?selected=${s.id === this.#targetStage?.id}>${s.name}</option>`,
              )}
            </select>
          </label>`
          : nothing
      }
    </div>`;
  }

  protected renderLegend(): TemplateResult {
    return html`<div class="legend" part="legend">
      <span><span class="dot" aria-hidden="true">●</span> ${msg('Focus of that stage')}</span>
      <span><span class="none" aria-hidden="true">—</span> ${msg('Not a focus')}</span>
      ${
        this.assess
          ? html`<span class="scale"
            >${msg('Ratings:')}
            ${([0, 1, 2, 3, 4] as const).map((r) => html`<span class="level">${r} ${ratingLabel(r)}</span>`)}</span
          >`
          : nothing
      }
    </div>`;
  }

  protected renderAssessment(): TemplateResult {
    const problem = this.#storage.problem;
    return html`<section class="assessment" part="assessment" aria-labelledby="assessment-heading">
      <h3 id="assessment-heading">${msg('Your self-assessment')}</h3>
      <p class="muted">
        ${
          this.storageKey
            ? msg('Rate each skill from 0 to 4. Your ratings are saved in this browser only.')
            : msg('Rate each skill from 0 to 4. Your ratings are not saved: export them to keep them.')
        }
      </p>
      <p class="summary" part="summary" role="status">${this.#summaryText()}</p>
      <div class="file-tools" data-print="hide">
        <button type="button" @click=${() => this.#onExport('json')}>${msg('Export JSON')}</button>
        <button type="button" @click=${() => this.#onExport('csv')}>${msg('Export CSV')}</button>
        <label class="import">
          <span>${msg('Import ratings (JSON)')}</span>
          <input type="file" accept=".json,application/json" @change=${this.#onImport} />
        </label>
      </div>
      <div class="messages" data-print="hide">
        <p class="message" part="message" role="status">${this.#notice?.kind === 'status' ? this.#notice.text : nothing}</p>
        ${this.#notice?.kind === 'error' ? html`<p class="message error" part="message" role="alert">${this.#notice.text}</p>` : nothing}
        ${problem ? this.renderStorageProblem(problem) : nothing}
      </div>
    </section>`;
  }

  protected renderStorageProblem(problem: StorageProblem): TemplateResult {
    return html`<p class="message warning" part="message" role="alert">
      <span aria-hidden="true">⚠</span> ${problem.message}
    </p>`;
  }

  /** "7 of 12 focus skills at or above Practising", or how many skills are rated when there is no target. */
  #summaryText(): string {
    const gap = this.#gap;
    if (!gap) {
      const total = this.#skillCount;
      const rated = this.#groups.reduce(
        (n, g) => n + g.skills.filter((s) => Object.hasOwn(this.#validRatings, s.id)).length,
        0,
      );
      return msg(str`${this.#formatNumber(rated)} of ${this.#formatNumber(total)} skills rated.`);
    }
    const { focusCount, metCount } = gap.summary;
    if (focusCount === 0) return msg(str`${gap.stage.name} puts its focus on no skill in this data.`);
    const level = ratingLabel(gap.expected);
    return msg(
      str`${this.#formatNumber(metCount)} of ${this.#formatNumber(focusCount)} focus skills of ${gap.stage.name} at or above ${level}.`,
    );
  }

  protected renderEmpty(): TemplateResult {
    return html`<p class="empty">
      ${this.#chosen ? msg('No skills in this category.') : msg('This data lists no skills.')}
    </p>`;
  }

  protected renderTable(data: Dataset): TemplateResult {
    const focusIndex = skillFocusByStage(data);
    const empty = new Set<string>();
    const columns = this.#stages.map((s) =>
      [s.id === this.#selected?.id ? 'selected' : '', s.id === this.#targetStage?.id ? 'target' : '']
        .join(' ')
        .trim(),
    );
    const gap = this.#gap;
    const context: RowContext = {
      focus: this.#stages.map((s) => focusIndex.get(s.id) ?? empty),
      columns,
      yes: msg('Focus'),
      no: msg('Not a focus'),
      gaps: gap ? new Map(gap.skills.map((g) => [g.skill.id, g])) : undefined,
      notFocus: gap
        ? html`<span class="none" role="img" aria-label=${msg(str`Not a focus of ${gap.stage.name}`)}>—</span>`
        : undefined,
    };
    const columnCount = 1 + this.#stages.length + (this.assess ? 1 : 0) + (gap ? 1 : 0);
    const caption = this.#chosen
      ? msg(str`Skills focus by career stage: ${this.#chosen.category.name}`)
      : msg('Skills focus by career stage');
    const hint = msg('Scroll the table sideways to see every stage.');
    return html`<p class="scroll-hint" data-print="hide" hidden>${hint}</p>
      <div
      class="scroller"
      part="scroller"
      role="region"
      aria-labelledby="caption"
      tabindex="0"
      @focusin=${this.#onFocusIn}
    >
      <table part="matrix">
        <caption id="caption" class="visually-hidden">${caption}</caption>
        <thead>
          <tr @keydown=${(e: KeyboardEvent) => this.#roving.handleKeydown(e)}>
            <th scope="col" class="skill-head">${msg('Skill')}</th>
            ${this.assess ? html`<th scope="col" class="rating-head">${msg('Your rating')}</th>` : nothing}
            ${gap ? html`<th scope="col" class="gap-head">${msg(str`Gap to ${gap.stage.name}`)}</th>` : nothing}
            ${this.#stages.map((stage, i) => this.renderStageHeader(stage, i, columns[i]!))}
          </tr>
        </thead>
        ${this.#shown.map((group) => this.renderGroup(group, columnCount, context))}
      </table>
      ${this.#shownCount < this.#skillCount ? this.renderMore() : nothing}
    </div>`;
  }

  protected renderMore(): TemplateResult {
    const next = this.#formatNumber(Math.min(MORE_ROWS, this.#skillCount - this.#shownCount));
    return html`<div class="more" data-print="hide">
      <p role="status">
        ${msg(str`Showing ${this.#formatNumber(this.#shownCount)} of ${this.#formatNumber(this.#skillCount)} skills.`)}
      </p>
      <button type="button" class="more-button" part="more" @click=${this.#showMore} @blur=${this.#onMoreBlur}>
        ${msg(str`Show ${next} more`)}
      </button>
    </div>`;
  }

  protected renderStageHeader(stage: Stage, index: number, columnClass: string): TemplateResult {
    const selected = stage.id === this.#selected?.id;
    const target = stage.id === this.#targetStage?.id;
    return html`<th scope="col" class="stage ${columnClass}">
      <button
        type="button"
        class="stage-button"
        part="stage-button"
        aria-pressed=${String(selected)}
        tabindex=${this.#roving.tabIndex(index)}
        @click=${() => this.#onStageClick(stage, index)}
      >
        ${stage.name}
      </button>
      ${stage.years ? html`<span class="years">${typicalYears(stage.years, this.#locale)}</span>` : nothing}
      ${selected ? html`<span class="marker"><span aria-hidden="true">▼</span> ${msg('Selected')}</span>` : nothing}
      ${target ? html`<span class="marker target-marker"><span aria-hidden="true">◎</span> ${msg('Target')}</span>` : nothing}
    </th>`;
  }

  protected renderGroup(group: SkillGroup, columnCount: number, context: RowContext): TemplateResult {
    return html`<tbody>
      <tr class="category">
        <th scope="rowgroup" colspan=${columnCount}><span>${group.category.name}</span></th>
      </tr>
      ${group.skills.map((skill) => this.renderSkill(skill, context))}
    </tbody>`;
  }

  protected renderSkill(skill: Skill, context: RowContext): TemplateResult {
    return html`<tr>
      <th scope="row">${skill.name}</th>
      ${this.assess ? this.renderRating(skill) : nothing}
      ${context.gaps ? this.renderGap(context.gaps.get(skill.id), context) : nothing}
      ${context.focus.map((ids, i) =>
        // One element per cell (a labelled symbol, not a symbol plus hidden text: half the nodes at scale), and one
        // template per cell: the cells are most of what the matrix renders.
        ids.has(skill.id)
          ? html`<td class=${context.columns[i]!}><span class="dot" role="img" aria-label=${context.yes}>●</span></td>`
          : html`<td class=${context.columns[i]!}><span class="none" role="img" aria-label=${context.no}>—</span></td>`,
      )}
    </tr>`;
  }

  protected renderRating(skill: Skill): TemplateResult {
    const rating = Object.hasOwn(this.#validRatings, skill.id) ? this.#validRatings[skill.id] : undefined;
    return html`<td class="rating">
      <select
        part="rating"
        data-skill=${skill.id}
        aria-label=${msg(str`Your rating: ${skill.name}`)}
        .value=${live(rating === undefined ? '' : String(rating))}
        @change=${this.#onRatingChange}
      >
        <option value="">${msg('Not rated')}</option>
        <option value="0">0 ${ratingLabel(0)}</option>
        <option value="1">1 ${ratingLabel(1)}</option>
        <option value="2">2 ${ratingLabel(2)}</option>
        <option value="3">3 ${ratingLabel(3)}</option>
        <option value="4">4 ${ratingLabel(4)}</option>
      </select>
    </td>`;
  }

  protected renderGap(gap: SkillGap | undefined, context: RowContext): TemplateResult {
    if (!gap) return html`<td class="gap">${context.notFocus}</td>`;
    if (gap.met) {
      return html`<td class="gap met"><span aria-hidden="true">✓</span> ${msg('Met')}</td>`;
    }
    const levels =
      gap.gap === 1 ? msg('1 level to go') : msg(str`${this.#formatNumber(gap.gap)} levels to go`);
    return html`<td class="gap short">
      <span aria-hidden="true">△</span> ${gap.rating === undefined ? msg(str`Not rated: ${levels}`) : levels}
    </td>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-skills-matrix': CareerSkillsMatrix;
  }
}
