/**
 * The in-page half of the bench (bench/pages/bench.html): loads the built CDN bundle, records which tags it
 * defines, and times widgets. bench/run.js drives it through `window.bench`.
 *
 * Timing ("to the next paint"): the work starts inside a requestAnimationFrame callback, so it begins at the start
 * of a frame; a `setTimeout(0)` queued there runs once that frame's rendering is done (Lit's update in the
 * microtasks after the callback, then style, layout, paint and commit on the main thread). The time from the
 * start of the work to that task is the figure: script + render + style + layout + paint, without the wait for
 * vsync (which would add 0–16.7 ms of noise). Rasterisation and compositing happen off the main thread and are
 * not included, for widgets and baselines alike. A widget whose update is still pending then (a debounced
 * update) is timed to the paint after its `updateComplete`. Every sample starts after a full GC (`--expose-gc`)
 * and an idle frame.
 *
 * bench/run.js drives one sample at a time (`arm()`, then `fire()`), reading the renderer main thread's CPU time
 * (CDP Performance metrics in thread ticks) around `fire()`, which is robust against other load on the machine.
 */
import { counts, scaleDataset } from './synthetic.js';

const definedTags = [];
const originalDefine = customElements.define.bind(customElements);
customElements.define = (name, elementClass, options) => {
  definedTags.push(name);
  return originalDefine(name, elementClass, options);
};

const stage = document.getElementById('stage');
const params = new URLSearchParams(location.search);
const bundleUrl = params.get('bundle') ?? '/cdn/career-widgets.js';

/** Per-widget refinements of the generic interaction; widgets not listed get the generic one. */
const HINTS = {
  'career-ladder': {
    control: 'button.rung-button, button[part~="rung-button"]',
    pick: 'cycle',
    what: 'stage change',
  },
  'career-title-explorer': { control: 'input[type="search"]', what: 'search keystroke' },
  'career-certification-picker': { control: 'select', what: 'filter change' },
  'career-skills-matrix': {
    attributes: { assess: '' },
    control: 'select[part~="rating"]',
    pick: 'cycle',
    what: 'rating change',
  },
};
/** Generic order: the first kind of native control the widget has is the one used. */
const GENERIC = [
  { selector: 'input[type="search"]', what: 'search keystroke' },
  { selector: 'select', what: 'select change' },
  { selector: 'input[type="radio"]', what: 'radio change', pick: 'cycle' },
  { selector: 'button', what: 'button click', pick: 'cycle' },
];
const SEARCH_WORD = 'project manager';

const gc = () => globalThis.gc?.();
const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/**
 * Runs `work` (which may return the element to wait for) at the start of a frame and resolves with the time to
 * the end of that frame's rendering.
 */
function timeToPaint(work) {
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      let host;
      try {
        host = work();
      } catch (error) {
        reject(error);
        return;
      }
      setTimeout(async () => {
        let t1 = performance.now();
        if (host?.isUpdatePending) {
          await host.updateComplete;
          await afterPaint();
          t1 = performance.now();
        }
        resolve(t1 - t0);
      }, 0);
    });
  });
}

function deepQueryAll(root, selector) {
  const out = [...root.querySelectorAll(selector)];
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) out.push(...deepQueryAll(node.shadowRoot, selector));
  }
  return out;
}

/** Elements in the tree of `host`, shadow trees included. */
function deepCount(host) {
  let n = 0;
  const walk = (root) => {
    for (const node of root.querySelectorAll('*')) {
      n++;
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  walk(host);
  return n;
}

function errorText(el) {
  if (!el.shadowRoot) return null;
  const error = deepQueryAll(el.shadowRoot, '[part~="error"], [role="alert"]')[0];
  return error ? error.textContent.replace(/\s+/g, ' ').trim().slice(0, 300) : null;
}

function clear() {
  stage.replaceChildren();
}

function mount(tag, { data, attributes } = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) el.setAttribute(name, value);
  if (data) el.data = data;
  stage.append(el);
  return el;
}

function cssOf(root) {
  const sheets = root.adoptedStyleSheets ?? [];
  return sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The widget's final markup as static HTML: its shadow tree (and any nested ones) as declarative shadow DOM, each
 * with its adopted style sheets as a `<style>` of the same CSS text, Lit's marker comments left out, and defined
 * custom element tags renamed so nothing upgrades.
 */
function staticMarkup(el) {
  const roots = [];
  const collect = (root) => {
    roots.push(root);
    for (const node of root.querySelectorAll('*')) if (node.shadowRoot) collect(node.shadowRoot);
  };
  collect(el.shadowRoot);
  let i = 0;
  let inner = el
    .getHTML({ shadowRoots: roots })
    .replace(/<template shadowrootmode="open"[^>]*>/g, (m) => `${m}<style>${cssOf(roots[i++])}</style>`)
    .replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of definedTags) {
    inner = inner.replace(new RegExp(`<(/?)${tag}(?=[\\s/>])`, 'g'), `<$1bench-static-${tag}`);
  }
  const attributes = [...el.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
  return { markup: `<bench-static${attributes}>${inner}</bench-static>`, styles: roots.length };
}

function box(el) {
  const r = el.getBoundingClientRect();
  return { width: Math.round(r.width), height: Math.round(r.height) };
}

let baseData;

async function init() {
  const errors = [];
  try {
    await import(bundleUrl);
  } catch (error) {
    errors.push(`could not load ${bundleUrl}: ${error}`);
  }
  baseData = await (await fetch('/data/it-project-manager.json')).json();
  // Custom data is checked by a validator loaded on first use (a chunk of its own). Load it now, so that renders
  // of custom data measure the check, not the download, from the first sample on.
  const tag = definedTags.find((t) => t !== 'career-provider');
  if (tag) {
    const el = mount(tag, { data: structuredClone(baseData) });
    const loading = () => !!el.shadowRoot?.querySelector('[part~="loading"]');
    const until = performance.now() + 10000;
    await el.updateComplete;
    while (loading() && performance.now() < until) await afterPaint();
    if (loading()) errors.push(`<${tag}> never left its loading state`);
    clear();
  }
  await afterPaint();
  return {
    bundle: bundleUrl,
    tags: [...definedTags],
    errors,
    userAgent: navigator.userAgent,
    gcExposed: typeof globalThis.gc === 'function',
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
  };
}

/**
 * The control an interaction uses: `prepare(k)` (untimed, true when it changed something), `target(k)` (the
 * element to change the k-th time, found untimed) and `act(k, target)` (the timed change).
 */
function findControl(el, tag) {
  const hint = HINTS[tag];
  const choices = [
    ...(hint ? [{ selector: hint.control, what: hint.what, pick: hint.pick }] : []),
    ...GENERIC,
  ];
  for (const choice of choices) {
    const all = () =>
      deepQueryAll(el.shadowRoot, choice.selector).filter(
        (c) => !c.disabled && c.getClientRects().length > 0,
      );
    if (all().length === 0) continue;
    const nth = (k) => {
      const list = all();
      return choice.pick === 'cycle' ? list[k % Math.min(list.length, 10)] : list[0];
    };
    const first = all()[0];
    const kind = first.localName === 'input' ? `input[type=${first.type}]` : first.localName;
    const part = first.getAttribute('part');
    const id = first.id ? `#${first.id}` : '';
    const describe = `${choice.what}: ${kind}${id}${part ? ` (part ${part})` : ''}`;
    if (first.localName === 'input' && first.type === 'search') {
      return {
        describe,
        prepare: (k) => {
          if (k % SEARCH_WORD.length !== 0) return false;
          const input = nth(k);
          input.value = '';
          input.dispatchEvent(
            new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContent' }),
          );
          return true;
        },
        target: nth,
        act: (k, input) => {
          const key = SEARCH_WORD[k % SEARCH_WORD.length];
          input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          input.value += key;
          input.dispatchEvent(
            new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: key }),
          );
          input.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
        },
      };
    }
    if (first.localName === 'select') {
      return {
        describe,
        target: nth,
        act: (_k, select) => {
          select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
          select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
      };
    }
    if (first.localName === 'input' && first.type === 'radio') {
      return {
        describe,
        target: () => {
          const radios = all();
          return radios[(radios.findIndex((r) => r.checked) + 1) % radios.length];
        },
        act: (_k, radio) => radio.click(),
      };
    }
    return { describe, target: nth, act: (_k, button) => button.click() };
  }
  return null;
}

const datasets = new Map();

function dataset(factor) {
  if (!datasets.has(factor)) datasets.set(factor, scaleDataset(baseData, factor));
  return datasets.get(factor);
}

/** Static markup of each tag, from `capture()`. */
const markups = new Map();
/** The element and control of the current interaction series, from `setupInteraction()`. */
let current = { el: null, control: null, tag: null };
/** The work of the next `fire()`, and whether to report what it rendered. */
let armed = null;
let armedCheck = false;
/** With `check` on an interaction: the shadow markup before it, to tell whether it changed anything. */
let armedBefore = null;

/**
 * Mounts one widget cold (the first instance of its tag in the page, template preparation included), times it,
 * and keeps its final markup as the static baseline.
 */
async function capture(tag) {
  clear();
  gc();
  await afterPaint();
  let el;
  const cold = await timeToPaint(() => {
    el = mount(tag);
    return el;
  });
  const { markup, styles } = staticMarkup(el);
  markups.set(tag, markup);
  const widget = { box: box(el), elements: deepCount(el), error: errorText(el) };
  clear();
  await afterPaint();
  stage.setHTMLUnsafe(markup);
  await afterPaint();
  const host = stage.firstElementChild;
  // Elements without the <style> elements the baseline adds.
  const baseline = { box: box(host), elements: deepCount(host) - styles };
  clear();
  return { cold, markupBytes: markup.length, widget, baseline };
}

/** Mounts a widget on `factor`× data with its interaction attributes and finds the control to drive. */
async function setupInteraction(tag, factor) {
  clear();
  const el = mount(tag, { data: dataset(factor), attributes: HINTS[tag]?.attributes });
  await afterPaint();
  await afterPaint();
  current = { el, tag, control: findControl(el, tag) };
  return { control: current.control?.describe ?? null, error: errorText(el), elements: deepCount(el) };
}

/**
 * Prepares the next sample outside the timing (clears the stage, copies data, resets a search box), then a full
 * GC and an idle frame. Kinds:
 * - `{ kind: 'mount', tag, factor?, fresh? }`: create the element (with `factor`× data: a fresh copy, validated
 *   by the widget, or the same object every time);
 * - `{ kind: 'static', tag }`: insert the widget's captured markup;
 * - `{ kind: 'interact', k }`: the k-th interaction with the current control;
 * - `{ kind: 'noop' }`: nothing (the cost of measuring).
 * With `check`, `fire()` also reports the error panel (if any) and the element count of what it rendered.
 */
async function arm(spec) {
  armedCheck = Boolean(spec.check) && spec.kind !== 'static' && spec.kind !== 'noop';
  armedBefore = null;
  if (spec.kind === 'interact') {
    const { el, control } = current;
    if (control.prepare?.(spec.k)) await afterPaint();
    if (armedCheck) armedBefore = el.shadowRoot.innerHTML;
    // The control is found here, outside the timing; the timed work only changes it.
    const target = control.target(spec.k);
    armed = () => {
      control.act(spec.k, target);
      return el;
    };
  } else {
    clear();
    if (spec.kind === 'mount') {
      const data = spec.factor
        ? spec.fresh
          ? structuredClone(dataset(spec.factor))
          : dataset(spec.factor)
        : null;
      armed = () => mount(spec.tag, { data });
    } else if (spec.kind === 'static') {
      const markup = markups.get(spec.tag);
      armed = () => {
        stage.setHTMLUnsafe(markup);
        return null;
      };
    } else {
      armed = () => null;
    }
  }
  gc();
  await afterPaint();
}

/** Runs the armed work at the start of a frame; milliseconds to the end of that frame's rendering. */
async function fire() {
  const work = armed;
  armed = null;
  const time = await timeToPaint(work);
  if (!armedCheck) return { time };
  const el = stage.firstElementChild;
  const result = {
    time,
    error: el ? errorText(el) : 'nothing was mounted',
    elements: el ? deepCount(el) : 0,
  };
  if (armedBefore !== null) result.changed = el?.shadowRoot.innerHTML !== armedBefore;
  return result;
}

/** Counts of the synthetic dataset at `factor`, and the elements a mounted widget shows of it. */
function describeData(factor) {
  return counts(dataset(factor));
}

/** `n` mount → paint → unmount cycles on the default data. */
async function cycles(tag, n) {
  for (let i = 0; i < n; i++) {
    const el = mount(tag);
    await afterPaint();
    el.remove();
  }
  clear();
  await afterPaint();
}

window.bench = {
  ready: init(),
  capture,
  setupInteraction,
  arm,
  fire,
  describeData,
  cycles,
  reset: () => {
    clear();
    current = { el: null, control: null, tag: null };
    datasets.clear();
  },
};
