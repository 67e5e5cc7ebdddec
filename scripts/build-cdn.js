#!/usr/bin/env node
/**
 * Builds the CDN files (`npm run build:cdn`), minified, ES2022, everything bundled:
 * - `cdn/career-widgets.js`: one self-contained module with every widget and the default dataset; what only custom
 *   data needs (the validator and valibot) is `cdn/validate.js`, imported on demand;
 * - `cdn/loader.js` and one entry per widget (`cdn/ladder.js`, …), code-split, sharing chunks in `cdn/chunks/`.
 * The static text of Lit's `css\`…\`` and `html\`…\`` templates is minified on the way
 * (scripts/minify-templates.js), and terser minifies esbuild's output once more (see `terseOutput`).
 * `THIRD-PARTY-LICENSES.txt` beside them holds the license of every npm package bundled into them (Lit, @lit/context,
 * @lit/localize, valibot).
 *
 *   node scripts/build-cdn.js [--outdir DIR] [--no-minify-templates] [--no-terser]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';
import { minifyTemplates } from './minify-templates.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild plugin: minifies the `css` and `html` templates in the project's own TypeScript modules. */
export function minifyLitTemplates() {
  return {
    name: 'minify-lit-templates',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/, namespace: 'file' }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const { code, templates } = minifyTemplates(source);
        return templates > 0 ? { contents: code, loader: 'ts' } : undefined;
      });
    },
  };
}

/**
 * esbuild plugin: `@lit/context` and `@lit/localize` are each one index re-exporting their modules, and declare no
 * `sideEffects`. Code-split, every module the `@lit/context` index names went into the chunk all widgets share, so
 * each widget carried `ContextProvider`, which only `<career-provider>` uses; and every build carried what
 * `@lit/localize` does at import time for the runtime translations we do not configure (a table of hex digits, a
 * resolved deferred). Here each of our modules importing `{ … } from '<pkg>'` gets a small facade that re-exports
 * just those names from the package's own files (as its index maps them: `export { … } from`, or `export * from`
 * a module that declares the name). A module whose import this cannot read (no named import list, or a name it
 * cannot place) gets the index as usual.
 */
export function importsByName(pkg) {
  const index = fileURLToPath(import.meta.resolve(pkg));
  const files = new Map();
  const text = readFileSync(index, 'utf8');
  for (const [, list, from] of text.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const spec of list.split(',')) {
      const [name, alias = name] = spec.trim().split(/\s+as\s+/);
      files.set(alias, { name, from });
    }
  }
  for (const [, from] of text.matchAll(/export\s*\*\s*from\s*["']([^"']+)["']/g)) {
    const module = readFileSync(resolve(dirname(index), from), 'utf8');
    for (const [, name] of module.matchAll(
      /export\s+(?:const|let|var|class|(?:async\s+)?function\*?)\s+([\w$]+)/g,
    )) {
      if (!files.has(name)) files.set(name, { name, from });
    }
  }
  const quoted = pkg.replace(/[/@]/g, (c) => `\\${c}`);
  const NAMED = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${quoted}'`);
  const namespace = `by-name:${pkg}`;
  return {
    name: `imports-by-name:${pkg}`,
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${quoted}$`) }, (args) => {
        const names = NAMED.exec(readFileSync(args.importer, 'utf8'))?.[1];
        const wanted = names
          ?.split(',')
          .map((n) => n.replace(/^\s*type\s+/, '').trim())
          .filter(Boolean);
        if (!wanted?.length || !wanted.every((n) => files.has(n))) return undefined;
        // Paths relative to the project, so that chunk names do not depend on where it is checked out.
        return { path: relative(ROOT, args.importer), namespace, pluginData: wanted };
      });
      b.onLoad({ filter: /.*/, namespace }, (args) => ({
        contents: args.pluginData
          .map((n) => `export { ${files.get(n).name} as ${n} } from ${JSON.stringify(files.get(n).from)};`)
          .join('\n'),
        resolveDir: dirname(index),
        loader: 'js',
      }));
    },
  };
}

/** `importsByName('@lit/context')`. */
export function litContextByName() {
  return importsByName('@lit/context');
}

/** esbuild plugin: leaves the controller's `import('../data/validate.js')` to the separately built `./validate.js`. */
function validatorApart() {
  return {
    name: 'validator-apart',
    setup(b) {
      b.onResolve({ filter: /[\\/]data[\\/]validate\.js$/ }, (args) =>
        args.kind === 'dynamic-import' ? { path: './validate.js', external: true } : undefined,
      );
    },
  };
}

/**
 * esbuild plugin for the one-file bundle, which holds every widget: their default data as one object, the view
 * whole. `src/data/default-view.ts` puts the parts together (as each widget's module does with the parts it reads)
 * here, at build time, and every default-data module exports that one object: the view holds every field of every
 * widget's slice, and records kept whole compress better than records cut into parts.
 */
export function wholeDefaultView() {
  return {
    name: 'whole-default-view',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]data[\\/](default-view|default[\\/][\w-]+)\.ts$/ }, async (args) => {
        const name = /export const (\w+)/.exec(await readFile(args.path, 'utf8'))?.[1];
        if (!name) return undefined;
        return {
          contents: `export { defaultView as ${name} } from 'career-widgets:default-view';`,
          loader: 'js',
        };
      });
      b.onResolve({ filter: /^career-widgets:default-view$/ }, () => ({
        path: 'default-view',
        namespace: 'whole-default-view',
      }));
      b.onLoad({ filter: /.*/, namespace: 'whole-default-view' }, async () => {
        const assembled = await build({
          entryPoints: [resolve(ROOT, 'src/data/default-view.ts')],
          bundle: true,
          format: 'esm',
          platform: 'neutral',
          write: false,
          logLevel: 'warning',
        });
        const code = Buffer.from(assembled.outputFiles[0].text).toString('base64');
        const { defaultView } = await import(`data:text/javascript;base64,${code}`);
        return { contents: `export const defaultView = ${JSON.stringify(defaultView)};`, loader: 'js' };
      });
    },
  };
}

/**
 * Minifies every `.js` file under `dir` again with terser, in place. esbuild names variables in order of scope;
 * terser by how often each is used, which gzip rewards, and its compressor finds a little more: the bundle is 1 KB
 * smaller gzipped (40.62 → 39.61 KB when this was written). Each file is an ES module, so its exports keep their
 * names. Terser's inlining (of functions and of variables into the places that use them) is off: it saved 0.1 KB
 * more but made the search slower (10,000 titles, keystroke → paint, alternating runs: 10.1–12.4 ms with it,
 * 8.1–9.3 ms without).
 */
export async function terseOutput(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const { code } = await minify(await readFile(file, 'utf8'), {
      module: true,
      compress: { passes: 2, inline: false, reduce_funcs: false, collapse_vars: false },
      format: { comments: false },
    });
    await writeFile(file, code);
  }
}

/**
 * The modules of the one-file bundle in the order they are written to it: `src/all.ts`, preceded by imports that put
 * like with like. gzip only finds repeats within 32 KB, and the bundle is 140 KB: with the default view first, then
 * every widget's styles, then the widgets, each beside what resembles it, the same code is 0.8 KB smaller gzipped
 * (40.33 → 39.52 KB when this was written; of the 24 orders of the four widgets the worst gave 40.01). These modules
 * have no side effects but their own definitions (styles, data, then each widget's `define`), so only the order of
 * definition changes.
 */
const BUNDLE_ORDER = [
  './data/default-view.js',
  './shared/styles.js',
  './ladder/ladder.styles.js',
  './certification-picker/certification-picker.styles.js',
  './skills-matrix/skills-matrix.styles.js',
  './title-explorer/title-explorer.styles.js',
  './provider/index.js',
  './title-explorer/index.js',
  './skills-matrix/index.js',
  './ladder/index.js',
  './certification-picker/index.js',
];

/** esbuild plugin: the bundle's entry, `src/all.ts` with the imports of `BUNDLE_ORDER` before it. */
function bundleEntry() {
  return {
    name: 'bundle-entry',
    setup(b) {
      b.onResolve({ filter: /^career-widgets:bundle$/ }, () => ({
        path: 'bundle',
        namespace: 'bundle-entry',
      }));
      b.onLoad({ filter: /.*/, namespace: 'bundle-entry' }, () => ({
        // Namespace imports, unused: a bare `import '…'` of a module without side effects is dropped with a warning.
        contents: [
          ...BUNDLE_ORDER.map((m, i) => `import * as m${i} from '${m}';`),
          "export * from './all.js';",
        ].join('\n'),
        resolveDir: resolve(ROOT, 'src'),
        loader: 'js',
      }));
    },
  };
}

/**
 * Rewrites the built loader (`loaderFile`, its esbuild `metafile` beside) so that a widget's files are requested at
 * once. The loader's `import("./ladder.js")` alone costs three round trips: the loader, then the widget's file, and
 * only once that has arrived and been parsed, the chunks it imports. Each such import becomes
 * `(import("./chunks/…").catch(() => 0), …, import("./ladder.js"))`, naming every chunk the widget's file imports,
 * directly or through another chunk: two round trips. The browser fetches and runs each module once, however many
 * imports name it. The widget's own import still says whether it loaded: it imports those chunks too, and a chunk
 * whose early request failed is requested again by it (so the early imports' failures are dropped, not reported
 * twice). Chunks imported on demand (the validator) are left to their `import()`.
 */
export async function fetchAtOnce(metafile, loaderFile) {
  const outputs = new Map(Object.entries(metafile.outputs).map(([f, o]) => [resolve(ROOT, f), o]));
  const staticImports = (file, seen = new Set()) => {
    for (const i of outputs.get(file).imports) {
      const chunk = resolve(ROOT, i.path);
      if (i.kind !== 'import-statement' || seen.has(chunk)) continue;
      seen.add(chunk);
      staticImports(chunk, seen);
    }
    return seen;
  };
  const spec = (file) => `./${relative(dirname(loaderFile), file).replaceAll('\\', '/')}`;
  let code = await readFile(loaderFile, 'utf8');
  for (const i of outputs.get(resolve(loaderFile)).imports) {
    if (i.kind !== 'dynamic-import') continue;
    const entry = resolve(ROOT, i.path);
    const call = `import(${JSON.stringify(spec(entry))})`;
    if (!code.includes(call)) throw new Error(`fetchAtOnce: no ${call} in ${loaderFile}`);
    // The largest chunks first: a browser limited to a few connections at a time (HTTP/1.1) starts them in order.
    const chunks = [...staticImports(entry)].sort((a, b) => outputs.get(b).bytes - outputs.get(a).bytes);
    const early = chunks.map((f) => `import(${JSON.stringify(spec(f))}).catch(()=>0),`);
    code = code.replaceAll(call, `(${early.join('')}${call})`);
  }
  await writeFile(loaderFile, code);
}

/** The notices of the code of others in the CDN files, beside them. */
export const LICENSES = 'THIRD-PARTY-LICENSES.txt';

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

/** The one-file bundle is the file people copy on its own: it says what it is and where the notices are. */
const BANNER = `/*! ${pkg.name} ${pkg.version} (${pkg.license}); bundled code of others: ${LICENSES} */`;

/** Both CDN builds into `outdir`; `terser: false` leaves esbuild's output as it is. */
export async function buildCdn({ outdir = resolve(ROOT, 'cdn'), minifyLit = true, terser = true } = {}) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    // The notices of bundled packages go to THIRD-PARTY-LICENSES.txt in full (see `thirdPartyNotices`).
    legalComments: 'none',
    logLevel: 'warning',
    // Each widget's entry imports src/shared/events.ts for its types only (the events on `HTMLElementEventMap`);
    // `sideEffects` rightly lets the bundle leave it out, which esbuild would report once per entry and build. This
    // also silences a side-effect import left out by mistake; the tests of the built files would see its effect
    // missing (test/dist/examples.js renders every widget from the CDN files).
    logOverride: { 'ignored-bare-import': 'silent' },
    metafile: true,
    splitting: true,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
  };
  const css = minifyLit ? [minifyLitTemplates()] : [];
  const bundle = await build({
    ...common,
    splitting: false,
    entryPoints: { 'career-widgets': 'career-widgets:bundle' },
    plugins: [bundleEntry(), wholeDefaultView(), importsByName('@lit/localize'), ...css, validatorApart()],
  });
  const validator = await build({
    ...common,
    splitting: false,
    entryPoints: { validate: 'src/data/validate.ts' },
    plugins: css,
  });
  const loader = await build({
    ...common,
    entryPoints: {
      loader: 'src/cdn/loader.ts',
      provider: 'src/provider/index.ts',
      ladder: 'src/ladder/index.ts',
      'certification-picker': 'src/certification-picker/index.ts',
      'skills-matrix': 'src/skills-matrix/index.ts',
      'title-explorer': 'src/title-explorer/index.ts',
    },
    plugins: [litContextByName(), importsByName('@lit/localize'), ...css],
  });
  await fetchAtOnce(loader.metafile, join(outdir, 'loader.js'));
  if (terser) await terseOutput(outdir);
  const inputs = [bundle, validator, loader].flatMap((b) => Object.keys(b.metafile.inputs));
  await writeFile(join(outdir, LICENSES), thirdPartyNotices(bundledPackages(inputs)));
  const bundleFile = join(outdir, 'career-widgets.js');
  await writeFile(bundleFile, `${BANNER}\n${await readFile(bundleFile, 'utf8')}`);
}

/**
 * The npm packages whose files are among `inputs` (esbuild metafile input paths, relative to the project), each
 * with its name, version, license and the text of its license file, sorted by name.
 */
export function bundledPackages(inputs) {
  const roots = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replaceAll('\\', '/'));
    if (match) roots.add(match[1]);
  }
  return [...roots]
    .map((root) => {
      const dir = resolve(ROOT, root);
      const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      if (!file)
        throw new Error(`${meta.name} is bundled into the CDN files but has no license file to copy`);
      return {
        name: meta.name,
        version: meta.version,
        license: meta.license,
        text: readFileSync(join(dir, file), 'utf8'),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The text of THIRD-PARTY-LICENSES.txt: each package's name, version and license, then its license file. */
export function thirdPartyNotices(packages) {
  const rule = '-'.repeat(80);
  return [
    `The files of ${pkg.name} ${pkg.version} in this folder bundle code of the npm packages below. Their copyright`,
    'notices and licenses follow, as each package ships them.',
    '',
    ...packages.flatMap((p) => [rule, `${p.name} ${p.version} (${p.license})`, rule, '', p.text.trim(), '']),
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--outdir');
  await buildCdn({
    outdir: at >= 0 ? resolve(argv[at + 1]) : undefined,
    minifyLit: !argv.includes('--no-minify-templates'),
    terser: !argv.includes('--no-terser'),
  });
}
