/** Helpers for stories only. */

const held = new Set<string>();

/** Makes `fetch` of one path never settle, to show a widget's loading state. Other requests are untouched. */
export function holdRequestsOpen(path: string): void {
  if (held.size === 0) {
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      return held.has(url.pathname) ? new Promise<Response>(() => {}) : original(input, init);
    };
  }
  held.add(path);
}
