// Runs every test in a real headless Chromium. Chrome/Chromium is found on the machine (CHROME_PATH overrides).
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);
const executablePath = candidates.find((p) => existsSync(p));
if (!executablePath) {
  console.error(
    'No Chrome/Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}
// Test pages run side by side: keep background ones painting (rAF) with unthrottled timers.
const args = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];
if (process.getuid?.() === 0) args.push('--no-sandbox');

/** The DevTools protocol session of each test page that emulates forced colours. */
const cdp = new WeakMap();
/** The keys `/__answer/flaky` has failed for once. */
const flaky = new Set();

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: a page in a background tab gets no animation frames, and the suite is fast anyway.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The page of each test file: the element-aware `equal` first (test/element-assertions.ts), then the tests.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head></head><body><script type="module" src="/test/element-assertions.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [
    // `/__slow/…` answers after 800 ms with a broken dataset: a fetch that is not aborted would show an error.
    async (ctx, next) => {
      if (!ctx.url.startsWith('/__slow/')) return next();
      await new Promise((resolve) => setTimeout(resolve, 800));
      ctx.type = 'application/json';
      ctx.body = '{"schemaVersion": 1}';
    },
    // `/__answer/<case>`: servers that fail as real ones do. `sign-in`: a redirect to a sign-in page (an expired
    // session); `empty`: no body; `broken`: JSON cut short; `forbidden`: 403; `huge`: over five million characters;
    // `flaky?<key>`: 500 the first time for each key, then the small dataset.
    async (ctx, next) => {
      if (!ctx.path.startsWith('/__answer/')) return next();
      const answer = ctx.path.slice('/__answer/'.length);
      if (answer === 'sign-in') return ctx.redirect('/__answer/sign-in-page');
      if (answer === 'sign-in-page') {
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = '<!doctype html><title>Sign in</title><form>…</form>';
      } else if (answer === 'empty') {
        ctx.type = 'application/json';
        ctx.body = '';
        ctx.status = 200;
      } else if (answer === 'broken') {
        ctx.type = 'application/json';
        ctx.body = '{"schemaVersion": 1, "stages": [';
      } else if (answer === 'forbidden') {
        ctx.status = 403;
      } else if (answer === 'huge') {
        ctx.type = 'application/json';
        ctx.body = `{"x": "${'x'.repeat(5_000_000)}"}`;
      } else if (answer === 'flaky') {
        const first = !flaky.has(ctx.querystring);
        flaky.add(ctx.querystring);
        if (first) ctx.status = 500;
        else {
          ctx.url = '/test/fixtures/small-dataset.json';
          return next();
        }
      }
    },
    // `/__late/<path>` answers with the file at <path> after 300 ms: time for a widget to leave while it loads.
    async (ctx, next) => {
      if (!ctx.url.startsWith('/__late/')) return next();
      await new Promise((resolve) => setTimeout(resolve, 300));
      ctx.url = ctx.url.slice('/__late'.length);
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }),
    // `executeServerCommand('ax-tree')`: the page's whole accessibility tree, as assistive technology gets it (the
    // runner's own `a11ySnapshot` leaves out lists and list items).
    {
      name: 'ax-tree-command',
      executeCommand({ command, session }) {
        if (command !== 'ax-tree') return undefined;
        return session.browser.getPage(session.id).accessibility.snapshot({ interestingOnly: false });
      },
    },
    // `executeServerCommand('wheel', { x, y, deltaY })`: the mouse wheel turned over a point of the page (the
    // runner's `sendMouse` moves and clicks only): what scrolls, and whether a scroller hands the rest to the page.
    {
      name: 'wheel-command',
      async executeCommand({ command, payload, session }) {
        if (command !== 'wheel') return undefined;
        const page = session.browser.getPage(session.id);
        await page.mouse.move(payload.x, payload.y);
        await page.mouse.wheel({ deltaY: payload.deltaY });
        return true;
      },
    },
    // `executeServerCommand('media', { 'forced-colors': 'active' })`: media features as Chromium emulates them
    // (Windows High Contrast); `{}` ends the emulation. It does not emulate `hover`: headless Chromium has no pointer
    // that hovers, as on a touch screen, whatever it is sent.
    // Through the DevTools protocol: the test runner's puppeteer refuses a media feature it does not know. The session
    // stays open, as its emulation ends with it.
    {
      name: 'media-command',
      async executeCommand({ command, payload, session }) {
        if (command !== 'media') return undefined;
        const page = session.browser.getPage(session.id);
        cdp.set(page, cdp.get(page) ?? (await page.target().createCDPSession()));
        await cdp.get(page).send('Emulation.setEmulatedMedia', {
          features: Object.entries(payload).map(([name, value]) => ({ name, value })),
        });
        return true;
      },
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args } })],
};
