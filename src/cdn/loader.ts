/**
 * The CDN loader: defines each `career-*` tag when it first appears in the page (also ones added later), loading
 * just that widget and the chunk it shares with the others. Tags inside other elements' shadow roots are not
 * seen; load their widgets directly.
 */
const widgets: Record<string, () => Promise<unknown>> = {
  'career-provider': () => import('../provider/index.js'),
  'career-ladder': () => import('../ladder/index.js'),
  'career-certification-picker': () => import('../certification-picker/index.js'),
  'career-skills-matrix': () => import('../skills-matrix/index.js'),
  'career-title-explorer': () => import('../title-explorer/index.js'),
};

const requested = new Set<string>();

function scan(root: Element | Document): void {
  for (const [tag, load] of Object.entries(widgets)) {
    if (requested.has(tag) || customElements.get(tag)) continue;
    const present = (root instanceof Element && root.localName === tag) || root.querySelector(tag);
    if (!present) continue;
    requested.add(tag);
    load().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`career-widgets: could not load <${tag}>`, error);
    });
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
  if (requested.size === Object.keys(widgets).length) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
scan(document);
