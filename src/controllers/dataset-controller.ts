import { ContextConsumer } from '@lit/context';
import { msg, str } from '@lit/localize';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Dataset, DatasetInput, Stage } from '../data/schema.js';
import type { DataError, FileAnswer, ValidationResult } from '../data/validate.js';
import {
  type DatasetState,
  type ProviderValue,
  providerContext,
  type SharedDatasetState,
} from '../shared/context.js';
import { fire } from '../shared/events.js';
import { warnOnce } from '../shared/warn.js';

/** What a widget (or the provider) exposes for the controller to read. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  /** A dataset object set by code; wins over everything else. */
  data: DatasetInput | Dataset | null;
  /** URL of a dataset JSON. */
  src: string | null;
  /** The selected stage id. */
  stage: string | null;
}

/** The options of a {@link DatasetController}. */
export interface DatasetControllerOptions {
  /**
   * The dataset when there is no `data`, `src` or provider, or the provider has none of its own: the widget's own
   * slice of the bundled default data. Passed in, so this module bundles no data. Without one (the provider), the
   * host's `shared` state is then `default` (its `state` stays `loading`), and each widget it links uses its own.
   */
  fallback?: Dataset;
  /** Whether the host's stage is linked with the nearest provider's; default true. */
  linkStage?: boolean;
}

/** No data but the bundled default. */
const DEFAULT: SharedDatasetState = { status: 'default' };
const LOADING: DatasetState = { status: 'loading' };

type Validator = typeof import('../data/validate.js');

/**
 * The validator (and valibot) for custom data, loaded on first use: the bundled default is trusted and never
 * needs it, so the CDN builds put it in a chunk of its own. Once loaded, validation is synchronous.
 */
let validator: Validator | undefined;
let loadingValidator: Promise<Validator> | undefined;

/**
 * A failed load is tried again by the next custom data: browsers that follow whatwg/html#10327 fetch the module
 * again. Older ones keep the failure until the page is reloaded, as does an error response the browser has cached,
 * so the error message says to reload (a retry under another URL would hide the module from bundlers).
 */
function loadValidator(): Promise<Validator> {
  loadingValidator ??= import('../data/validate.js').then(
    (module) => (validator = module),
    (error: unknown) => {
      loadingValidator = undefined;
      throw error;
    },
  );
  return loadingValidator;
}

const validated = new WeakMap<object, ValidationResult>();
/** Results whose `warnings` were logged. */
const warned = new WeakSet<ValidationResult>();

/**
 * Validates a good dataset object once, so widgets sharing it pay for it once (a dataset is taken as it is when
 * set: to change it, set a new object). One that failed is checked again when set again: its author may have
 * fixed it in place.
 */
function validateCached(v: Validator, data: unknown): ValidationResult {
  if (data === null || typeof data !== 'object') return v.validateDataset(data);
  const cached = validated.get(data);
  if (cached) return cached;
  const result = v.validateDataset(data);
  if (result.ok) validated.set(data, result);
  return result;
}

/**
 * Fetches a dataset file and has the validator, loaded meanwhile, read the answer: a failed fetch or a wrong answer
 * becomes a `(root)` error that says why (src/data/validate.ts `checkAnswer`, which holds the wording, so that only
 * custom data loads it).
 */
async function load(src: string, signal: AbortSignal): Promise<ValidationResult> {
  const checking = loadValidator();
  checking.catch(() => {}); // awaited below, unless the fetch is aborted first
  let answer: FileAnswer;
  try {
    const response = await fetch(src, { credentials: 'same-origin', signal });
    answer = { src, response, text: response.ok ? await response.text() : '' };
  } catch (error) {
    if (signal.aborted) throw error;
    answer = { src, error };
  }
  return (await checking).checkAnswer(answer);
}

interface SharedLoad {
  result: Promise<ValidationResult>;
  controller: AbortController;
  /** The widgets waiting for it. */
  users: number;
}

/** The loads of `src` files in progress, by `src`. */
const loads = new Map<string, SharedLoad>();

function forget(src: string, load: SharedLoad): void {
  if (loads.get(src) === load) loads.delete(src);
}

/**
 * Loads a dataset file for one widget. Widgets that ask for the same `src` while it loads (a page of widgets with one
 * `src`) share one fetch and one check, so its warnings are logged once; the fetch is aborted once every one of them
 * has let go of it. A file asked for again later is fetched again (the browser's cache decides what that costs).
 */
function loadShared(src: string, signal: AbortSignal): Promise<ValidationResult> {
  const shared = loads.get(src) ?? startLoad(src);
  shared.users++;
  signal.addEventListener('abort', () => {
    if (--shared.users) return;
    forget(src, shared);
    shared.controller.abort();
  });
  return shared.result;
}

function startLoad(src: string): SharedLoad {
  const controller = new AbortController();
  const started: SharedLoad = {
    result: load(src, controller.signal).finally(() => forget(src, started)),
    controller,
    users: 0,
  };
  loads.set(src, started);
  return started;
}

/** One `(root)` problem, e.g. a failed fetch. */
function rootError(message: string): ValidationResult {
  return { ok: false, errors: [{ path: '(root)', message }] };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Gives a widget its dataset and links its stage with the nearest `<career-provider>`.
 *
 * The dataset comes from, in order: the `data` property, the `src` attribute (fetched, validated, aborted when
 * `src` changes or the element leaves the page), the nearest provider (unless it has no data of its own), the
 * host's `fallback`. Custom data (`data` or `src`) is `loading` until the validator is loaded (once per page; from
 * then on a `data` object is checked in the same update) and has checked it; results for a source that changed
 * meanwhile are dropped. Bad data or a failed fetch becomes an `error` state; the element that loaded it
 * dispatches one `career-error` and logs one `console.error`. `state` is derived on read, so `willUpdate` and
 * `render` always see the current source.
 */
export class DatasetController implements ReactiveController {
  /** The nearest provider's shared value, if the host is inside one. */
  provider: ProviderValue | undefined;

  readonly #host: DatasetHost;
  readonly #linkStage: boolean;
  /** The ready state of the `fallback`, one object so that it compares equal from one update to the next. */
  readonly #fallback: DatasetState | undefined;
  #current: SharedDatasetState = { status: 'loading' };
  #seen: { data: unknown; src: unknown; provider: unknown } | undefined;
  #lastStage: string | null = null;
  /** Inside a provider (whose first value may still be on its way). */
  #linked = false;
  /** The fetch or validator load of the current source, aborted when the source changes or the host leaves. */
  #pending: AbortController | undefined;
  #pendingErrors: DataError[] | undefined;
  readonly #consumer: ContextConsumer<typeof providerContext, DatasetHost>;

  constructor(host: DatasetHost, { fallback, linkStage = true }: DatasetControllerOptions) {
    this.#host = host;
    this.#fallback = fallback && { status: 'ready', dataset: fallback };
    this.#linkStage = linkStage;
    host.addController(this);
    this.#consumer = new ContextConsumer(host, {
      context: providerContext,
      subscribe: true,
      callback: (value) => this.#onProvider(value),
    });
  }

  /**
   * A provider that upgrades after the host (its module loaded later, or defined later) announces itself with a
   * `context-provider` event: an unlinked host then asks again, and is linked if that provider is its ancestor.
   * (This does for our one context what `@lit/context`'s `ContextRoot` does for all, in fewer bytes per widget.)
   */
  readonly #onProviderShown = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === providerContext && !this.#linked) {
      this.#consumer.hostConnected();
    }
  };

  /**
   * The current dataset state, re-derived when `data`, `src` or, when it is the source in use, the provider's
   * dataset changed (a widget's own `src` is not fetched again for a change of the provider's). A host without a
   * `fallback` (the provider) has no dataset of its own to show while it uses the default: `loading`.
   */
  get state(): DatasetState {
    const shared = this.shared;
    return shared.status === 'default' ? (this.#fallback ?? LOADING) : shared;
  }

  /** The state as a provider shares it: `default` when there is no data but the bundled default. */
  get shared(): SharedDatasetState {
    const { data, src } = this.#host;
    // The provider's data counts only when it is the source in use; linked to one with no value yet: loading.
    const provider = data != null || src || !this.#linked ? undefined : (this.provider?.state ?? LOADING);
    const seen = this.#seen;
    if (!seen || seen.data !== data || seen.src !== src || seen.provider !== provider) {
      this.#seen = { data, src, provider };
      this.#current = this.#resolve(data, src, provider);
    }
    return this.#current;
  }

  /** The dataset when ready, else `undefined`. */
  get dataset(): Dataset | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.dataset : undefined;
  }

  /** The host's selected stage record; an id the data does not know warns once and selects nothing. */
  selectedStage(): Stage | undefined {
    const id = this.#host.stage;
    const dataset = this.dataset;
    if (id == null || !dataset) return undefined;
    const stage = dataset.stages.find((s) => s.id === id);
    if (!stage) {
      warnOnce(
        this.#host,
        `<${this.#host.localName}> has no stage "${id}" in its data; nothing is selected.`,
      );
    }
    return stage;
  }

  /** A stage chosen by the reader: selects it here and in every linked widget, and fires one event. */
  selectStage(stage: string | null): void {
    if (stage === this.#host.stage) return;
    this.#host.stage = stage;
    this.#lastStage = stage;
    if (this.#linkStage) this.provider?.selectStage(stage);
    fire(this.#host, 'career-stage-change', { stage });
  }

  hostConnected(): void {
    // Added before the consumer asks (controllers connect in order); removed once a provider answers.
    this.#host.ownerDocument.addEventListener('context-provider', this.#onProviderShown);
    // A fetch or check aborted by leaving the page starts again on return, and so does a load of `src` that failed:
    // the file may have been put right meanwhile (a framework puts a widget back by rendering it again).
    const failedSrc = this.#current.status === 'error' && this.#seen?.data == null && this.#seen?.src;
    if ((this.#current.status === 'loading' && !this.#pending) || failedSrc) this.#seen = undefined;
    // Moved elsewhere, the widget renders again for its new place (its nearest `lang`, for one).
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#host.ownerDocument.removeEventListener('context-provider', this.#onProviderShown);
    this.#pending?.abort();
    this.#pending = undefined;
    // Reconnected elsewhere, the host asks for a provider again.
    this.#linked = false;
    this.provider = undefined;
  }

  hostUpdate(): void {
    // `undefined` (what @lit/react sets for a prop it is not given) is no stage, as `null` is.
    this.#host.stage ??= null;
    // A stage set by code still links the other widgets (without an event).
    const stage = this.#host.stage;
    if (stage !== this.#lastStage) {
      this.#lastStage = stage;
      if (this.#linkStage && this.provider && this.provider.stage !== stage) this.provider.selectStage(stage);
    }
  }

  hostUpdated(): void {
    const errors = this.#pendingErrors;
    if (!errors) return;
    this.#pendingErrors = undefined;
    const where = this.#host.src ? ` from ${this.#host.src}` : '';
    console.error(
      `career-widgets: <${this.#host.localName}> cannot use its data${where}:\n${errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`,
    );
    fire(this.#host, 'career-error', { errors });
  }

  #onProvider(value: ProviderValue | undefined): void {
    this.#host.ownerDocument.removeEventListener('context-provider', this.#onProviderShown);
    const first = this.provider === undefined;
    this.provider = value;
    // A new value of the provider is often only a new stage: `shared` resolves again only when the data in use changed.
    this.#linked = true;
    if (value && this.#linkStage) {
      if (first && value.stage === null && this.#host.stage != null) value.selectStage(this.#host.stage);
      else if (this.#host.stage !== value.stage) {
        this.#host.stage = value.stage;
        this.#lastStage = value.stage;
      }
    }
    this.#host.requestUpdate();
  }

  #resolve(data: unknown, src: string | null, provider: SharedDatasetState | undefined): SharedDatasetState {
    this.#pending?.abort();
    this.#pending = undefined;
    if (data != null) {
      if (validator) return this.#fromResult(validateCached(validator, data));
      void this.#settle(async () => validateCached(await loadValidator(), data));
      return { status: 'loading' };
    }
    if (src) {
      // A server rendering the widget (`@lit-labs/ssr`) sends the loading notice; the browser fetches.
      if (!isServer) void this.#settle((signal) => loadShared(src, signal));
      return { status: 'loading' };
    }
    if (provider) return provider;
    // Inside a `<career-provider>` not defined yet (its module still loading): wait for it rather than flash the
    // default data; it announces itself once defined (`#onProviderShown`). A page that never defines its provider
    // stays loading: the default data would not be the data it meant either.
    return !isServer && this.#host.closest('career-provider:not(:defined)') ? LOADING : DEFAULT;
  }

  #fromResult(result: ValidationResult): DatasetState {
    if (result.ok) {
      // Once per validation, however many widgets share its data: fields the schema does not know, misspelt maybe.
      if (result.warnings[0] && !warned.has(result)) {
        warned.add(result);
        console.warn(
          `career-widgets: <${this.#host.localName}> ignores fields of its data that no widget reads (misspelt?):`,
          result.warnings.map((w) => w.path).join(', '),
        );
      }
      return { status: 'ready', dataset: result.dataset };
    }
    this.#pendingErrors = result.errors;
    return { status: 'error', errors: result.errors };
  }

  /**
   * Runs the asynchronous part of resolving the current source; its result becomes the state unless the source
   * changed or the host left meanwhile. `work` throws only when aborted or when the validator cannot be loaded.
   */
  async #settle(work: (signal: AbortSignal) => Promise<ValidationResult>): Promise<void> {
    const controller = new AbortController();
    this.#pending = controller;
    let result: ValidationResult;
    try {
      result = await work(controller.signal);
    } catch (error) {
      result = rootError(
        msg(str`could not load the validator: ${reasonOf(error)}. Reload the page to try again.`),
      );
    }
    if (controller.signal.aborted || this.#pending !== controller) return;
    this.#pending = undefined;
    this.#current = this.#fromResult(result);
    this.#host.requestUpdate();
  }
}
