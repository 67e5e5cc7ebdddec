import { msg, str } from '@lit/localize';
import {
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { live } from 'lit/directives/live.js';
import { AnnounceController, TYPING_PAUSE } from '../controllers/announce-controller.js';
import { DatasetController } from '../controllers/dataset-controller.js';
import { titleExplorerData } from '../data/default/title-explorer.js';
import {
  explorerTiers,
  exploreTitles,
  type HashState,
  readHashState,
  type Tier,
  tierById,
  titleTier,
  typeAheadIndex,
  writeHashState,
} from '../data/explorer.js';
import { titleById } from '../data/query/records.js';
import { certificationsForTitle, relatedTitles, titleNextSteps, titleStage } from '../data/query/titles.js';
import type { Dataset, DatasetInput, Title } from '../data/schema.js';
import { type FieldMatch, highlightSegments, queryWords, type TitleMatch } from '../data/search.js';
import { fire } from '../shared/events.js';
import { textLocale } from '../shared/locale.js';
import { tokens, widgetStyles } from '../shared/styles.js';
import {
  certificationLabel,
  content,
  formatList,
  renderDatasetState,
  typicalYears,
} from '../shared/templates.js';
import { warnOnce } from '../shared/warn.js';
import { titleExplorerStyles } from './title-explorer.styles.js';

/** Options rendered at first, and added by each "Show more": the list never renders thousands of nodes. */
const PAGE = 100;
/** Keys typed within this many milliseconds form one type-ahead prefix. */
const TYPE_AHEAD_MS = 500;
/** Longest query quoted back in the "no titles match" message. */
const QUOTED_QUERY = 60;

/**
 * Every job title of the career: the job titles of each stage (tier), the foundation roles, the specialised roles
 * and the related career paths, each with its description and tier. An instant search (case- and
 * accent-insensitive, over names, aliases and descriptions) and a tier filter narrow the list; choosing a title
 * opens its detail: tier and typical years, next steps, related paths and the certifications that help.
 *
 * The list is a WAI-ARIA listbox (arrow keys, Home/End, type-ahead, Enter opens the detail); Escape clears the
 * search. It renders the first 100 matches and a "Show more" button, so 10,000 titles stay fast. Inside a
 * `<career-provider>` the selected stage filters the tier, and choosing a stage's tier selects that stage in the
 * other widgets. With `sync-url`, the selection and the query live in `location.hash`
 * (`#career-title=…&career-query=…`); without it the URL is never touched.
 *
 * @tagname career-title-explorer
 * @summary Search and browse every job title, its tier, next steps and related paths.
 * @fires career-title-select - The reader chose a title; `detail.id` is its id. Bubbles, composed.
 * @fires career-stage-change - The reader chose a tier: `detail.stage` is the stage id, or `null` for a tier that is not a stage. Bubbles, composed.
 * @fires career-error - The data could not be used; `detail.errors` lists each problem with its JSON path.
 * @csspart heading - The explorer's heading.
 * @csspart controls - The search box and the tier filter.
 * @csspart search - The search input.
 * @csspart tier - The tier select.
 * @csspart count - The live count of matching titles.
 * @csspart list - The listbox of titles.
 * @csspart group-label - The tier label above a group of options (when browsing every tier).
 * @csspart option - One title in the list.
 * @csspart empty - The message shown when no title matches.
 * @csspart more - The "Show more" button.
 * @csspart detail - The detail region of the selected title.
 * @csspart back - The "Back to the list" button of the detail (narrow layouts only).
 * @csspart title-link - A next step or related path in the detail, which opens that title.
 * @csspart placeholder - The hint shown beside the list while no title is selected.
 * @csspart error - The error panel shown for unusable data.
 * @csspart loading - The notice shown while `src` loads.
 * @cssprop --career-color-accent - Accent: selected title, links, focus ring.
 * @cssprop --career-color-accent-soft - Background of the selected title.
 * @cssprop --career-color-mark - Background of search matches.
 * @cssprop --career-color-surface - Background.
 * @cssprop --career-color-surface-raised - Background of the detail.
 * @cssprop --career-color-text - Text colour.
 * @cssprop --career-color-muted - Secondary text.
 * @cssprop --career-color-border - Borders.
 * @cssprop --career-color-danger - Border of the error panel.
 * @cssprop --career-color-danger-soft - Background of the error panel.
 * @cssprop --career-focus-ring - Focus outline (default `2px solid` the accent).
 * @cssprop --career-radius - Corner radius.
 * @cssprop --career-space - Base spacing.
 * @cssprop --career-sticky-top - How far below the top of the window the detail stays as the page scrolls, beside the list (default `0px`): the height of the page's own fixed header.
 */
export class CareerTitleExplorer extends LitElement {
  static override styles = [tokens, widgetStyles, titleExplorerStyles];

  static override properties: PropertyDeclarations = {
    limit: { state: true },
    active: { state: true },
    detailOpen: { state: true },
    data: { attribute: false },
    src: {},
    stage: { reflect: true },
    theme: { reflect: true },
    query: { reflect: true },
    tier: { reflect: true },
    selected: { reflect: true },
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
  };

  // `private`, not `#`: test/default-data.test.ts reads it to tell which default data the widget took.
  private readonly source = new DatasetController(this, { fallback: titleExplorerData });
  readonly #announcer = new AnnounceController(this);

  // Reactive state (`static properties`): Lit defines accessors under these names, so they cannot be `#` fields.
  /** How many matches the list renders. */
  private limit = PAGE;
  /** Index (among the rendered options) of the active option: `aria-activedescendant`. */
  private active = 0;
  /** At narrow widths the detail replaces the list until "Back". */
  private detailOpen = false;

  #tiers: readonly Tier[] = [];
  #filterTier: Tier | null = null;
  #results: TitleMatch[] = [];
  #resultsFor: { dataset: Dataset; query: string; tier: string | null } | undefined;
  /** The query has words: a query of only spaces or accents lists every title, as an empty one does. */
  #searching = false;
  #chosen: Title | undefined;
  /** `stage` and `tier` as last reconciled, to tell which one moved. */
  #syncedStage: string | null = null;
  #syncedTier: string | null = null;
  #typed = '';
  #typedAt = -Infinity;
  /** Scroll the active option into view after the update: `nearest` for keys, `start` for a selection by code. */
  #scrollToActive: 'nearest' | 'start' | false = false;
  /** Watches a list that was not laid out when its active option was to be revealed. */
  #whenShown: ResizeObserver | undefined;
  #focusAfterUpdate: 'choice' | 'heading' | 'list' | undefined;
  #hashRestored = false;
  /** `history.length` at the last hash change: a link adds an entry, Back and Forward do not. */
  #historyLength = 0;
  #formats: { locale: string; plural: Intl.PluralRules; number: Intl.NumberFormat } | undefined;
  /** The locale of numbers, lists and plurals (`textLocale`), read once per update. */
  #locale = 'en';

  /** A dataset object (validated when set); wins over `src`. */
  data: DatasetInput | Dataset | null = null;

  /** URL of a dataset JSON, fetched and validated. */
  src: string | null = null;

  /** The selected stage id; it filters the tier (linked with the other widgets in a provider). */
  stage: string | null = null;

  /** Colour scheme; absent follows the page's `prefers-color-scheme`. */
  theme: 'light' | 'dark' | undefined;

  /** The search text. */
  query: string | null = null;

  /**
   * The tier filter: a stage id, `specialisation`, `related` or `other` (`related-2`… where a stage has that id);
   * absent lists every tier.
   */
  tier: string | null = null;

  /** The selected title id; its detail is shown. */
  selected: string | null = null;

  /** Keep the selection and the query in `location.hash`, and restore them from it. */
  syncUrl = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    this.#historyLength = history.length;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#whenShown?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#locale = textLocale(this);
    // `undefined` (what @lit/react sets for a prop it is not given) means absent, as `null` does.
    this.stage ??= null;
    this.tier ??= null;
    this.selected ??= null;
    // A server (`@lit-labs/ssr`) has no URL to read: the browser restores the state after it loads.
    if (this.syncUrl && !this.#hashRestored && !isServer) this.#restoreFromHash();
    this.#hashRestored = this.syncUrl;
    if (changed.has('selected') && this.selected !== null) this.detailOpen = true;
    const dataset = this.source.dataset;
    if (!dataset) {
      this.#results = [];
      this.#resultsFor = undefined;
      this.#chosen = undefined;
      return;
    }
    this.#tiers = explorerTiers(dataset);
    this.#linkTierAndStage(dataset);
    this.#filterTier = tierById(dataset, this.tier);
    if (this.tier !== null && !this.#filterTier) {
      warnOnce(this, `<career-title-explorer> has no tier "${this.tier}" in its data; every tier is listed.`);
    }

    this.#chosen = this.selected === null ? undefined : (titleById(dataset, this.selected) ?? undefined);
    if (this.selected !== null && !this.#chosen) {
      warnOnce(
        this,
        `<career-title-explorer> has no title "${this.selected}" in its data; nothing is selected.`,
      );
    }

    const query = this.query ?? '';
    const tier = this.#filterTier?.id ?? null;
    const last = this.#resultsFor;
    if (!last || last.dataset !== dataset || last.query !== query || last.tier !== tier) {
      this.#results = exploreTitles(dataset, query, tier);
      this.#resultsFor = { dataset, query, tier };
      this.#searching = queryWords(query).length > 0;
      this.limit = PAGE;
      this.active = Math.max(0, this.#visibleIndexOf(this.#chosen?.id));
    }
    if (changed.has('selected') && this.#chosen) {
      const index = this.#visibleIndexOf(this.#chosen.id);
      if (index >= 0) {
        this.active = index;
        this.#scrollToActive ||= 'start';
      }
    }
  }

  /**
   * Keeps `tier` and `stage` in step: a stage selected here, by code or in a linked widget, becomes the tier; a tier
   * set by code selects its stage (or no stage for a tier that is not one), without an event.
   */
  #linkTierAndStage(dataset: Dataset): void {
    const stageMoved = this.stage !== this.#syncedStage;
    const tierMoved = this.tier !== this.#syncedTier;
    if (stageMoved && this.stage !== null) {
      if (this.source.selectedStage()) this.tier = this.stage;
    } else if (tierMoved) {
      const tier = tierById(dataset, this.tier);
      if (tier?.kind === 'stage') this.stage = tier.id;
      else if (tier || this.tier === null) this.stage = null;
    } else if (stageMoved && tierById(dataset, this.tier)?.kind === 'stage') {
      this.tier = null;
    }
    this.#syncedStage = this.stage;
    this.#syncedTier = this.tier;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#scrollToActive) {
      this.#revealActive(this.#scrollToActive);
      this.#scrollToActive = false;
    }
    const focus = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    const heading = this.renderRoot.querySelector<HTMLElement>('#detail-heading');
    const listbox = this.renderRoot.querySelector<HTMLElement>('#listbox');
    if (focus === 'heading' || (focus === 'choice' && !this.#listIsShown())) heading?.focus();
    else if (focus === 'list') (listbox ?? this.renderRoot.querySelector<HTMLElement>('#search'))?.focus();
    if (this.syncUrl && (changed.has('query') || changed.has('selected') || changed.has('syncUrl'))) {
      this.#writeHash();
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Handlers

  #onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.query = value === '' ? null : value;
    this.detailOpen = false; // at narrow widths the reader wants to see the list narrowing
    this.#sayCount(TYPING_PAUSE);
  }

  /** Says how many titles the reader's search or tier left. */
  #sayCount(pause = 0): void {
    this.#announcer.say(() => this.countText(this.#results.length), pause);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.query) {
      event.preventDefault();
      event.stopPropagation();
      this.#clearQuery();
    } else if (event.key === 'ArrowDown' && this.#results.length > 0) {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>('#listbox')?.focus();
    }
  }

  /** Escape: every title again, the active option (the chosen title, if any) scrolled into view in the list. */
  #clearQuery(): void {
    this.query = null;
    this.#scrollToActive = 'nearest';
    this.#sayCount();
  }

  #onTierChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value || null;
    this.tier = value;
    this.detailOpen = false;
    this.#sayCount();
    const tier = this.source.dataset ? tierById(this.source.dataset, value) : null;
    this.source.selectStage(tier?.kind === 'stage' ? tier.id : null);
  }

  #onListClick(event: MouseEvent): void {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset.index);
    const match = this.#results[index];
    if (!option || !match || index >= this.limit) return;
    this.active = index;
    this.#choose(match.title);
  }

  #onListKeydown(event: KeyboardEvent): void {
    const count = Math.min(this.limit, this.#results.length);
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    const typing = event.timeStamp - this.#typedAt < TYPE_AHEAD_MS && this.#typed !== '';
    let next: number | undefined;
    if (key === 'ArrowDown') next = this.active + 1;
    else if (key === 'ArrowUp') next = this.active - 1;
    else if (key === 'PageDown') next = this.active + 10;
    else if (key === 'PageUp') next = this.active - 10;
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = count - 1;
    else if (key === 'Enter' || (key === ' ' && !typing)) {
      event.preventDefault();
      const match = this.#results[Math.min(this.active, count - 1)];
      if (match) this.#choose(match.title);
      return;
    } else if (key === 'Escape') {
      if (this.query) {
        event.preventDefault();
        event.stopPropagation();
        this.#clearQuery();
      }
      return;
    } else if ([...key].length === 1) {
      event.preventDefault();
      this.#typed = typing ? this.#typed + key : key;
      this.#typedAt = event.timeStamp;
      const labels = this.#results.slice(0, count).map((m) => m.title.name);
      const found = typeAheadIndex(labels, this.#typed, this.active);
      if (found >= 0) next = found;
      else return;
    } else {
      return;
    }
    event.preventDefault();
    this.active = Math.min(count - 1, Math.max(0, next));
    this.#scrollToActive = 'nearest';
  }

  /** The reader chose a title: select it (one event, only when it changes) and open its detail. */
  #choose(title: Title, focus: 'choice' | 'heading' = 'choice'): void {
    this.detailOpen = true;
    this.#focusAfterUpdate = focus;
    const index = this.#visibleIndexOf(title.id);
    if (index >= 0) this.active = index;
    this.#scrollToActive = 'nearest';
    if (this.selected === title.id) return;
    this.selected = title.id;
    fire(this, 'career-title-select', { id: title.id });
  }

  #onBack(): void {
    this.detailOpen = false;
    this.#focusAfterUpdate = 'list';
    const index = this.#visibleIndexOf(this.#chosen?.id);
    if (index >= 0) {
      this.active = index;
      this.#scrollToActive = 'nearest';
    }
  }

  #onShowMore(event: Event): void {
    this.active = this.limit;
    this.limit += PAGE;
    // The last page removes the button: keep focus in the list, on the first new option.
    if (this.limit >= this.#results.length && this.shadowRoot?.activeElement === event.currentTarget) {
      this.#focusAfterUpdate = 'list';
      this.#scrollToActive = 'nearest';
    }
  }

  readonly #onHashChange = (event: HashChangeEvent): void => {
    const traversed = history.length === this.#historyLength;
    this.#historyLength = history.length;
    if (!this.syncUrl) return;
    this.#restoreFromHash(traversed ? readHashState(event.oldURL.replace(/^[^#]*/, '')) : undefined);
  };

  /**
   * Applies the explorer's keys found in the URL. A key that `was` in the fragment the reader went Back (or Forward)
   * from, and is gone, clears its state; a link elsewhere in the page, such as `#faq`, leaves it as it is.
   */
  #restoreFromHash(was: HashState = { title: null, query: null }): void {
    const saved = readHashState(location.hash);
    if (saved.title !== null || was.title !== null) this.selected = saved.title;
    if (saved.query !== null || was.query !== null) this.query = saved.query || null;
  }

  #writeHash(): void {
    if (!this.source.dataset) return; // the selection cannot be checked yet
    const next = writeHashState(location.hash, {
      title: this.#chosen ? this.#chosen.id : null,
      query: this.#searching ? this.query : null,
    });
    if (next === location.hash) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${next}`);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Helpers

  /** Index of a title among the rendered options, or -1. */
  #visibleIndexOf(id: string | undefined): number {
    if (id === undefined) return -1;
    const end = Math.min(this.limit, this.#results.length);
    for (let i = 0; i < end; i++) if (this.#results[i]!.title.id === id) return i;
    return -1;
  }

  /**
   * Scrolls the listbox (never the page) so that the active option is in view. Options out of view are not laid out
   * (`content-visibility: auto`) and count with an estimated height, so the position is checked again next frame.
   */
  #revealActive(align: 'nearest' | 'start', again = true): void {
    const list = this.renderRoot.querySelector<HTMLElement>('#listbox');
    const option = list?.querySelector<HTMLElement>(`[role="option"][data-index="${this.active}"]`);
    this.#whenShown?.disconnect();
    if (!list || !option) return;
    if (!list.clientHeight) {
      // Not laid out (in a closed dialog, a hidden tab): once it is.
      this.#whenShown = new ResizeObserver(() => list.clientHeight && this.#revealActive(align));
      this.#whenShown.observe(list);
      return;
    }
    // At the start, leave room for the group label above the option.
    const top =
      align === 'start' ? Math.max(0, option.offsetTop - 2 * option.offsetHeight) : option.offsetTop;
    const bottom = option.offsetTop + option.offsetHeight;
    if (top < list.scrollTop || (align === 'start' && bottom > list.scrollTop + list.clientHeight)) {
      list.scrollTop = top;
    } else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
    else return;
    if (again) requestAnimationFrame(() => this.#revealActive(align, false));
  }

  /** Whether the list is on screen (at narrow widths an open detail replaces it). */
  #listIsShown(): boolean {
    const pane = this.renderRoot.querySelector<HTMLElement>('.list-pane');
    return pane ? pane.checkVisibility() : false;
  }

  /** Plural rules and number format of the widget's locale. */
  #intl() {
    const locale = this.#locale;
    if (this.#formats?.locale !== locale) {
      this.#formats = { locale, plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
    }
    return this.#formats;
  }

  #formatCount(n: number): string {
    return this.#intl().number.format(n);
  }

  /** "1 title", "4 titles", "No titles". */
  protected countText(n: number): string {
    if (n === 0) return msg('No titles');
    const count = this.#formatCount(n);
    return this.#intl().plural.select(n) === 'one' ? msg(str`${count} title`) : msg(str`${count} titles`);
  }

  protected tierName(tier: Tier | null): string {
    if (!tier) return msg('Other titles');
    if (tier.stage) return tier.stage.name;
    if (tier.kind === 'specialisation') return msg('Specialised roles');
    if (tier.kind === 'related') return msg('Related careers');
    return msg('Other titles');
  }

  // -------------------------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const state = this.source.state;
    if (state.status !== 'ready') return renderDatasetState(state);
    const data = state.dataset;
    const shown = Math.min(this.limit, this.#results.length);
    const open = this.detailOpen && this.#chosen !== undefined;
    return content(
      data.locale,
      html`
      <h2 id="heading" class="heading" part="heading">${msg(str`${data.name}: job titles`)}</h2>
      ${this.renderControls(shown > 0)}
      <p class="count" part="count">${this.countText(this.#results.length)}</p>
      ${this.#announcer.region()}
      <div class="layout ${open ? 'detail-open' : ''}">
        <div class="list-pane">
          ${shown > 0 ? this.renderList(data, shown) : this.renderEmpty()} ${this.renderMore(shown)}
        </div>
        ${
          this.#chosen
            ? this.renderDetail(data, this.#chosen)
            : html`<p class="placeholder" part="placeholder">
                ${msg('Choose a title to see its tier, next steps, related paths and certifications.')}
              </p>`
        }
      </div>
    `,
    );
  }

  protected renderControls(hasOptions: boolean): TemplateResult {
    return html`<div class="controls" part="controls" data-print="hide">
      <div class="field search-field">
        <label for="search">${msg('Search titles')}</label>
        <input
          id="search"
          part="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-controls=${hasOptions ? 'listbox' : nothing}
          .value=${live(this.query ?? '')}
          @input=${this.#onSearchInput}
          @keydown=${this.#onSearchKeydown}
        />
      </div>
      <div class="field tier-field">
        <label for="tier">${msg('Tier')}</label>
        <select id="tier" part="tier" @change=${this.#onTierChange}>
          <option value="" .selected=${this.#filterTier === null}>${msg('All tiers')}</option>
          ${this.#tiers.map(
            (t) =>
              html`<option value=${t.id} .selected=${t.id === this.#filterTier?.id}>${this.tierName(t)}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  protected renderList(data: Dataset, shown: number): TemplateResult {
    const activeMatch = this.#results[Math.min(this.active, shown - 1)];
    // Browsing every tier: options grouped under their tier. Searching or filtering: one flat, ranked list.
    const grouped = !this.#searching && this.#filterTier === null;
    let body: TemplateResult[];
    if (grouped) {
      const groups: { tier: Tier | null; start: number; end: number }[] = [];
      for (let i = 0; i < shown; i++) {
        const tier = titleTier(data, this.#results[i]!.title.id);
        const last = groups[groups.length - 1];
        if (last && last.tier === tier) last.end = i + 1;
        else groups.push({ tier, start: i, end: i + 1 });
      }
      body = groups.map((g) => this.renderGroup(data, g.tier, g.start, g.end));
    } else {
      const showTier = this.#filterTier === null;
      body = this.#results.slice(0, shown).map((m, i) => this.renderOption(data, m, i, showTier));
    }
    return html`<div
      id="listbox"
      class="listbox"
      part="list"
      role="listbox"
      tabindex="0"
      aria-labelledby="heading"
      aria-activedescendant=${activeMatch ? `option-${activeMatch.title.id}` : nothing}
      @click=${this.#onListClick}
      @keydown=${this.#onListKeydown}
    >
      ${body}
    </div>`;
  }

  protected renderGroup(data: Dataset, tier: Tier | null, start: number, end: number): TemplateResult {
    const id = `group-${tier?.id ?? 'none'}-${start}`;
    const years = tier?.stage?.years ? typicalYears(tier.stage.years, this.#intl().locale) : '';
    return html`<div class="group" role="group" aria-labelledby=${id}>
      <div class="group-label" part="group-label" role="presentation" id=${id}>
        ${this.tierName(tier)}${years ? html`<span class="group-years"> · ${years}</span>` : nothing}
      </div>
      ${this.#results.slice(start, end).map((m, i) => this.renderOption(data, m, start + i, false))}
    </div>`;
  }

  protected renderOption(data: Dataset, match: TitleMatch, index: number, showTier: boolean): TemplateResult {
    const t = match.title;
    const fields = match.matches;
    const selected = t.id === this.#chosen?.id;
    const aliases = fields.filter((m) => m.field === 'alias');
    return html`<div
      id="option-${t.id}"
      class="option ${index === this.active ? 'active' : ''}"
      part="option"
      role="option"
      aria-selected=${selected ? 'true' : 'false'}
      data-index=${index}
    >
      <span class="option-name">${this.highlight(
        t.name,
        fields.find((m) => m.field === 'name'),
      )}</span>
      ${showTier ? html`<span class="option-tier">${this.tierName(titleTier(data, t.id))}</span>` : nothing}
      ${
        aliases.length
          ? html`<span class="option-alias"
              >${
                // The space in the same text node: alone between Lit's markers and a <mark>, Chromium leaves it out
                // of the option's accessible name ("Also calledDelivery Manager").
                `${msg('Also called')} `
              }${aliases.map((a, i) => html`${i ? ', ' : ''}${this.highlight(a.text, a)}`)}</span
            >`
          : nothing
      }
      <span class="option-description"
        >${this.highlight(
          t.description,
          fields.find((m) => m.field === 'description'),
        )}</span
      >
    </div>`;
  }

  /** Text with each matched run in a `<mark>` (text nodes only, never HTML). */
  protected highlight(text: string, match: FieldMatch | undefined): string | TemplateResult[] {
    if (!match || match.ranges.length === 0) return text;
    return highlightSegments(text, match.ranges).map((s) =>
      s.match ? html`<mark>${s.text}</mark>` : html`${s.text}`,
    );
  }

  protected renderEmpty(): TemplateResult {
    const query = this.query ?? '';
    if (!this.#searching) {
      return html`<p class="empty" part="empty">
        ${this.#filterTier ? msg('There are no titles in this tier.') : msg('This data lists no titles.')}
      </p>`;
    }
    const quoted = query.length > QUOTED_QUERY ? `${query.slice(0, QUOTED_QUERY)}…` : query;
    return html`<p class="empty" part="empty">
      ${msg(str`No titles match “${quoted}”.`)}
      ${this.#filterTier ? msg('Try fewer words, or choose “All tiers”.') : msg('Try fewer or shorter words.')}
    </p>`;
  }

  protected renderMore(shown: number): TemplateResult | typeof nothing {
    const total = this.#results.length;
    if (shown >= total) return nothing;
    const more = Math.min(PAGE, total - shown);
    return html`<div class="more" data-print="hide">
      <p class="muted">${msg(str`Showing ${this.#formatCount(shown)} of ${this.#formatCount(total)}.`)}</p>
      <button class="button" part="more" @click=${this.#onShowMore}>
        ${msg(str`Show ${this.#formatCount(more)} more`)}
      </button>
    </div>`;
  }

  protected renderDetail(data: Dataset, title: Title): TemplateResult {
    const tier = titleTier(data, title.id);
    const stage = titleStage(data, title.id);
    const next = titleNextSteps(data, title.id);
    const related = relatedTitles(data, title.id);
    const certifications = certificationsForTitle(data, title.id).map(certificationLabel);
    const locale = this.#intl().locale;
    return html`<section id="detail" class="detail" part="detail" aria-labelledby="detail-heading">
      <button class="button back" part="back" data-print="hide" @click=${this.#onBack}>
        <span class="back-arrow" aria-hidden="true">←</span> ${msg('Back to the list')}
      </button>
      <h3 id="detail-heading" class="detail-heading" tabindex="-1">${title.name}</h3>
      ${
        title.aliases.length
          ? html`<p class="muted">${msg(str`Also called ${formatList(title.aliases, locale)}`)}</p>`
          : nothing
      }
      <dl class="facts">
        <div>
          <dt>${msg('Tier')}</dt>
          <dd>${this.tierName(tier)}</dd>
        </div>
        ${
          stage && tier?.kind !== 'stage'
            ? html`<div>
              <dt>${msg('Stage')}</dt>
              <dd>${stage.name}</dd>
            </div>`
            : nothing
        }
        ${
          stage?.years
            ? html`<div>
              <dt>${msg('Experience')}</dt>
              <dd>${typicalYears(stage.years, this.#intl().locale)}</dd>
            </div>`
            : nothing
        }
      </dl>
      <p class="description">${title.description}</p>
      <div class="columns">
        ${this.renderTitleLinks(data, msg('Next steps'), next)}
        ${this.renderTitleLinks(data, msg('Related paths'), related)}
        ${
          certifications.length
            ? html`<div class="block">
              <h4>${msg('Certifications that help')}</h4>
              <ul>
                ${certifications.map((c) => html`<li>${c}</li>`)}
              </ul>
            </div>`
            : nothing
        }
      </div>
      ${
        next.length + related.length + certifications.length === 0
          ? html`<p class="muted">${msg('This data names no next steps, related paths or certifications for this title.')}</p>`
          : nothing
      }
    </section>`;
  }

  /** A titled list of titles, each a button that opens it; nothing when empty. */
  protected renderTitleLinks(
    data: Dataset,
    heading: string,
    titles: readonly Title[],
  ): TemplateResult | typeof nothing {
    if (titles.length === 0) return nothing;
    return html`<div class="block">
      <h4>${heading}</h4>
      <ul class="links">
        ${titles.map(
          (t) => html`<li>
            <button class="link" part="title-link" @click=${() => this.#choose(t, 'heading')}>${t.name}</button>
            <span class="muted link-tier">(${this.tierName(titleTier(data, t.id))})</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-title-explorer': CareerTitleExplorer;
  }
}
