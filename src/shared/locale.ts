import { isServer } from 'lit';

/** The language of the UI strings: the source locale of `msg()` (no translations ship yet). */
export const UI_LOCALE = 'en';

/**
 * The language of the nearest `lang` attribute (the element's own first), looked for through shadow roots to their
 * hosts, as `Intl` writes it. English without one, or when `Intl` rejects it (`lang="en_US"` is a common mistake,
 * and must not break a widget). Rendered on a server (`@lit-labs/ssr`), an element knows no ancestors: its own
 * `lang` only.
 */
function nearestLocale(el: Element): string {
  for (let node: Element | null = el; node; ) {
    const lang = isServer ? node.getAttribute('lang') : node.closest('[lang]')?.getAttribute('lang');
    if (lang != null) {
      try {
        return Intl.getCanonicalLocales(lang)[0] ?? UI_LOCALE;
      } catch {
        return UI_LOCALE;
      }
    }
    if (isServer) break;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return UI_LOCALE;
}

/**
 * The locale a widget writes its numbers, lists and plurals for: the nearest `lang` where that is the language of the
 * UI strings (`en-GB`, `en-IN` keep their own ways), else the UI strings' own, so that a sentence never mixes two
 * languages ("PMP, CAPM und PRINCE2" on a German page).
 */
export function textLocale(el: Element): string {
  const near = nearestLocale(el);
  return near.split('-')[0] === UI_LOCALE ? near : UI_LOCALE;
}
