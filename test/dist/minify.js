// The template minification of the CDN builds (scripts/minify-templates.js) and their terser pass change nothing a
// reader sees. First a few cases of the template minifier itself; then it builds the CDN files with both and with
// neither (esbuild's minification only), renders every widget from each in Chromium, and compares
// - the text of every shadow root as laid out (`innerText`) and its elements (tag and class, in order),
// - every rule of every shadow root's style sheets as the browser parsed them (CSSOM text, which ignores
//   whitespace and comments; a value holding `var()` is kept as written until used, so there only the space
//   after a comma is not compared), and
// - the computed style of every element in every shadow root (what is drawn).
// Prints what differs and exits 1 if anything does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCdn } from '../../scripts/build-cdn.js';
import { minifyTemplates } from '../../scripts/minify-templates.js';
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
      const elements = [];
      const text = [];
      const walk = async (r) => {
        // biome-ignore lint/performance/useDomNodeTextContent: the text as laid out is what is compared
        text.push(r.host.localName, ...[...r.children].map((el) => el.innerText ?? ''));
        for (const el of r.querySelectorAll('*')) {
          elements.push(`${el.localName}.${el.className}`);
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
      out[t] = { rules, computed, elements, text };
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

/** The minifier on its own: `[what, source, expected code]`; `${…}` in these strings is source text. */
/* biome-ignore-start lint/suspicious/noTemplateCurlyInString: the cases are source code */
const CASES = [
  ['html whitespace runs become one space', 'html`<p>\n  a  <b>x</b>\n</p>`', 'html`<p> a <b>x</b> </p>`'],
  [
    'nested templates too',
    'html`<ul>\n  ${xs.map((x) => html`<li>\n  ${x}\n</li>`)}\n</ul>`',
    'html`<ul> ${xs.map((x) => html`<li> ${x} </li>`)} </ul>`',
  ],
  ['no-break spaces are text', 'html`<p>a\u00a0 \n \u00a0b</p>`', 'html`<p>a\u00a0 \u00a0b</p>`'],
  [
    'a template with an escape sequence is left alone',
    'html`<p>\\u00a0\n  a</p>`',
    'html`<p>\\u00a0\n  a</p>`',
  ],
  ['<pre> is left alone', 'html`<pre>\n  a\n</pre>`', 'html`<pre>\n  a\n</pre>`'],
  ['untagged templates are left alone', 'const s = `a\n   b`;', 'const s = `a\n   b`;'],
  ['strings in expressions are left alone', "html`<p>\n ${'a  b'}</p>`", "html`<p> ${'a  b'}</p>`"],
  ['css: spaces around punctuation go', 'css`:host {\n  display: block;\n}`', 'css`:host{display:block}`'],
];
/* biome-ignore-end lint/suspicious/noTemplateCurlyInString: the cases are source code */
for (const [what, source, expected] of CASES) {
  const { code } = minifyTemplates(source);
  if (code === expected) console.log(`ok   minifier: ${what}`);
  else {
    failed = true;
    console.log(
      `FAIL minifier: ${what}\n  got:      ${JSON.stringify(code)}\n  expected: ${JSON.stringify(expected)}`,
    );
  }
}

let server;
let browser;
try {
  await buildCdn({ outdir: join(dir, 'minified') });
  await buildCdn({ outdir: join(dir, 'plain'), minifyLit: false, terser: false });
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
    const found = ['text', 'elements', 'rules', 'computed'].map((what) =>
      compare(tag, what, minified[tag][what], plain[tag][what]),
    );
    if (found.every(Boolean)) console.log(`ok   <${tag}>: ${found.join(', ')}`);
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
