import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingFocusOptions {
  /** The items in order, queried after each render. */
  items: () => readonly HTMLElement[];
  /** Which arrow keys move: `both` accepts all four. */
  orientation?: () => 'horizontal' | 'vertical' | 'both';
}

/**
 * One tab stop for a group of items (WAI-ARIA roving tabindex): the active item has `tabindex="0"`, the others
 * `-1`; arrow keys (left and right by the direction of the text), Home and End move focus. The host renders
 * `tabindex=${roving.tabIndex(i)}` and forwards `keydown` to `handleKeydown`; `setActive` follows a click or a
 * selection made elsewhere.
 */
export class RovingFocusController implements ReactiveController {
  /** Index of the item that holds the tab stop. */
  active = 0;

  readonly #host: ReactiveControllerHost;
  readonly #options: RovingFocusOptions;

  constructor(host: ReactiveControllerHost, options: RovingFocusOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  tabIndex(index: number): 0 | -1 {
    return index === this.active ? 0 : -1;
  }

  setActive(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.#host.requestUpdate();
  }

  /** Moves focus for arrow keys, Home and End; returns whether the key was handled. */
  handleKeydown(event: KeyboardEvent): boolean {
    const items = this.#options.items();
    if (items.length === 0 || event.altKey || event.ctrlKey || event.metaKey) return false;
    const orientation = this.#options.orientation?.() ?? 'both';
    const target = event.composedPath()[0] as Node;
    const current = Math.max(
      0,
      items.findIndex((item) => item.contains(target)),
    );
    const last = items.length - 1;
    // Right to left, the next item is drawn to the left: the horizontal arrows swap (WAI-ARIA APG).
    const [left, right] =
      getComputedStyle(items[current]!).direction === 'rtl'
        ? ['ArrowRight', 'ArrowLeft']
        : ['ArrowLeft', 'ArrowRight'];
    const across = orientation !== 'vertical';
    const down = orientation !== 'horizontal';
    const key = event.key;
    let next: number;
    if (key === 'Home') next = 0;
    else if (key === 'End') next = last;
    else if ((across && key === left) || (down && key === 'ArrowUp')) next = Math.max(0, current - 1);
    else if ((across && key === right) || (down && key === 'ArrowDown')) next = Math.min(last, current + 1);
    else return false;
    event.preventDefault();
    this.active = next;
    for (const [i, item] of items.entries()) item.tabIndex = i === next ? 0 : -1;
    items[next]?.focus();
    // Focus scrolls an item into view only when it is wholly out of it: show all of it (a row of rungs that scrolls).
    items[next]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.#host.requestUpdate();
    return true;
  }

  hostUpdated(): void {
    const count = this.#options.items().length;
    if (count > 0 && this.active > count - 1) this.setActive(count - 1);
  }
}
