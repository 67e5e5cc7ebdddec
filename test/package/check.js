// Package checks (CI, after `npm run build`): publint and are-the-types-wrong report nothing, `npm pack` ships
// exactly what users need, and a consumer project installs the packed tarball and type-checks an import of every
// entry point. Prints one line per check and "N passed, M failed".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const results = [];
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

function check(name, fn) {
  try {
    const note = fn();
    results.push(true);
    console.log(`ok   ${name}${note ? ` (${note})` : ''}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.message}`);
  }
}

check('publint --strict reports nothing', () => {
  const out = run('npx', ['publint', '--strict']);
  if (!/All good/i.test(out)) throw new Error(out);
});

check('are-the-types-wrong (ESM-only profile) reports nothing', () => {
  run('npx', ['attw', '--pack', '.', '--profile', 'esm-only']);
});

const entries = Object.keys(pkg.exports).filter((k) => typeof pkg.exports[k] === 'object');
let files = [];
check('npm pack ships only what users need', () => {
  const [info] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']));
  files = info.files.map((f) => f.path);
  const required = [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'custom-elements.json',
    'data/schema.json',
    'cdn/career-widgets.js',
    'cdn/loader.js',
    ...entries.flatMap((e) =>
      [pkg.exports[e].default, pkg.exports[e].types].map((p) => p.replace(/^\.\//, '')),
    ),
  ];
  const missing = required.filter((f) => !files.includes(f));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  const allowed =
    /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|custom-elements\.json|data\/schema\.json|dist\/.+\.(js|d\.ts)|cdn\/.+\.js)$/;
  const extra = files.filter((f) => !allowed.test(f));
  if (extra.length) throw new Error(`should not ship: ${extra.join(', ')}`);
  const kb = Math.round(info.size / 1024);
  return `${files.length} files, ${kb} KB packed`;
});

check('a consumer project installs the tarball and type-checks every entry point', () => {
  const dir = mkdtempSync(join(tmpdir(), 'career-widgets-consumer-'));
  try {
    const tarball = run('npm', ['pack', '--ignore-scripts', '--pack-destination', dir])
      .trim()
      .split('\n')
      .pop();
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
    );
    const own = (name) => pkg.devDependencies[name] ?? pkg.dependencies[name];
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        join(dir, tarball),
        `typescript@${own('typescript')}`,
        `react@${own('react')}`,
        `@types/react@${own('@types/react')}`,
      ],
      dir,
    );
    const imports = entries
      .filter((e) => e !== './package.json')
      .map((e, i) => `import * as entry${i} from 'career-widgets${e.slice(1)}';\nvoid entry${i};`);
    writeFileSync(
      join(dir, 'consumer.tsx'),
      `${imports.join('\n')}
import { CareerLadder } from 'career-widgets';
import { defaultDataset, validateDataset, type Dataset } from 'career-widgets/data';
import { CareerLadder as ReactLadder } from 'career-widgets/react';
const ladder: CareerLadder = document.createElement('career-ladder');
ladder.addEventListener('career-stage-change', (e) => { const stage: string | null = e.detail.stage; void stage; });
const data: Dataset = defaultDataset;
const result = validateDataset(data);
if (!result.ok) console.log(result.errors[0]?.path);
export const app = (
  <>
    <ReactLadder current="entry" onStageChange={(e) => console.log(e.detail.stage)} />
    <career-ladder stage="mid" compact></career-ladder>
  </>
);
`,
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
        },
        include: ['consumer.tsx'],
      }),
    );
    run('npx', ['tsc', '-p', '.'], dir);
    return `${entries.length - 1} entry points`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
