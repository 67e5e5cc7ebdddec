/**
 * Scrolls a control that took focus out from under the sticky cells of its scroller (WCAG 2.4.11). The scroller's
 * `scroll-padding` counts only when the browser scrolls, and Chromium does not scroll an element already partly
 * in view past that padding: this scrolls by the overlap. Right-to-left pages too.
 * @param scroller - The scrolling box.
 * @param target - What took focus; nothing happens when it is the scroller itself.
 * @param pinned - The sticky cell at the inline start; none: nothing to clear.
 * @param top - Also clear the bottom of `pinned` (a sticky header row above).
 */
export function unobscure(
  scroller: Element,
  target: Element,
  pinned: Element | null | undefined,
  top = false,
): void {
  if (!pinned || target === scroller) return;
  // Partly out of the far edge: focus leaves it so, the browser scrolls only what is wholly out of view.
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = target.getBoundingClientRect();
  const pin = pinned.getBoundingClientRect();
  const rtl = getComputedStyle(scroller).direction === 'rtl';
  // Whole pixels: a scroll offset rounds to one, which would leave a fraction under.
  const left = Math.max(0, Math.ceil(rtl ? box.right - pin.left : pin.right - box.left));
  const up = top ? Math.max(0, Math.ceil(pin.bottom - box.top)) : 0;
  if (left || up) scroller.scrollBy({ left: rtl ? left : -left, top: -up });
}
