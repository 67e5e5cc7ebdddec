// The CSS minification of the CDN builds (scripts/minify-css.js) changes no style: builds the CDN files with and
// without it, renders every widget from each in Chromium, and compares
// - every rule of every shadow root's style sheets as the browser parsed them (CSSOM text, which ignores
//   whitespace and comments; a value holding `var()` is kept as written until used, so there only the space
//   after a comma is not compared), and
// - the computed style of every element in every shadow root (what is drawn).
// Prints what differs and exits 1 if anything does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCdn } from '../../scripts/build-cdn.js';
import { launch } from './browser.js';
import { serve } from './serve.js';

const dir = mkdtempSync(join(tmpdir(), 'career-css-'));
const TAGS = [
  'career-ladder',
  'career-certification-picker',
  'career-skills-matrix',
  'career-title-explorer',
  'career-provider',
];

async function rulesOf(browser, url) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(
    (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.adoptedStyleSheets.length),
    { timeout: 10000 },
    TAGS,
  );
  const result = await tab.evaluate(async (tags) => {
    // Measure the settled page: every widget rendered (custom data or not) and laid out.
    await Promise.all(tags.map((t) => document.querySelector(t).updateComplete));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const hex = async (text) =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
    const out = {};
    for (const t of tags) {
      const root = document.querySelector(t).shadowRoot;
      const rules = root.adoptedStyleSheets.flatMap((s) =>
        [...s.cssRules].map((r) => r.cssText.replace(/,\s*/g, ', ')),
      );
      const computed = [];
      const walk = async (r) => {
        for (const el of r.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          // Custom properties come in no fixed order: compare them sorted.
          const text = [...style]
            .sort()
            .map((name) => `${name}:${style.getPropertyValue(name)}`)
            .join(';');
          computed.push(`${el.localName}.${el.className} ${await hex(text)}`);
          if (el.shadowRoot) await walk(el.shadowRoot);
        }
      };
      await walk(root);
      out[t] = { rules, computed };
    }
    return out;
  }, TAGS);
  await tab.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return result;
}

function compare(tag, what, a, b) {
  const i = a.findIndex((x, k) => x !== b[k]);
  if (i < 0 && a.length === b.length) return `${a.length} ${what} identical`;
  failed = true;
  console.log(`FAIL <${tag}>: ${what}: ${a.length} minified, ${b.length} plain; first difference at ${i}:`);
  console.log(`  minified: ${a[i]}\n  plain:    ${b[i]}`);
  return null;
}

let failed = false;
let server;
let browser;
try {
  await buildCdn({ outdir: join(dir, 'minified') });
  await buildCdn({ outdir: join(dir, 'plain'), minifyCss: false });
  const body = TAGS.map((t) => `<${t}></${t}>`).join('\n');
  for (const variant of ['minified', 'plain']) {
    writeFileSync(
      join(dir, `${variant}.html`),
      // A scrollbar that is always there keeps widths from depending on how far rendering has got.
      `<!doctype html><meta charset="utf-8"><style>html { overflow-y: scroll }</style><script type="module" src="/${variant}/career-widgets.js"></script>\n${body}\n`,
    );
  }
  server = await serve(dir);
  browser = await launch();
  const minified = await rulesOf(browser, `${server.url}/minified.html`);
  const plain = await rulesOf(browser, `${server.url}/plain.html`);
  for (const tag of TAGS) {
    const rules = compare(tag, 'rules', minified[tag].rules, plain[tag].rules);
    const computed = compare(tag, 'computed styles', minified[tag].computed, plain[tag].computed);
    if (rules && computed) console.log(`ok   <${tag}>: ${rules}, ${computed}`);
  }
} catch (error) {
  failed = true;
  console.log(`FAIL ${error.stack ?? error}`);
} finally {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
