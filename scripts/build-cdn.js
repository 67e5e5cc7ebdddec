#!/usr/bin/env node
/**
 * Builds the CDN files (`npm run build:cdn`), minified, ES2022, everything bundled:
 * - `cdn/career-widgets.js`: one self-contained module with every widget and the default dataset; what only custom
 *   data needs (the validator and valibot) is `cdn/validate.js`, imported on demand;
 * - `cdn/loader.js` and one entry per widget (`cdn/ladder.js`, …), code-split, sharing chunks in `cdn/chunks/`.
 * The CSS in Lit `css\`…\`` templates is minified on the way (scripts/minify-css.js).
 *
 *   node scripts/build-cdn.js [--outdir DIR] [--no-minify-css]
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minifyCssTemplates } from './minify-css.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild plugin: minifies the CSS of `css\`…\`` templates in the project's own TypeScript modules. */
export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const { code, templates } = minifyCssTemplates(source);
        return templates > 0 ? { contents: code, loader: 'ts' } : undefined;
      });
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
 * esbuild plugin: gives every widget the whole default view (`src/data/default-view.json`) instead of its own slice
 * of it (`src/data/default/<widget>.json`), so the one-file bundle carries the data once, not once per widget. The
 * view holds every field of every slice.
 */
export function oneDefaultView() {
  const view = resolve(ROOT, 'src/data/default-view.json');
  return {
    name: 'one-default-view',
    setup(b) {
      b.onResolve({ filter: /\.json$/ }, (args) =>
        /[\\/]src[\\/]data[\\/]default$/.test(args.resolveDir) ? { path: view } : undefined,
      );
    },
  };
}

/** Both CDN builds into `outdir`. */
export async function buildCdn({ outdir = resolve(ROOT, 'cdn'), minifyCss = true } = {}) {
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
    plugins: minifyCss ? [minifyLitCss()] : [],
  };
  const css = minifyCss ? [minifyLitCss()] : [];
  await build({
    ...common,
    splitting: false,
    entryPoints: { 'career-widgets': 'src/all.ts' },
    plugins: [...css, validatorApart(), oneDefaultView()],
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
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--outdir');
  await buildCdn({
    outdir: at >= 0 ? resolve(argv[at + 1]) : undefined,
    minifyCss: !argv.includes('--no-minify-css'),
  });
}
