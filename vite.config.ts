import { defineConfig, type UserConfig } from 'vite';

/** Every widget entry: each defines its tag and exports its class. */
export const widgetEntries = {
  provider: 'src/provider/index.ts',
  ladder: 'src/ladder/index.ts',
};

/**
 * Three builds from one config, chosen by `--mode`:
 * - `npm` → `dist/`: ES2022 modules, one file per source module, `lit`, `@lit/*` and `valibot` left as imports.
 * - `cdn` (default) → `cdn/career-widgets.js`: one minified, self-contained module that defines every tag.
 * - `loader` → `cdn/loader.js` plus one file per widget and shared chunks, loaded on first use.
 */
export default defineConfig(({ mode }): UserConfig => {
  // The default dataset is emitted as JSON.parse('…'), which engines parse faster than an object literal.
  const json = { stringify: true } as const;
  if (mode === 'npm') {
    return {
      json,
      build: {
        outDir: 'dist',
        emptyOutDir: true, // then tsc writes the .d.ts files beside the modules
        target: 'es2022',
        minify: false,
        lib: {
          entry: {
            index: 'src/index.ts',
            all: 'src/all.ts',
            'data/index': 'src/data/index.ts',
            'react/index': 'src/react/index.ts',
            ...Object.fromEntries(
              Object.entries(widgetEntries).map(([name, path]) => [`${name}/index`, path]),
            ),
          },
          formats: ['es'],
        },
        rollupOptions: {
          external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^valibot$/, /^react($|\/)/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'loader') {
    return {
      json,
      build: {
        outDir: 'cdn',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: { loader: 'src/cdn/loader.ts' }, formats: ['es'] },
        rollupOptions: {
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  return {
    json,
    build: {
      outDir: 'cdn',
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: { 'career-widgets': 'src/all.ts' }, formats: ['es'] },
      rollupOptions: { output: { entryFileNames: '[name].js', codeSplitting: false } },
    },
  };
});
