// The hydration check of test/package/check.js: `node test/package/hydrate.js CONSUMER_DIR`, after the consumer
// project (the packed tarball installed with @lit-labs/ssr) wrote `page.html`, every widget rendered on a server.
// Bundles the page's script as a site would (Lit's hydration support first, then `career-widgets/all`), opens the
// page in Chromium and checks that the widgets took over the server's markup: each rendered once, no console
// error (a hydration mismatch throws), and the ladder still works (a click opens a stage). Exit 1 with the reasons.
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { launch } from '../dist/browser.js';
import { serve } from '../dist/serve.js';

const dir = resolve(process.argv[2]);
await build({
  stdin: {
    contents: "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport 'career-widgets/all';",
    resolveDir: dir,
  },
  bundle: true,
  format: 'esm',
  outfile: resolve(dir, 'client.js'),
  logLevel: 'warning',
});

const server = await serve(dir);
const browser = await launch();
const problems = [];
try {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (['error', 'warn'].includes(m.type())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${server.url}/page.html`, { waitUntil: 'networkidle0' });
  const state = await page.evaluate(async () => {
    const tags = [
      'career-ladder',
      'career-certification-picker',
      'career-skills-matrix',
      'career-title-explorer',
    ];
    await Promise.all(tags.map((t) => customElements.whenDefined(t)));
    const els = tags.map((t) => document.querySelector(t));
    await Promise.all(els.map((el) => el.updateComplete));
    const [ladder, picker, matrix, explorer] = els;
    const count = (el, selector) => el.shadowRoot.querySelectorAll(selector).length;
    const before = {
      headings: els.map((el) => count(el, '[part~="heading"]')),
      rungs: count(ladder, '[part~="rung"]'),
      cards: count(picker, '[part~="card"]'),
      skills: count(matrix, 'tbody th[scope="row"]'),
      options: count(explorer, '[role="option"]'),
      detail: ladder.shadowRoot.querySelector('#detail-heading')?.textContent.trim(),
    };
    ladder.shadowRoot.querySelectorAll('[part~="rung-button"]')[3].click();
    await ladder.updateComplete;
    return {
      ...before,
      stage: ladder.stage,
      opened: ladder.shadowRoot.querySelector('#detail-heading')?.textContent.trim(),
    };
  });
  const expect = (what, actual, wanted) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted))
      problems.push(`${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  };
  expect('one heading per widget', state.headings, [1, 1, 1, 1]);
  expect('rungs', state.rungs, 5);
  expect('certification cards', state.cards, 5);
  expect('the detail rendered by the server', state.detail, 'Mid-Level PM');
  expect('the stage after a click', [state.stage, state.opened], ['senior', 'Senior PM']);
  if (!(state.skills > 20)) problems.push(`skills: ${state.skills}`);
  if (!(state.options > 20)) problems.push(`title options: ${state.options}`);
} finally {
  await browser.close();
  await server.close();
}
if (problems.length) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
