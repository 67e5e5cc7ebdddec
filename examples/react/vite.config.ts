import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// `career-widgets/*` resolves through the package's own `exports` map to this repository's built files (run
// `npm run build` first), as it would from node_modules after `npm i career-widgets`.
const root = new URL('../../', import.meta.url);
const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<string, string | { default: string }>;
};
const alias = Object.entries(exports).map(([subpath, target]) => ({
  find: new RegExp(`^career-widgets${subpath.slice(1).replace(/[.*]/g, '\\$&')}$`),
  replacement: fileURLToPath(new URL(typeof target === 'string' ? target : target.default, root)),
}));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias },
  build: { outDir: 'dist', emptyOutDir: true },
});
