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

export { oneEvent };
