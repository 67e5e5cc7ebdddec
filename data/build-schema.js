// Writes data/schema.json (the dataset's JSON Schema) from the valibot schema in src/data/schema.ts.
// Plain Node, no TypeScript runtime: esbuild bundles a tiny in-memory entry, and the bundle is imported from a
// data: URL. Run with `npm run schema` (also part of `npm run build`).
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'schema.json');

const result = await build({
  stdin: {
    contents: "export { datasetJsonSchema } from './src/data/json-schema.ts';",
    resolveDir: root,
    sourcefile: 'build-schema-entry.js',
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
const { datasetJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

let json = `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
// Format as the repository's Biome does, so that regenerating the file leaves no diff and `biome check` passes.
let biome;
try {
  biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
} catch {
  console.warn('Biome is not installed: data/schema.json is written unformatted.');
}
if (biome) {
  json = execFileSync(process.execPath, [biome, 'format', '--stdin-file-path=data/schema.json'], {
    cwd: root,
    input: json,
    encoding: 'utf8',
  });
}
await writeFile(out, json);
console.log(`wrote ${out}`);
