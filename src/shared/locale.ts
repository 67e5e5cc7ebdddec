import { isServer } from 'lit';

/**
 * The language of the nearest `lang` attribute (the element's own first), looked for through shadow roots to their
 * hosts, as `Intl` writes it: numbers and lists follow it. English (the language of the UI strings) without one, or
 * when `Intl` rejects it (`lang="en_US"` is a common mistake, and must not break a widget). Rendered on a server
 * (`@lit-labs/ssr`), an element knows no ancestors: its own `lang` only.
 */
export function nearestLocale(el: Element): string {
  for (let node: Element | null = el; node; ) {
    const lang = isServer ? node.getAttribute('lang') : node.closest('[lang]')?.getAttribute('lang');
    if (lang != null) {
      try {
        return Intl.getCanonicalLocales(lang)[0] ?? 'en';
      } catch {
        return 'en';
      }
    }
    if (isServer) break;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}
