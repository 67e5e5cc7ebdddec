import type { DataError } from '../data/validate.js';

/** `detail` of each event the widgets dispatch (SPEC §2). */
export interface CareerEventDetails {
  'career-stage-change': { stage: string | null };
  'career-certification-select': { id: string; selected: string[] };
  'career-title-select': { id: string };
  'career-assessment-change': { ratings: Record<string, number> };
  'career-error': { errors: DataError[] };
}

export type CareerEventName = keyof CareerEventDetails;
export type CareerEvent<K extends CareerEventName> = CustomEvent<CareerEventDetails[K]>;
export type CareerEventMap = { [K in CareerEventName]: CareerEvent<K> };

/**
 * Dispatches a widget event: bubbles, composed, payload in `detail`. Called for the reader's actions, and for
 * `career-error` when data (set by code or loaded from `src`) cannot be used; never for a property set by code.
 */
export function fire<K extends CareerEventName>(
  host: HTMLElement,
  name: K,
  detail: CareerEventDetails[K],
): boolean {
  return host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap extends CareerEventMap {}
  interface GlobalEventHandlersEventMap extends CareerEventMap {}
}
