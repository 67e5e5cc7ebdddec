import { defineConfig } from 'vite';

/** The public entry points of the npm package (see `exports` in package.json). */
const entries = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  'data/index': 'src/data/index.ts',
  'react/index': 'src/react/index.ts',
  'provider/index': 'src/provider/index.ts',
  'ladder/index': 'src/ladder/index.ts',
  'certification-picker/index': 'src/certification-picker/index.ts',
  'skills-matrix/index': 'src/skills-matrix/index.ts',
  'title-explorer/index': 'src/title-explorer/index.ts',
};

/**
 * `vite build` writes the npm package's modules to `dist/`: ES2022, one file per source module so bundlers can
 * tree-shake, with `lit`, `@lit/*`, `valibot` and `react` left as imports (they are dependencies). `tsc` then writes
 * the `.d.ts` files beside them. The CDN files are bundled by esbuild (`npm run build:cdn`), which minifies ES
 * modules fully (Vite's library mode keeps their whitespace).
 */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^valibot$/, /^react($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
