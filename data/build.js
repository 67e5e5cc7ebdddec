// Writes the files generated from the dataset sources (`npm run data`, also part of `npm run build`):
// - data/schema.json: the dataset's JSON Schema, from the valibot schema in src/data/schema.ts;
// - src/data/default/parts/*.json: data/it-project-manager.json reduced to what the widgets display, cut by who reads
//   what, one part per set of widgets (src/data/widget-view.ts); each widget's module in src/data/default/ puts the
//   parts it reads together, src/data/default-view.ts all of them. Parts no longer written are deleted.
// Plain Node, no TypeScript runtime: esbuild bundles a tiny in-memory entry, and the bundle is imported from a
// data: URL. The files are committed; test/data/generated.test.ts fails when one is stale.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const result = await build({
  stdin: {
    contents: [
      "export { datasetJsonSchema } from './src/data/json-schema.ts';",
      "export { widgetParts, widgetView } from './src/data/widget-view.ts';",
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
const { datasetJsonSchema, widgetParts, widgetView, defaultDataset } = await import(
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

// The generator throws when a field of the schema has no description, or a description names no field: print the
// message alone (a stack trace here would print the whole bundle's data: URL).
let jsonSchema;
try {
  jsonSchema = datasetJsonSchema();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
await writeJson('data/schema.json', jsonSchema);
const partsDir = 'src/data/default/parts';
await mkdir(join(root, partsDir), { recursive: true });
const parts = widgetParts(widgetView(defaultDataset));
for (const { name, part } of parts) await writeJson(`${partsDir}/${name}.json`, part);
const written = new Set(parts.map(({ name }) => `${name}.json`));
for (const file of await readdir(join(root, partsDir))) {
  if (file.endsWith('.json') && !written.has(file)) {
    await rm(join(root, partsDir, file));
    console.log(`deleted ${partsDir}/${file} (no longer a part)`);
  }
}
