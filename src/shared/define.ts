import { VERSION } from './version.js';

const registry = Symbol.for('career-widgets.versions');
type Registry = Map<string, string>;
/** This copy warns once per page, however many of its tags were already defined. */
let warned = false;

/** Records which version of this library defined each tag, shared between copies on one page. */
function versions(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  holder[registry] ??= new Map();
  return holder[registry];
}

/**
 * Defines a custom element once. A second copy of the library (npm build next to the CDN bundle, or two versions)
 * keeps the first definitions and warns once per page, naming both versions; it never throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server rendering: nothing to define
  const existing = customElements.get(tag);
  if (existing) {
    // A Lit class makes its property accessors when it is finalized, which reading `observedAttributes` does (and
    // registering it). This copy's class is not registered, but wrappers such as `@lit/react` look on its prototype
    // for the properties to set (`data` is a property, never an attribute).
    Reflect.get(element, 'observedAttributes');
    if (existing !== element && !warned) {
      warned = true;
      const other = versions().get(tag) ?? 'an unknown version';
      console.warn(
        `career-widgets: <${tag}> is already defined by career-widgets ${other}; this copy (${VERSION}) ` +
          'is not used. Load the library once per page.',
      );
    }
    return;
  }
  customElements.define(tag, element);
  versions().set(tag, VERSION);
}
