/** Small helpers shared by the widget suites. */
import { oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { DatasetInput } from '../src/data/schema.js';
import type { CareerEventDetails, CareerEventName } from '../src/shared/events.js';

/** A deep copy of a JSON value, to mutate freely. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The custom framework served by the test runner (also used as `src`). */
export const SMALL_DATASET_URL = '/test/fixtures/small-dataset.json';

export async function loadSmallDataset(): Promise<DatasetInput> {
  const response = await fetch(SMALL_DATASET_URL);
  return (await response.json()) as DatasetInput;
}

/** Records the events of one name that reach `target`. */
export function recordEvents<K extends CareerEventName>(
  target: EventTarget,
  name: K,
): { details: CareerEventDetails[K][]; stop(): void } {
  const details: CareerEventDetails[K][] = [];
  const listener = (e: Event) => details.push((e as CustomEvent<CareerEventDetails[K]>).detail);
  target.addEventListener(name, listener);
  return { details, stop: () => target.removeEventListener(name, listener) };
}

/** Replaces a console method for the duration of a test; returns the calls. */
export function spyConsole(method: 'warn' | 'error'): { calls: unknown[][]; restore(): void } {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => (console[method] = original) };
}

/** Waits until the element reaches a state, re-checking after each update (for fetches). */
export async function until(el: LitElement, check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}

/** Shows the loading notice: `el` itself or a widget inside it (a provider's children). */
export function isLoading(el: Element): boolean {
  return [el, ...el.querySelectorAll('*')].some((e) => !!e.shadowRoot?.querySelector('[part~="loading"]'));
}

/**
 * Waits until neither `el` nor a widget inside it shows the loading notice: custom data (`data` or `src`) is
 * checked once the validator, loaded on demand, is there. Immediate for the bundled default data.
 */
export async function settled<T extends LitElement>(el: T, timeout = 3000): Promise<T> {
  await el.updateComplete;
  await until(el, () => !isLoading(el), timeout);
  return el;
}

/** The visible text of a shadow root, whitespace collapsed. */
export function textOf(root: ParentNode | null | undefined): string {
  return ((root as HTMLElement | null)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** No `style=` attribute and no inline `<style>` anywhere in the shadow root (strict CSP). */
export function inlineStyles(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[style], style')].map((el) => el.outerHTML.slice(0, 80));
}

/** Words of the visible text under `root` that a line break splits (a break at a hyphen is a line break). */
export function splitWords(root: Node): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden') || !parent.checkVisibility()) continue;
    for (const match of (node.textContent ?? '').matchAll(/[^\s\-–·/]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) split.push(match[0]);
    }
  }
  return split;
}

/** Whether the text of `el` lies within its box (a number within its circle). */
export function textWithin(el: Element): boolean {
  const range = document.createRange();
  range.selectNodeContents(el);
  const text = range.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  return text.left >= box.left && text.right <= box.right && text.top >= box.top && text.bottom <= box.bottom;
}

/**
 * Elements of `el`'s shadow root that reach past its right edge (the first five, as tags), leaving out regions that
 * scroll sideways on purpose and visually hidden text.
 */
export function widerThan(el: Element, scrolling = '.table-scroll, .scroller, .visually-hidden'): string {
  const box = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((e) => !e.closest(scrolling))
    .filter((e) => e.getBoundingClientRect().right > box.right + 0.5)
    .slice(0, 5)
    .map((e) => `<${e.localName} class="${e.getAttribute('class') ?? ''}">`)
    .join(' ');
}

export { oneEvent };
