#!/usr/bin/env node
/**
 * Builds the CDN files (`npm run build:cdn`), minified, ES2022, everything bundled:
 * - `cdn/career-widgets.js`: one self-contained module with every widget and the default dataset; what only custom
 *   data needs (the validator and valibot) is `cdn/validate.js`, imported on demand;
 * - `cdn/loader.js` and one entry per widget (`cdn/ladder.js`, …), code-split, sharing chunks in `cdn/chunks/`.
 * The static text of Lit's `css\`…\`` and `html\`…\`` templates is minified on the way (scripts/minify-templates.js).
 *
 *   node scripts/build-cdn.js [--outdir DIR] [--no-minify-templates]
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
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
 * esbuild plugin: `@lit/context` is one index re-exporting its modules, and declares no `sideEffects`; code-split,
 * every module the index names went into the chunk all widgets share, so each widget carried `ContextProvider`,
 * which only `<career-provider>` uses. Here each of our modules importing `{ … } from '@lit/context'` gets a small
 * facade that re-exports just those names from the package's own files (as its index maps them). A module whose
 * import this cannot read (no named import list) gets the index as usual.
 */
export function litContextByName() {
  const index = fileURLToPath(import.meta.resolve('@lit/context'));
  const files = new Map();
  for (const [, list, from] of readFileSync(index, 'utf8').matchAll(
    /export\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g,
  )) {
    for (const spec of list.split(',')) {
      const [name, alias = name] = spec.trim().split(/\s+as\s+/);
      files.set(alias, { name, from });
    }
  }
  const NAMED = /import\s*\{([^}]*)\}\s*from\s*'@lit\/context'/;
  return {
    name: 'lit-context-by-name',
    setup(b) {
      b.onResolve({ filter: /^@lit\/context$/ }, (args) => {
        const names = NAMED.exec(readFileSync(args.importer, 'utf8'))?.[1];
        const wanted = names
          ?.split(',')
          .map((n) => n.replace(/^\s*type\s+/, '').trim())
          .filter(Boolean);
        if (!wanted?.length || !wanted.every((n) => files.has(n))) return undefined;
        // Paths relative to the project, so that chunk names do not depend on where it is checked out.
        return { path: relative(ROOT, args.importer), namespace: 'lit-context', pluginData: wanted };
      });
      b.onLoad({ filter: /.*/, namespace: 'lit-context' }, (args) => ({
        contents: args.pluginData
          .map((n) => `export { ${files.get(n).name} as ${n} } from ${JSON.stringify(files.get(n).from)};`)
          .join('\n'),
        resolveDir: dirname(index),
        loader: 'js',
      }));
    },
  };
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

/** Both CDN builds into `outdir`. */
export async function buildCdn({ outdir = resolve(ROOT, 'cdn'), minifyLit = true } = {}) {
  const common = {
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
    splitting: true,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
  };
  const css = minifyLit ? [minifyLitTemplates()] : [];
  await build({
    ...common,
    splitting: false,
    entryPoints: { 'career-widgets': 'src/all.ts' },
    plugins: [wholeDefaultView(), ...css, validatorApart()],
  });
  await build({
    ...common,
    splitting: false,
    entryPoints: { validate: 'src/data/validate.ts' },
    plugins: css,
  });
  await build({
    ...common,
    entryPoints: {
      loader: 'src/cdn/loader.ts',
      provider: 'src/provider/index.ts',
      ladder: 'src/ladder/index.ts',
      'certification-picker': 'src/certification-picker/index.ts',
      'skills-matrix': 'src/skills-matrix/index.ts',
      'title-explorer': 'src/title-explorer/index.ts',
    },
    plugins: [litContextByName(), ...css],
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--outdir');
  await buildCdn({
    outdir: at >= 0 ? resolve(argv[at + 1]) : undefined,
    minifyLit: !argv.includes('--no-minify-templates'),
  });
}
