/**
 * The CDN loader: defines each `career-*` tag when it first appears in the page (also ones added later), loading
 * just that widget and the chunks it imports. It watches the document; tags inside a shadow root
 * (an app's own component that renders a widget) are found once that root is handed to {@link discover}.
 * The CDN build puts before each `import()` below imports of the chunks that widget's file imports (`fetchAtOnce`
 * in scripts/build-cdn.js), so that the browser requests them together instead of one round trip later.
 */
const widgets: Record<string, () => Promise<unknown>> = {
  'career-provider': () => import('../provider/index.js'),
  'career-ladder': () => import('../ladder/index.js'),
  'career-certification-picker': () => import('../certification-picker/index.js'),
  'career-skills-matrix': () => import('../skills-matrix/index.js'),
  'career-title-explorer': () => import('../title-explorer/index.js'),
};

const requested = new Set<string>();

function scan(root: ParentNode): void {
  for (const [tag, load] of Object.entries(widgets)) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    const present = (root instanceof Element && root.localName === tag) || root.querySelector(tag);
    if (!present) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      requested.delete(tag); // the tag added again tries again
      console.error(
        `career-widgets: could not load <${tag}>; add the tag again, or reload the page, to retry`,
        error,
      );
    });
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
  // Once every tag is defined, not just requested: a load that failed is retried when its tag is added again.
  if (Object.keys(widgets).every((tag) => customElements.get(tag))) observer.disconnect();
});

/**
 * Defines the `career-*` tags in `root` now and those added to it later. The loader does this for the document
 * itself; call it for a shadow root, which it cannot see into:
 * `import { discover } from '…/cdn/loader.js'; discover(this.shadowRoot);`
 */
export function discover(root: Document | DocumentFragment | Element = document): void {
  if (requested.size < Object.keys(widgets).length) {
    observer.observe(root instanceof Document ? root.documentElement : root, {
      childList: true,
      subtree: true,
    });
  }
  scan(root);
}

discover();
