#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): sizes, first render against a static-HTML baseline, scale on synthetic
 * data and memory over mount/unmount cycles, in headless Chromium. Writes bench/results.json and bench/RESULTS.md.
 * Measurements, not tests: it exits 0 when it ran, whatever the figures (`npm run size` checks the size budgets).
 *
 *   node bench/run.js [--quick] [--bundle file.js] [--only career-ladder,…] [--phases memory] [--cycles 100]
 *   node bench/run.js --markdown     (RESULTS.md again from results.json)
 *
 * --quick   fewer runs (a smoke run while working on the bench itself; figures are noisier)
 * --bundle  time another build of the CDN bundle instead of cdn/career-widgets.js (sizes still read cdn/)
 * --only    measure only these widgets (the others are left out of the tables)
 * --phases  some of first,scale,memory (while working on one widget)
 * --cycles  mount/unmount cycles per memory step (default 100; the SPEC budget is for 100)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { renderMarkdown } from './lib/report.js';
import { startServer } from './lib/server.js';
import { summarize } from './lib/stats.js';
import { measureSizes, ROOT } from './size.js';

const BUDGETS = {
  firstRenderRatio: 1.5,
  searchKeystrokeMs: 16,
  matrixFirstRenderMs: 100,
  memoryBytes: 1_000_000,
};
const FACTORS = [1, 10, 100, 1000];

function options(argv) {
  const quick = argv.includes('--quick');
  const at = argv.indexOf('--bundle');
  const only = argv.indexOf('--only');
  const phases = argv.indexOf('--phases');
  const cycles = argv.indexOf('--cycles');
  return {
    quick,
    bundle: at >= 0 ? resolve(argv[at + 1]) : null,
    only: only >= 0 ? argv[only + 1].split(',') : null,
    phases: phases >= 0 ? argv[phases + 1].split(',') : ['first', 'scale', 'memory'],
    firstRenderRuns: quick ? 10 : 40,
    warmup: quick ? 2 : 5,
    renderRuns: (factor) => (quick ? 3 : factor >= 100 ? 10 : 15),
    interactionRuns: (factor) => (quick ? 5 : factor >= 100 ? 15 : 20),
    cycles: cycles >= 0 ? Number(argv[cycles + 1]) : quick ? 20 : 100,
  };
}

/** Widget tags the package promises (package.json exports of `dist/<name>/index.js`), to tell what is not built. */
async function expectedTags() {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const tags = [];
  for (const target of Object.values(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.default;
    const m = /^\.\/dist\/([\w-]+)\/index\.js$/.exec(file ?? '');
    if (m && !['data', 'react'].includes(m[1])) tags.push(`career-${m[1]}`);
  }
  return tags;
}

function log(...args) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...args);
}

async function launch() {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--js-flags=--expose-gc',
    '--window-size=1280,900',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args,
    defaultViewport: { width: 1280, height: 900, deviceScaleFactor: 1 },
    protocolTimeout: 600_000,
  });
  return { browser, executablePath };
}

/** A fresh page on the bench HTML, requests outside the server aborted, console messages collected. */
async function openPage(browser, origin, bundleUrl, consoleLog) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:'))
      request.continue();
    else request.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    const type = message.type();
    const text = message.text();
    for (const handle of message.args()) handle.dispose().catch(() => {});
    if (type === 'error' || type === 'warn' || type === 'warning' || /dev mode/i.test(text)) {
      consoleLog.push({ type, text });
    }
  });
  page.on('pageerror', (error) => consoleLog.push({ type: 'pageerror', text: String(error) }));
  const query = bundleUrl ? `?bundle=${encodeURIComponent(bundleUrl)}` : '';
  await page.goto(`${origin}/bench/pages/bench.html${query}`, { waitUntil: 'load' });
  const info = await page.evaluate(() => window.bench.ready);
  return { page, info };
}

/** Heap in use after the page has been idle for a second (deferred clean-up done) and three full GCs. */
async function heap(session) {
  const { page, cdp } = session;
  await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const embedder = usage.embedderHeapUsedSize ?? 0;
  return { total: usage.usedSize + embedder, js: usage.usedSize, embedder };
}

/** Cumulative CPU seconds of the renderer main thread (Performance.enable with `threadTicks`). */
async function cpuTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    task: get('TaskDuration'),
    style: get('RecalcStyleDuration'),
    layout: get('LayoutDuration'),
  };
}

/** One sample: prepared by `arm(spec)`, then timed by `fire()`; wall ms in the page, main-thread CPU ms around it. */
async function sample(session, spec) {
  const { page, cdp } = session;
  await page.evaluate((s) => window.bench.arm(s), spec);
  const before = await cpuTime(cdp);
  const result = await page.evaluate(() => window.bench.fire());
  const after = await cpuTime(cdp);
  const ms = (key) => (after[key] - before[key]) * 1000;
  return {
    ...result,
    wall: result.time,
    cpu: ms('task'),
    style: ms('style'),
    layout: ms('layout'),
  };
}

/** `runs` samples after `warmup` discarded ones; `spec(i)` gives the i-th spec (i counts the warm-up too). */
async function series(session, spec, { runs, warmup }) {
  const out = { wall: [], cpu: [], style: [], layout: [], error: null, elements: null };
  for (let i = 0; i < warmup + runs; i++) {
    const r = await sample(session, { ...spec(i), check: i === 0 });
    if (i === 0) {
      out.error = r.error ?? null;
      out.elements = r.elements ?? null;
      if (r.changed === false) out.error = 'the interaction changed nothing in the shadow DOM';
    }
    if (i < warmup) continue;
    for (const key of ['wall', 'cpu', 'style', 'layout']) out[key].push(r[key]);
  }
  return out;
}

const round = (x) => Math.round(x * 100) / 100;

function summarizeSeries(s) {
  // Script time as CDP reports it leaves out microtasks (where Lit renders), so the parts are style recalc,
  // layout, and the rest of the main thread's CPU time (script, Lit's update, paint, the cost of measuring).
  const rest = s.cpu.map((c, i) => c - s.style[i] - s.layout[i]);
  return {
    wall: summarize(s.wall),
    cpu: summarize(s.cpu),
    cpuParts: { style: summarize(s.style), layout: summarize(s.layout), rest: summarize(rest) },
    error: s.error,
    elements: s.elements,
    samples: { wall: s.wall.map(round), cpu: s.cpu.map(round) },
  };
}

async function session(browser, origin, bundleUrl, consoleLog) {
  const { page, info } = await openPage(browser, origin, bundleUrl, consoleLog);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp, info };
}

async function main() {
  const started = Date.now();
  const loadBefore = loadavg();
  const opts = options(process.argv.slice(2));
  log('sizes');
  const sizes = await measureSizes();

  // Another bundle is served from /bench/, with the validator built beside it (which custom data loads on demand).
  const routes = {};
  if (opts.bundle) {
    routes['/bench/bundle.js'] = opts.bundle;
    const validator = join(dirname(opts.bundle), 'validate.js');
    if (existsSync(validator)) routes['/bench/validate.js'] = validator;
  }
  const server = await startServer(ROOT, routes);
  const bundleUrl = opts.bundle ? '/bench/bundle.js' : null;
  let browser;
  const consoleLog = [];
  try {
    const launched = await launch();
    browser = launched.browser;
    const version = await browser.version();
    log(version, server.origin);

    // First render, on a fresh page: widget, static baseline and an empty sample, interleaved.
    let s = await session(browser, server.origin, bundleUrl, consoleLog);
    const info = s.info;
    if (info.errors.length) throw new Error(info.errors.join('\n'));
    if (!info.gcExposed) log('warning: gc() is not exposed; samples start without a forced GC');
    if (!info.crossOriginIsolated)
      log('warning: the page is not cross-origin isolated; timers have 100 µs resolution');
    const expected = await expectedTags();
    const tags = [...info.tags, ...expected.filter((t) => !info.tags.includes(t))];
    const widgets = tags.map((tag) => ({ tag, built: info.tags.includes(tag) }));
    if (opts.only) widgets.splice(0, Infinity, ...widgets.filter((w) => opts.only.includes(w.tag)));
    const built = widgets.filter((w) => w.built);
    log(
      'defined:',
      info.tags.join(', ') || 'none',
      '| not built yet:',
      expected.filter((t) => !info.tags.includes(t)).join(', ') || 'none',
    );

    for (const w of opts.phases.includes('first') ? built : []) {
      log('first render', w.tag);
      const capture = await s.page.evaluate((tag) => window.bench.capture(tag), w.tag);
      const kinds = ['mount', 'static', 'noop'];
      const raw = Object.fromEntries(
        kinds.map((k) => [k, { wall: [], cpu: [], style: [], layout: [], error: null, elements: null }]),
      );
      for (let i = 0; i < opts.warmup + opts.firstRenderRuns; i++) {
        for (const kind of kinds) {
          const r = await sample(s, { kind, tag: w.tag, check: i === 0 });
          if (i === 0 && kind === 'mount') raw.mount.error = r.error ?? null;
          if (i < opts.warmup) continue;
          for (const key of ['wall', 'cpu', 'style', 'layout']) raw[kind][key].push(r[key]);
        }
      }
      const widget = summarizeSeries(raw.mount);
      const baseline = summarizeSeries(raw.static);
      const empty = summarizeSeries(raw.noop);
      const net = (x) => Math.max(x - empty.cpu.median, 0.01);
      w.firstRender = {
        cold: capture.cold,
        markupBytes: capture.markupBytes,
        shape: { widget: capture.widget, static: capture.baseline },
        error: raw.mount.error ?? capture.widget.error,
        widget,
        baseline,
        empty,
        ratio: {
          median: widget.wall.median / baseline.wall.median,
          p95: widget.wall.p95 / baseline.wall.p95,
          cpuMedian: widget.cpu.median / baseline.cpu.median,
          cpuNetMedian: net(widget.cpu.median) / net(baseline.cpu.median),
        },
      };
    }
    await s.page.close();

    // Scale, on a fresh page.
    s = await session(browser, server.origin, bundleUrl, consoleLog);
    for (const w of built) w.scale = [];
    for (const factor of opts.phases.includes('scale') ? FACTORS : []) {
      const counts = await s.page.evaluate((f) => window.bench.describeData(f), factor);
      for (const w of built) {
        log(`scale ${factor}×`, w.tag);
        const runs = opts.renderRuns(factor);
        const fresh = await series(s, () => ({ kind: 'mount', tag: w.tag, factor, fresh: true }), {
          runs,
          warmup: 2,
        });
        const cached = await series(s, () => ({ kind: 'mount', tag: w.tag, factor, fresh: false }), {
          runs,
          warmup: 2,
        });
        const setup = await s.page.evaluate((tag, f) => window.bench.setupInteraction(tag, f), w.tag, factor);
        let interaction = { control: null };
        if (setup.control) {
          const r = await series(s, (k) => ({ kind: 'interact', k }), {
            runs: opts.interactionRuns(factor),
            warmup: 3,
          });
          interaction = { control: setup.control, ...summarizeSeries(r), error: setup.error ?? r.error };
        }
        w.scale.push({
          factor,
          counts,
          fresh: summarizeSeries(fresh),
          cached: summarizeSeries(cached),
          interaction,
        });
      }
      await s.page.evaluate(() => window.bench.reset());
    }
    await s.page.close();

    // Memory: each widget on a fresh page, so one widget's caches and late clean-up do not count for another.
    for (const w of opts.phases.includes('memory') ? built : []) {
      log('memory', w.tag);
      s = await session(browser, server.origin, bundleUrl, consoleLog);
      const cycles = (n) => s.page.evaluate((tag, count) => window.bench.cycles(tag, count), w.tag, n);
      const before = await heap(s);
      await cycles(1);
      const after1 = await heap(s);
      await cycles(opts.cycles - 1);
      const after100 = await heap(s);
      await cycles(opts.cycles);
      const after200 = await heap(s);
      w.memory = {
        cycles: opts.cycles,
        before: before.total,
        after1: after1.total,
        delta1: after1.total - before.total,
        after100: after100.total,
        after200: after200.total,
        delta100: after100.total - before.total,
        delta200: after200.total - after100.total,
        jsDelta100: after100.js - before.js,
        embedderDelta100: after100.embedder - before.embedder,
        raw: { before, after1, after100, after200 },
      };
      await s.cdp.detach();
      await s.page.close();
    }

    const cpu = cpus();
    const results = {
      date: new Date().toISOString(),
      durationMs: Date.now() - started,
      quick: opts.quick,
      machine: {
        cpu: cpu[0]?.model ?? 'unknown',
        cores: cpu.length,
        memoryBytes: totalmem(),
        os: `${platform()} ${release()}`,
        loadavg: { before: loadBefore, after: loadavg() },
      },
      browser: { version, executable: launched.executablePath, userAgent: info.userAgent },
      node: process.version,
      page: {
        bundle: opts.bundle ?? 'cdn/career-widgets.js',
        tags: info.tags,
        litDevMode: consoleLog.some((c) => /dev mode/i.test(c.text)),
      },
      settings: {
        firstRenderRuns: opts.firstRenderRuns,
        warmup: opts.warmup,
        factors: FACTORS,
        cycles: opts.cycles,
      },
      budgets: BUDGETS,
      sizes,
      widgets,
      console: consoleLog,
    };
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(ROOT, 'bench/RESULTS.md'), renderMarkdown(results));
    log(`wrote bench/results.json and bench/RESULTS.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** `--markdown`: RESULTS.md again from results.json (after a change to the report only). */
async function rewriteMarkdown() {
  const { readFile } = await import('node:fs/promises');
  const results = JSON.parse(await readFile(join(ROOT, 'bench/results.json'), 'utf8'));
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), renderMarkdown(results));
  log('wrote bench/RESULTS.md from bench/results.json');
}

(process.argv.includes('--markdown') ? rewriteMarkdown() : main()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
