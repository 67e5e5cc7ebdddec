import { defineConfig } from 'vite';

/** `vite build` writes the CDN bundle: one minified ES module with Lit, every widget and the default data. */
export default defineConfig({
  build: {
    outDir: 'cdn',
    target: 'es2022',
    lib: { entry: 'src/all.ts', formats: ['es'], fileName: () => 'career-widgets.js' },
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
