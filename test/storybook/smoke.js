#!/usr/bin/env node
// Smoke and accessibility test of the built Storybook (storybook-static/, from `npm run build-storybook`).
//
// Serves the static build on a random loopback port, then opens every story of index.json in headless Chromium
// (iframe.html?id=…&viewMode=story) and asserts:
//   - every career-* element in the story is defined (customElements.get) and is an instance of its class, and
//     rendered text in its shadow root (`<career-provider>` renders only a slot: it must have one). This catches
//     the `sideEffects` trap (TOOLCHAIN.md, pitfall 4): a static build that drops `import './x.js'`.
//   - no page errors, no failed requests, no console errors. The only console errors allowed are the data errors
//     (`career-widgets: <career-…> cannot use its data…`, one per element at most) of stories whose name says
//     "invalid", which must show the error panel ([part~=error]) instead of content.
//   - no Lit dev-mode message: the built site must use Lit's production build (TOOLCHAIN.md, pitfall 6).
//   - axe-core on the story root finds zero violations of WCAG 2.0/2.1/2.2 A and AA, at the story's own viewport
//     (a story pinned to the 320 px viewport is checked at 320 px).
// Then opens every docs page (viewMode=docs) and asserts it renders without errors, names no private custom property
// (`--_career-*`), has no blank cell in a table of its own and shows a story pinned to a viewport no wider than it;
// a component's docs page must show the argument table generated from the Custom Elements Manifest.
//
// Prints one line per story and docs page, then "N passed, M failed" alone on the last line; exits 1 on any
// failure. `node test/storybook/smoke.js ladder catalogue` checks only the entries whose id contains one of the
// words. Chromium: CHROME_PATH, else /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = join(repo, 'storybook-static');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The axe tags enforced: WCAG 2.0, 2.1 and 2.2 at levels A and AA (the same set as the a11y addon in preview.ts). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Pages checked at once; each story costs about a second of one core (2 cores here). */
const CONCURRENCY = Number(process.env.SMOKE_CONCURRENCY) || 3;
const STORY_TIMEOUT = 30_000;
/** How long a widget may show its loading line before the checks run (a `src` fetch from the local server). */
const LOADING_GRACE = 3_000;

/**
 * Console errors that are known and harmless, each with the reason. Empty: the built catalogue logs none.
 * (Lit's "dev mode" and "multiple versions" messages are not noise in a production build: they fail the test.)
 * @type {{ pattern: RegExp, why: string }[]}
 */
const KNOWN_NOISE = [];
/** The one console error a widget or provider logs for unusable data (src/controllers/dataset-controller.ts). */
const DATA_ERROR = /^career-widgets: <career-[a-z-]+> cannot use its data/;
const LIT_DEV = /Lit is in dev mode|Multiple versions of Lit loaded/;

const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));

if (!existsSync(join(site, 'index.json'))) {
  console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
  process.exit(2);
}

// ---- a tiny static server -------------------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
const server = createServer(async (req, res) => {
  try {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(site, path));
    if (file !== site && !file.startsWith(site + sep))
      throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    // Chromium asks every page for /favicon.ico; Storybook ships only favicon.svg.
    if (path === '/favicon.ico') file = join(site, 'favicon.svg');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

// ---- what to check --------------------------------------------------------------------------------------------
const index = JSON.parse(await readFile(join(site, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter(
  (e) => !filters.length || filters.some((f) => e.id.includes(f)),
);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
  defaultViewport: { width: 1280, height: 900 },
});

/**
 * Opens a page that records everything the checks need. Each page gets a browser context of its own: a second
 * tab in one window is hidden and gets no animation frames, and contexts keep stories' localStorage apart.
 */
async function open(url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const log = { console: [], pageErrors: [], failedRequests: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.pageErrors.push(e.message));
  page.on('requestfailed', (r) => log.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) log.failedRequests.push(`${r.url()} (HTTP ${r.status()})`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });
  return { page, log, close: () => context.close().catch(() => {}) };
}

/** Waits for Storybook to show the story (or its error), every widget to finish its update and `src` loads. */
async function settle(page, rootSelector) {
  await page.waitForFunction(
    () =>
      ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((c) =>
        document.body.classList.contains(c),
      ),
    { timeout: STORY_TIMEOUT, polling: 100 },
  );
  await page.evaluate(
    async (rootSelector, grace) => {
      const careers = () =>
        [...(document.querySelector(rootSelector)?.querySelectorAll('*') ?? [])].filter((e) =>
          e.localName.startsWith('career-'),
        );
      await Promise.all(careers().map((e) => e.updateComplete));
      const end = performance.now() + grace;
      while (
        careers().some((e) => e.shadowRoot?.querySelector('[part~="loading"]')) &&
        performance.now() < end
      )
        await new Promise((r) => setTimeout(r, 50));
      await Promise.all(careers().map((e) => e.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    },
    rootSelector,
    LOADING_GRACE,
  );
}

/** What each career-* element under the root is and shows. */
function inspect(page, rootSelector) {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector);
    return [...(root?.querySelectorAll('*') ?? [])]
      .filter((e) => e.localName.startsWith('career-'))
      .map((e) => {
        const ctor = customElements.get(e.localName);
        const shadow = e.shadowRoot;
        return {
          tag: e.localName,
          defined: Boolean(ctor),
          upgraded: Boolean(ctor && e instanceof ctor),
          text: (shadow?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
          slot: Boolean(shadow?.querySelector('slot')),
          errorPanel: Boolean(shadow?.querySelector('[part~="error"]')),
        };
      });
  }, rootSelector);
}

/** Console, page and network problems; `allowDataErrors` is how many data-error logs are expected at most. */
function logProblems(log, allowDataErrors) {
  const problems = [];
  let dataErrors = 0;
  for (const { type, text } of log.console) {
    if (LIT_DEV.test(text)) problems.push(`Lit dev-mode message in a production build: ${text}`);
    if (type !== 'error') continue;
    if (KNOWN_NOISE.some((n) => n.pattern.test(text))) continue;
    if (DATA_ERROR.test(text) && ++dataErrors <= allowDataErrors) continue;
    problems.push(`console.error: ${text.split('\n').slice(0, 3).join(' / ')}`);
  }
  for (const e of log.pageErrors) problems.push(`page error: ${e}`);
  for (const r of log.failedRequests) problems.push(`failed request: ${r}`);
  return problems;
}

async function checkStory(entry) {
  const invalid = /invalid/i.test(entry.name) || /invalid/i.test(entry.id);
  // a11y.manual: the addon's own axe run is skipped; this test runs axe itself.
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=a11y.manual:!true`;
  const { page, log, close } = await open(url);
  const problems = [];
  const t0 = performance.now();
  const phase = (what) =>
    process.env.SMOKE_DEBUG && console.log(`  ${entry.id} ${what} ${(performance.now() - t0).toFixed(0)} ms`);
  try {
    phase('loaded');
    await settle(page, '#storybook-root');
    phase('settled');
    if (await page.$('body.sb-show-errordisplay')) {
      const message = await page.$eval('#error-message', (e) => e.textContent?.trim() ?? '').catch(() => '');
      problems.push(`Storybook shows an error: ${message}`);
    }

    // A story pinned to a viewport (the 320 px ones) is checked at that width: the manager would resize its frame.
    const viewport = await page.evaluate(async (id) => {
      const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
      const story = await preview?.storyStoreValue?.loadStory({ storyId: id });
      const name = story?.storyGlobals?.viewport?.value;
      const width = name && story.parameters?.viewport?.options?.[name]?.styles?.width;
      return width ? { name, width: Number.parseInt(width, 10) } : null;
    }, entry.id);
    if (viewport) {
      await page.setViewport({ width: viewport.width, height: 900 });
      await settle(page, '#storybook-root');
    }

    const elements = await inspect(page, '#storybook-root');
    if (elements.length === 0) problems.push('no career-* element in the story');
    for (const el of elements) {
      if (!el.defined) problems.push(`<${el.tag}> is not defined (was its import dropped from the build?)`);
      else if (!el.upgraded) problems.push(`<${el.tag}> is not upgraded`);
      else if (el.tag === 'career-provider') {
        if (!el.slot) problems.push('<career-provider> renders no slot');
      } else if (el.errorPanel && !invalid) problems.push(`<${el.tag}> shows the error panel`);
      else if (!el.errorPanel && el.text === 0) problems.push(`<${el.tag}> rendered no text`);
    }
    const panels = elements.filter((e) => e.errorPanel).length;
    if (invalid && panels === 0) problems.push('an "invalid" story shows no error panel');
    problems.push(...logProblems(log, invalid ? elements.length : 0));

    phase('inspected');
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async (tags) => {
      const result = await /** @type {any} */ (window).axe.run(document.querySelector('#storybook-root'), {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes
          .slice(0, 3)
          .map(
            (n) =>
              `${n.target.join(' >> ')}${n.failureSummary ? `: ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}` : ''}`,
          ),
        count: v.nodes.length,
      }));
    }, WCAG_AA);
    phase('axe');
    for (const v of violations)
      problems.push(
        `axe ${v.id} (${v.impact}, ${v.count} node${v.count > 1 ? 's' : ''}): ${v.help}\n        ${v.nodes.join('\n        ')}`,
      );
    return { problems, note: viewport ? `at ${viewport.width} px` : '' };
  } finally {
    page.removeAllListeners();
    await close();
  }
}

async function checkDocs(entry) {
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`;
  const { page, log, close } = await open(url);
  const problems = [];
  try {
    await page.waitForFunction(() => document.querySelector('#storybook-docs .sbdocs-content'), {
      timeout: STORY_TIMEOUT,
      polling: 100,
    });
    await settle(page, '#storybook-docs');
    const elements = await inspect(page, '#storybook-docs');
    for (const el of elements) {
      if (!el.defined) problems.push(`<${el.tag}> is not defined`);
      else if (el.tag !== 'career-provider' && !el.errorPanel && el.text === 0)
        problems.push(`<${el.tag}> rendered no text`);
    }
    const panels = elements.filter((e) => e.errorPanel).length;
    // A docs page shows every story of its component, the invalid-data ones too.
    problems.push(...logProblems(log, panels > 0 ? elements.length : 0));
    const text = await page.$eval('#storybook-docs', (e) => e.textContent ?? '');
    // The private custom properties (`--_career-*`) are ours to change: a page must name only the public ones.
    for (const name of new Set(text.match(/--_career-[a-z0-9-]+/g)))
      problems.push(`names the private ${name}`);
    // A table written for the page (not Storybook's argument table, not a story's own markup) has no blank cell.
    const blank = await page.$$eval('#storybook-docs td', (cells) =>
      cells
        .filter((td) => !td.closest('.docblock-argstable, .docs-story') && !td.textContent?.trim())
        .map((td) => td.closest('tr')?.querySelector('td')?.textContent?.trim() ?? '?'),
    );
    for (const row of blank) problems.push(`a table cell is blank (the row of "${row}")`);
    // A story pinned to a viewport (the 320 px ones) is shown at that width on the page too.
    const pinned = await page.evaluate(
      async (ids) => {
        const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
        // Storybook's own story store (not public API): without it this check would check nothing.
        if (typeof preview?.storyStoreValue?.loadStory !== 'function') return null;
        const found = [];
        for (const id of ids) {
          const story = await preview?.storyStoreValue?.loadStory({ storyId: id });
          const name = story?.storyGlobals?.viewport?.value;
          const width = Number.parseInt(
            name && story.parameters?.viewport?.options?.[name]?.styles?.width,
            10,
          );
          const widget = [...(document.getElementById(`anchor--${id}`)?.querySelectorAll('*') ?? [])].find(
            (e) => e.localName.startsWith('career-'),
          );
          if (width && widget) found.push({ id, width, shown: widget.getBoundingClientRect().width });
        }
        return found;
      },
      Object.values(index.entries)
        .filter((e) => e.type === 'story' && e.title === entry.title)
        .map((e) => e.id),
    );
    if (!pinned) problems.push("cannot read the stories' viewports (Storybook's story store has moved)");
    for (const { id, width, shown } of pinned ?? [])
      if (shown > width)
        problems.push(`${id} is pinned to ${width} px but shown ${Math.round(shown)} px wide`);
    if (!entry.tags?.includes('autodocs')) {
      if (text.trim().length < 200) problems.push('the docs page is (nearly) empty');
    } else {
      const first = Object.values(index.entries).find((e) => e.type === 'story' && e.title === entry.title);
      const component = first
        ? await page.evaluate(async (id) => {
            const preview = /** @type {any} */ (window).__STORYBOOK_PREVIEW__;
            return (await preview?.storyStoreValue?.loadStory({ storyId: id }))?.component ?? null;
          }, first.id)
        : null;
      if (component) {
        const table = await page.$eval(
          '#storybook-docs',
          (e) => e.querySelector('.docblock-argstable')?.textContent ?? '',
        );
        for (const category of ['attributes', 'events'])
          if (!table.toLowerCase().includes(category))
            problems.push(`the docs of <${component}> list no ${category} (is custom-elements.json loaded?)`);
      }
    }
    return { problems, note: `${elements.length} widgets` };
  } finally {
    page.removeAllListeners();
    await close();
  }
}

// ---- run ------------------------------------------------------------------------------------------------------
const jobs = [
  ...stories.map((e) => ({ label: e.id, run: () => checkStory(e) })),
  ...docs.map((e) => ({ label: `docs ${e.id}`, run: () => checkDocs(e) })),
];
const started = performance.now();
let passed = 0;
let failed = 0;
let next = 0;
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++];
    const t0 = performance.now();
    let result;
    try {
      result = await Promise.race([
        job.run(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), STORY_TIMEOUT * 2)),
      ]);
    } catch (error) {
      result = { problems: [`could not check: ${error instanceof Error ? error.message : error}`], note: '' };
    }
    const time = `${((performance.now() - t0) / 1000).toFixed(1)} s`;
    const note = [result.note, time].filter(Boolean).join(', ');
    if (result.problems.length === 0) {
      passed++;
      console.log(`ok    ${job.label} (${note})`);
    } else {
      failed++;
      console.log(`FAIL  ${job.label} (${note})\n      - ${result.problems.join('\n      - ')}`);
    }
  }
}
try {
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, jobs.length) }, worker));
} finally {
  await browser.close();
  server.close();
}
console.log(
  `\n${stories.length} stories and ${docs.length} docs pages of storybook-static/ in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || jobs.length === 0 ? 1 : 0);
