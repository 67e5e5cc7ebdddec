#!/usr/bin/env node
/**
 * Transfer sizes of what this package ships, against the size budgets of SPEC §7.
 *
 *   node bench/size.js                 table, exit 0
 *   node bench/size.js --check         table, exit 1 when a size is over its limit: the SPEC §7 budget, or while
 *                                      that is missed, the ceiling recorded in CEILINGS (no size grows unnoticed)
 *   node bench/size.js --check --report-only   table, always exit 0
 *   node bench/size.js --json          the measurements as JSON
 *
 * Measured (gzip at zlib level 9, brotli at quality 11; 1 KB = 1,000 bytes):
 * - `cdn/career-widgets.js` as a page loads it by default: the file and the chunks it imports statically, each
 *   compressed on its own, and what esbuild's full minification of them would give; the chunks it imports
 *   dynamically (the validator, needed only for custom data) are listed apart;
 * - each widget through `cdn/loader.js`: the loader plus every chunk the widget's dynamic import pulls in through
 *   static imports, transitively (read from the built chunks' import statements), each file compressed on its own
 *   as it is transferred; chunks those files import dynamically are listed apart (loaded later, on demand);
 * - each npm entry of package.json `exports` (in `dist/`) bundled by esbuild, minified, with Lit and the other
 *   dependencies included (React left out), and all widget entries in one code-split build (Lit counted once);
 * - Lit alone (`export * from 'lit'`, minified) for reference;
 * - what makes the CDN bundle big: an esbuild metafile of `src/all.ts` (minified bytes per module), how much
 *   gzip each group saves when left out of the bundle, what each widget would weigh through the loader with the
 *   validator and the default data loaded on demand, and the default dataset in leaner shapes. The default data is
 *   the parts of src/data/default/parts/: each widget embeds those it reads, the CDN bundle all of them, once
 *   (`<career-provider>` none).
 *
 * Importable: `measureSizes()`, `formatSizes()`, `budgetResults()`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** 1 KB = 1,000 bytes (as size-limit and bundlephobia count). */
export const KB = 1000;
/** SPEC §7 size budgets, min+gzip bytes. */
export const BUDGETS = { bundle: 30 * KB, widgetThroughLoader: 15 * KB };

/**
 * Where a SPEC §7 budget is still missed, the size reached so far (min+gzip bytes as measured here, plus 50 bytes
 * for a compressor's whims): `--check` holds these as limits, so that a change cannot make a file bigger unnoticed.
 * Lower an entry when a change makes its file smaller; delete it once its budget is met. Keys: `bundle` and the
 * loader's tags.
 */
export const CEILINGS = {
  bundle: 41_795,
  'career-ladder': 19_346,
  'career-certification-picker': 23_355,
  'career-skills-matrix': 23_839,
  'career-title-explorer': 23_690,
};

const LIT_CORE = /^(lit|lit-html|lit-element|@lit\/reactive-element)($|\/)/;

export function gzip(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

function sizesOf(content) {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) };
}

function add(a, b) {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const ZERO = { raw: 0, gzip: 0, brotli: 0 };

/** Relative module specifiers of a built ES module: `static` (import/export … from, bare import) and `dynamic`. */
export function moduleImports(code) {
  const statics = new Set();
  const dynamics = new Set();
  const staticRe =
    /(?:^|[;}\s)/])(?:import|export)\s*(?:[\w$*\s{},]*?\s*from\s*)?["'](\.{1,2}\/[^"'\n]+)["']/g;
  const dynamicRe = /\bimport\(\s*["'](\.{1,2}\/[^"'\n]+)["']\s*\)/g;
  for (const m of code.matchAll(staticRe)) statics.add(m[1]);
  for (const m of code.matchAll(dynamicRe)) dynamics.add(m[1]);
  return { static: [...statics], dynamic: [...dynamics] };
}

/**
 * Tag → path of the widget's file in the loader's `'career-x': () => import('./x.js')` map. The CDN build puts the
 * early requests of the file's chunks before it, `import('./chunks/…').catch(…)`: the widget's file is the import
 * there without a `.catch`.
 */
export function loaderWidgets(code) {
  const out = new Map();
  const keys = [...code.matchAll(/["']([a-z][a-z0-9]*-[a-z0-9-]*)["']\s*:/g)];
  keys.forEach((m, i) => {
    const value = code.slice(m.index + m[0].length, keys[i + 1]?.index ?? code.length);
    const imp = /\bimport\(\s*["']([^"']+)["']\s*\)(?!\s*\.catch)/.exec(value);
    if (imp) out.set(m[1], imp[1]);
  });
  return out;
}

/** The files a module pulls in through static imports (itself included), and the dynamic imports among them. */
function closure(entry) {
  const files = [];
  const lazy = new Set();
  const missing = [];
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) {
      missing.push(file);
      return;
    }
    files.push(file);
    const imports = moduleImports(readFileSync(file, 'utf8'));
    for (const spec of imports.static) visit(resolve(dirname(file), spec));
    for (const spec of imports.dynamic) lazy.add(resolve(dirname(file), spec));
  };
  visit(entry);
  for (const f of files) lazy.delete(f);
  return { files, lazy: [...lazy], missing };
}

function rel(file) {
  return relative(ROOT, file);
}

/**
 * `cdn/career-widgets.js` as a page loads it by default: the file and the chunks it imports statically, each
 * compressed on its own; the chunks it imports dynamically (the validator, for custom data only) apart.
 */
async function cdnBundle(root) {
  const file = join(root, 'cdn/career-widgets.js');
  if (!existsSync(file)) return { file: rel(file), missing: true };
  const { files, lazy, missing } = closure(file);
  let total = { ...ZERO };
  let minified = { ...ZERO };
  const parts = [];
  for (const f of files) {
    const code = readFileSync(f);
    const s = sizesOf(code);
    parts.push({ file: rel(f), ...s });
    total = add(total, s);
    const m = await transform(code.toString('utf8'), {
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
    });
    minified = add(minified, sizesOf(m.code));
  }
  const lazyParts = [];
  let lazyTotal = { ...ZERO };
  for (const f of lazy) {
    if (!existsSync(f)) continue;
    for (const g of closure(f).files) {
      if (files.includes(g) || lazyParts.some((p) => p.file === rel(g))) continue;
      const s = sizesOf(readFileSync(g));
      lazyParts.push({ file: rel(g), ...s });
      lazyTotal = add(lazyTotal, s);
    }
  }
  return {
    file: rel(file),
    ...total,
    minified,
    files: parts,
    lazy: lazyParts,
    lazyTotal,
    missing: missing.map(rel),
  };
}

function throughLoader(root, path = 'cdn/loader.js') {
  const loader = join(root, path);
  if (!existsSync(loader)) return { file: rel(loader), missing: true, widgets: [] };
  const loaderCode = readFileSync(loader);
  const loaderSizes = sizesOf(loaderCode);
  const widgets = [];
  for (const [tag, spec] of loaderWidgets(loaderCode.toString('utf8'))) {
    const entry = resolve(dirname(loader), spec);
    const { files, lazy, missing } = closure(entry);
    let total = { ...loaderSizes };
    const parts = [{ file: rel(loader), ...loaderSizes }];
    for (const f of files) {
      const s = sizesOf(readFileSync(f));
      parts.push({ file: rel(f), ...s });
      total = add(total, s);
    }
    let lazyTotal = { ...ZERO };
    const lazyParts = [];
    for (const f of lazy) {
      if (!existsSync(f)) continue;
      const c = closure(f);
      for (const g of c.files) {
        if (files.includes(g) || lazyParts.some((p) => p.file === rel(g))) continue;
        const s = sizesOf(readFileSync(g));
        lazyParts.push({ file: rel(g), ...s });
        lazyTotal = add(lazyTotal, s);
      }
    }
    widgets.push({
      tag,
      ...total,
      files: parts,
      lazy: lazyParts,
      lazyTotal,
      missing: missing.map(rel),
    });
  }
  return { file: rel(loader), ...loaderSizes, widgets };
}

/** Bundles one or more entries with esbuild, minified, dependencies included (React left out). */
async function bundle(entryPoints, { splitting = false, stdin, plugins = [], outdir = '/out' } = {}) {
  const result = await build({
    ...(stdin ? { stdin } : { entryPoints }),
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    splitting,
    outdir,
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    loader: { '.json': 'json' },
    tsconfig: join(ROOT, 'tsconfig.json'),
    plugins,
  });
  const files = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  let total = { ...ZERO };
  for (const f of files) total = add(total, sizesOf(Buffer.from(f.contents)));
  return { ...total, files: files.length, metafile: result.metafile };
}

/** Minified bytes of the output that come from Lit's core packages. */
function litBytes(metafile) {
  let n = 0;
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, info] of Object.entries(output.inputs)) {
      if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(input))
        n += info.bytesInOutput;
    }
  }
  return n;
}

async function npmEntries(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = [];
  for (const [name, target] of Object.entries(pkg.exports ?? {})) {
    const file = typeof target === 'string' ? target : target?.default;
    if (typeof file !== 'string' || !file.startsWith('./dist/') || !file.endsWith('.js')) continue;
    const abs = join(root, file);
    if (!existsSync(abs)) {
      entries.push({ entry: name, file: file.slice(2), missing: true });
      continue;
    }
    const b = await bundle([abs]);
    entries.push({ entry: name, file: file.slice(2), ...strip(b), litMin: litBytes(b.metafile) });
  }
  const widgetFiles = entries
    .filter((e) => !e.missing && !/^\.\/(all|data|react)$/.test(e.entry) && e.entry !== '.')
    .map((e) => join(root, e.file));
  const together =
    widgetFiles.length > 0
      ? { entries: widgetFiles.map(rel), ...strip(await bundle(widgetFiles, { splitting: true })) }
      : null;
  return { entries, together };
}

function strip({ metafile: _metafile, ...rest }) {
  return rest;
}

async function litAlone() {
  const b = await bundle(undefined, {
    stdin: { contents: "export * from 'lit';", resolveDir: ROOT, loader: 'js', sourcefile: 'lit.js' },
  });
  return strip(b);
}

/** Short group name of a bundled module path. */
function groupOf(path) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (pkg) return LIT_CORE.test(pkg[1]) ? 'lit (core)' : pkg[1];
  if (isData(path)) return `default data (${path})`;
  const src = /^src\/([^/]+)\//.exec(path);
  if (src) {
    if (src[1] === 'data') {
      if (/validate|schema/.test(path)) return 'validator (src/data/validate.ts, schema.ts)';
      return 'src/data (queries)';
    }
    return `src/${src[1]}`;
  }
  return path;
}

/** Leaves modules matching `test` out of the bundle (kept as imports), to see what they cost. */
function leaveOut(test) {
  return {
    name: 'leave-out',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const bare = !args.path.startsWith('.') && !args.path.startsWith('/');
        const id = bare
          ? args.path
          : relative(ROOT, resolve(args.resolveDir, args.path)).replace(/\.(js|ts)$/, '');
        return test(id, bare) ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

/** Default data the widgets embed (the parts of the view, src/data/default/parts/*.json) or a dataset file in data/. */
const isData = (id) => /^(data\/[^/]+|src\/data\/default\/parts\/[^/]+)\.json$/.test(id);
const isValidator = (id) => id === 'src/data/validate';

const EXCLUSIONS = [
  ['default data (src/data/default/parts/*.json)', isData],
  ['validator (validate.ts → schema.ts, valibot)', isValidator],
  ['default data and validator together', (id) => isData(id) || isValidator(id)],
  ['Lit core (lit, lit-html, lit-element, reactive-element)', (id, bare) => bare && LIT_CORE.test(id)],
  ['@lit/context', (id, bare) => bare && id.startsWith('@lit/context')],
  ['@lit/localize', (id, bare) => bare && id.startsWith('@lit/localize')],
];

/**
 * What each widget would weigh through the loader if some modules were loaded on demand instead: an esbuild
 * code-split build of `src/cdn/loader.ts` with them left out, measured like the real loader build.
 */
async function loaderWithout(root, test) {
  const loaderSrc = join(root, 'src/cdn/loader.ts');
  if (!existsSync(loaderSrc)) return [];
  const dir = mkdtempSync(join(tmpdir(), 'career-bench-'));
  try {
    await build({
      entryPoints: { loader: loaderSrc },
      absWorkingDir: ROOT,
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      splitting: true,
      outdir: dir,
      chunkNames: 'chunks/[name]-[hash]',
      legalComments: 'none',
      logLevel: 'silent',
      loader: { '.json': 'json' },
      tsconfig: join(ROOT, 'tsconfig.json'),
      plugins: [leaveOut(test)],
    });
    return throughLoader(dir, 'loader.js').widgets.map((w) => ({
      tag: w.tag,
      gzip: w.gzip,
      brotli: w.brotli,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function breakdown(root) {
  const entry = join(root, 'src/all.ts');
  if (!existsSync(entry)) return null;
  const full = await bundle([entry]);
  const output = Object.values(full.metafile.outputs).find((o) => o.entryPoint);
  const modules = Object.entries(output.inputs)
    .map(([path, info]) => ({ path, min: info.bytesInOutput }))
    .filter((m) => m.min > 0)
    .sort((a, b) => b.min - a.min);
  const groups = new Map();
  for (const m of modules) groups.set(groupOf(m.path), (groups.get(groupOf(m.path)) ?? 0) + m.min);
  const minTotal = modules.reduce((n, m) => n + m.min, 0);
  const exclusions = [];
  const widgetDirs = readFileSync(entry, 'utf8').matchAll(/from\s+['"]\.\/([\w-]+)\/index\.js['"]/g);
  const tests = [...EXCLUSIONS];
  for (const [, dir] of widgetDirs) {
    tests.push([`widget src/${dir}/ (only what it alone uses)`, (id) => id === `src/${dir}/index`]);
  }
  for (const [name, test] of tests) {
    const without = await bundle([entry], { plugins: [leaveOut(test)] });
    exclusions.push({
      name,
      min: full.raw - without.raw,
      gzip: full.gzip - without.gzip,
      brotli: full.brotli - without.brotli,
    });
  }
  const loaderScenarios = [
    { name: 'validator on demand', widgets: await loaderWithout(root, isValidator) },
    {
      name: 'validator and default data on demand',
      widgets: await loaderWithout(root, (id) => isValidator(id) || isData(id)),
    },
  ];
  return {
    entry: rel(entry),
    total: { raw: full.raw, gzip: full.gzip, brotli: full.brotli, modulesMin: minTotal },
    loaderScenarios,
    modules,
    groups: [...groups].map(([name, min]) => ({ name, min })).sort((a, b) => b.min - a.min),
    exclusions,
    dataset: datasetVariants(root),
  };
}

/** What leaner shapes of the default dataset would weigh (as the JSON the bundle and the widgets embed). */
function datasetVariants(root) {
  const file = join(root, 'data/it-project-manager.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const dropKeys = (value, keys) =>
    JSON.parse(JSON.stringify(value, (k, v) => (keys.includes(k) ? undefined : v)));
  const partsDir = join(root, 'src/data/default/parts');
  const parts = existsSync(partsDir)
    ? readdirSync(partsDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({
          name: basename(f, '.json'),
          part: JSON.parse(readFileSync(join(partsDir, f), 'utf8')),
        }))
    : [];
  const variant = (name, value) => ({ name, ...sizesOf(JSON.stringify(value)) });
  const view = parts.map((p) => p.part);
  const readers = (p) => (p.name === 'every-widget' ? null : p.name.split('--'));
  const widgets = [...new Set(parts.flatMap((p) => readers(p) ?? []))];
  return [
    variant('the whole dataset (data/it-project-manager.json)', data),
    variant('what the widgets display: every part (src/data/default/parts/*.json; the bundle)', view),
    variant(
      '…and without `source`/`sources`/`citations`',
      dropKeys(view, ['source', 'sources', 'citations']),
    ),
    ...widgets.map((w) =>
      variant(
        `the parts \`<career-${w}>\` reads (what it embeds)`,
        parts.filter((p) => readers(p)?.includes(w) ?? true).map((p) => p.part),
      ),
    ),
  ];
}

/** Every measurement; `withBreakdown: false` skips the (slower) per-module analysis. */
export async function measureSizes({ root = ROOT, withBreakdown = true } = {}) {
  return {
    kb: KB,
    compression: 'gzip: zlib level 9; brotli: quality 11; each file compressed on its own',
    budgets: BUDGETS,
    cdnBundle: await cdnBundle(root),
    loader: throughLoader(root),
    npm: await npmEntries(root),
    lit: await litAlone(),
    breakdown: withBreakdown ? await breakdown(root) : null,
  };
}

/**
 * `[{ what, limit, actual, ok, ceiling, held }]` for each size budget of SPEC §7: `ok` when the budget is met;
 * `held` when the size is within its limit for `--check` (the budget, or the ceiling while the budget is missed).
 */
export function budgetResults(sizes) {
  const out = [];
  const b = sizes.cdnBundle;
  out.push({
    key: 'bundle',
    what: '`cdn/career-widgets.js`, min+gzip',
    limit: BUDGETS.bundle,
    actual: b.missing === true ? null : b.gzip,
    ok: b.missing === true ? false : b.gzip <= BUDGETS.bundle && b.missing.length === 0,
    note:
      b.missing === true
        ? 'not built: run `npm run build`'
        : b.missing.length
          ? `missing chunks: ${b.missing.join(', ')}`
          : undefined,
  });
  if (sizes.loader.missing) {
    out.push({
      what: 'one widget through `cdn/loader.js`, min+gzip',
      limit: BUDGETS.widgetThroughLoader,
      actual: null,
      ok: false,
      note: 'not built: run `npm run build`',
    });
  }
  for (const w of sizes.loader.widgets) {
    out.push({
      key: w.tag,
      what: `\`<${w.tag}>\` through \`cdn/loader.js\`, min+gzip`,
      limit: BUDGETS.widgetThroughLoader,
      actual: w.gzip,
      ok: w.gzip <= BUDGETS.widgetThroughLoader && w.missing.length === 0,
      note: w.missing.length ? `missing chunks: ${w.missing.join(', ')}` : undefined,
    });
  }
  for (const r of out) {
    r.ceiling = CEILINGS[r.key];
    r.held = r.ok || (r.actual != null && r.ceiling != null && r.actual <= r.ceiling && !r.note);
    delete r.key;
  }
  return out;
}

export function kb(bytes) {
  return bytes == null ? '—' : `${(bytes / KB).toFixed(2)} KB`;
}

/** A Markdown table with its columns padded to one width, as Biome formats Markdown. */
export function table(head, rows) {
  const cells = (row) => head.map((_, i) => String(row[i] ?? ''));
  const all = [cells(head), ...rows.map(cells)];
  const widths = head.map((_, i) => Math.max(3, ...all.map((row) => [...row[i]].length)));
  const line = (row) => `| ${row.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [line(all[0]), line(widths.map((w) => '-'.repeat(w))), ...all.slice(1).map(line)].join('\n');
}

/** The measurements as Markdown tables. */
export function formatSizes(sizes, { details = true } = {}) {
  const out = [];
  const b = sizes.cdnBundle;
  out.push(`Sizes (1 KB = ${sizes.kb} bytes; ${sizes.compression}).`, '');
  out.push(
    table(
      ['What', 'Raw', 'gzip', 'brotli', 'Budget (gzip)', ''],
      budgetResults(sizes).map((r) => {
        const w = r.what.startsWith('`<')
          ? sizes.loader.widgets.find((x) => r.what.startsWith(`\`<${x.tag}>`))
          : b;
        return [
          r.what,
          w && w.missing !== true ? kb(w.raw) : '—',
          kb(r.actual),
          w && w.missing !== true ? kb(w.brotli) : '—',
          `≤ ${kb(r.limit)}`,
          r.ok
            ? 'ok'
            : `**MISSED**${r.ceiling == null ? '' : ` (ceiling ${kb(r.ceiling)}${r.held ? '' : ': OVER'})`}${r.note ? ` (${r.note})` : ''}`,
        ];
      }),
    ),
  );
  if (b.missing !== true) {
    out.push(
      '',
      `\`${b.file}\` counts the file and the chunks it imports statically (what a page loads by default); it is ` +
        `shipped ${b.raw - b.minified.raw > 1000 ? 'without full (whitespace) minification' : 'minified'}; ` +
        `fully minified by esbuild it would be ${kb(b.minified.raw)} raw, ${kb(b.minified.gzip)} gzip, ` +
        `${kb(b.minified.brotli)} brotli.`,
    );
    if (details) {
      out.push('', `\`${b.file}\`, file by file (each transferred and compressed on its own):`, '');
      const rows = b.files.map((f) => [`\`${f.file}\``, 'on load', kb(f.raw), kb(f.gzip), kb(f.brotli)]);
      for (const f of b.lazy)
        rows.push([`\`${f.file}\``, 'on demand (custom data)', kb(f.raw), kb(f.gzip), kb(f.brotli)]);
      out.push(table(['File', 'Loaded', 'Raw', 'gzip', 'brotli'], rows));
    }
  }
  if (details && sizes.loader.widgets.length) {
    out.push('', 'Through the loader, file by file (each transferred and compressed on its own):', '');
    const rows = [];
    for (const w of sizes.loader.widgets) {
      for (const f of w.files)
        rows.push([`\`<${w.tag}>\``, `\`${f.file}\``, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
      for (const f of w.lazy)
        rows.push([`\`<${w.tag}>\` (on demand)`, `\`${f.file}\``, kb(f.raw), kb(f.gzip), kb(f.brotli)]);
    }
    out.push(table(['Widget', 'File', 'Raw', 'gzip', 'brotli'], rows));
  }
  if (details) {
    out.push(
      '',
      'npm entries bundled by esbuild (minified, Lit and other dependencies included, React left out):',
      '',
    );
    const rows = sizes.npm.entries.map((e) =>
      e.missing
        ? [`\`${e.entry}\``, `\`${e.file}\``, 'not built yet', '', '', '']
        : [`\`${e.entry}\``, `\`${e.file}\``, kb(e.raw), kb(e.gzip), kb(e.brotli), kb(e.litMin)],
    );
    if (sizes.npm.together) {
      const t = sizes.npm.together;
      rows.push([
        'all widget entries, code-split (Lit once)',
        `${t.files} files`,
        kb(t.raw),
        kb(t.gzip),
        kb(t.brotli),
        '',
      ]);
    }
    rows.push([
      "Lit alone (`export * from 'lit'`)",
      '',
      kb(sizes.lit.raw),
      kb(sizes.lit.gzip),
      kb(sizes.lit.brotli),
      '',
    ]);
    out.push(table(['Entry', 'File', 'min', 'min+gzip', 'min+brotli', 'of which Lit core (min)'], rows));
  }
  const bd = sizes.breakdown;
  if (details && bd) {
    out.push(
      '',
      `What makes the CDN bundle big: esbuild bundle of \`${bd.entry}\` (${kb(bd.total.raw)} min, ${kb(bd.total.gzip)} gzip).`,
      '',
    );
    out.push(
      table(
        ['Group', 'min bytes', 'share'],
        bd.groups.map((g) => [
          g.name,
          String(g.min),
          `${((100 * g.min) / bd.total.modulesMin).toFixed(1)} %`,
        ]),
      ),
    );
    out.push('', 'Largest modules:', '');
    out.push(
      table(
        ['Module', 'min bytes'],
        bd.modules.slice(0, 15).map((m) => [`\`${m.path}\``, String(m.min)]),
      ),
    );
    out.push('', 'Left out of the bundle, each group saves:', '');
    out.push(
      table(
        ['Left out', 'min', 'gzip', 'brotli'],
        bd.exclusions.map((e) => [e.name, kb(e.min), kb(e.gzip), kb(e.brotli)]),
      ),
    );
    const scenarios = bd.loaderScenarios.filter((x) => x.widgets.length);
    if (scenarios.length && sizes.loader.widgets.length) {
      out.push(
        '',
        'Each widget through the loader (min+gzip, initial load) if modules were split off and loaded only when ' +
          'needed (esbuild code-split build of `src/cdn/loader.ts`):',
        '',
      );
      out.push(
        table(
          ['Widget', 'Now', ...scenarios.map((x) => x.name)],
          sizes.loader.widgets.map((w) => [
            `\`<${w.tag}>\``,
            kb(w.gzip),
            ...scenarios.map((x) => kb(x.widgets.find((y) => y.tag === w.tag)?.gzip)),
          ]),
        ),
      );
    }
    if (bd.dataset.length) {
      out.push('', 'The default dataset in leaner shapes (JSON as embedded):', '');
      out.push(
        table(
          ['Shape', 'raw', 'gzip', 'brotli'],
          bd.dataset.map((d) => [d.name, kb(d.raw), kb(d.gzip), kb(d.brotli)]),
        ),
      );
    }
  }
  return out.join('\n');
}

async function main(argv) {
  const check = argv.includes('--check');
  const reportOnly = argv.includes('--report-only');
  const sizes = await measureSizes();
  if (argv.includes('--json')) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    console.log(formatSizes(sizes));
  }
  const results = budgetResults(sizes);
  const missed = results.filter((r) => !r.ok);
  if (missed.length) {
    console.error(`\n${missed.length} size budget(s) of SPEC §7 missed:`);
    for (const m of missed) {
      const ceiling = m.ceiling == null ? 'no ceiling recorded' : `ceiling ${kb(m.ceiling)}`;
      const verdict = m.held ? `within its ${ceiling}` : `OVER: ${ceiling}`;
      console.error(
        `  ${m.what}: ${kb(m.actual)} > ${kb(m.limit)}; ${verdict}${m.note ? ` (${m.note})` : ''}`,
      );
    }
  }
  const over = results.filter((r) => !r.held);
  if (check && over.length) {
    if (!reportOnly) return 1;
    console.error('(--report-only: not failing)');
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
