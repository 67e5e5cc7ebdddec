// Writes the files generated from the dataset sources (`npm run data`, also part of `npm run build`):
// - data/schema.json: the dataset's JSON Schema, from the valibot schema in src/data/schema.ts;
// - src/data/default-view.json: the widgets' default data, data/it-project-manager.json reduced to what the widgets
//   display (src/data/widget-view.ts).
// Plain Node, no TypeScript runtime: esbuild bundles a tiny in-memory entry, and the bundle is imported from a
// data: URL. Both files are committed; test/data/generated.test.ts fails when either is stale.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const result = await build({
  stdin: {
    contents: [
      "export { datasetJsonSchema } from './src/data/json-schema.ts';",
      "export { widgetView } from './src/data/widget-view.ts';",
      "export { defaultDataset } from './src/data/default-dataset.ts';",
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'build-data-entry.js',
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
});
const code = result.outputFiles[0].text;
const { datasetJsonSchema, widgetView, defaultDataset } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

// Formatted as the repository's Biome does, so that regenerating a file leaves no diff and `biome check` passes.
let biome;
try {
  biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
} catch {
  console.warn('Biome is not installed: the files are written unformatted.');
}

async function writeJson(path, value) {
  let json = `${JSON.stringify(value, null, 2)}\n`;
  if (biome) {
    json = execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${path}`], {
      cwd: root,
      input: json,
      encoding: 'utf8',
    });
  }
  await writeFile(join(root, path), json);
  console.log(`wrote ${path}`);
}

await writeJson('data/schema.json', datasetJsonSchema());
await writeJson('src/data/default-view.json', widgetView(defaultDataset));
