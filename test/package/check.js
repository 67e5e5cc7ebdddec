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
    'LICENSE',
    'cdn/career-widgets.js',
    'cdn/loader.js',
    'cdn/THIRD-PARTY-LICENSES.txt',
    ...entries.flatMap((e) =>
      [pkg.exports[e].default, pkg.exports[e].types].map((p) => p.replace(/^\.\//, '')),
    ),
  ];
  const missing = required.filter((f) => !files.includes(f));
  if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  const allowed =
    /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|custom-elements\.json|data\/schema\.json|dist\/.+\.(js|d\.ts)|cdn\/.+\.js|cdn\/THIRD-PARTY-LICENSES\.txt)$/;
  const extra = files.filter((f) => !allowed.test(f));
  if (extra.length) throw new Error(`should not ship: ${extra.join(', ')}`);
  const kb = Math.round(info.size / 1024);
  return `${files.length} files, ${kb} KB packed`;
});

check('the CDN files name their bundled packages, whose licenses ship beside them', () => {
  const notices = readFileSync(join(root, 'cdn/THIRD-PARTY-LICENSES.txt'), 'utf8');
  // Every runtime dependency in the CDN files (the React wrappers are not), and Lit's own parts.
  const bundled = [
    ...Object.keys(pkg.dependencies).filter((d) => d !== '@lit/react'),
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
  ];
  // Sections: a ruled header "name version (license)", then that package's license file.
  const parts = notices.split(/^-{80}\n(\S+) (\S+) \((.+)\)\n-{80}\n/m);
  const listed = new Map();
  for (let i = 1; i < parts.length; i += 4)
    listed.set(parts[i], { version: parts[i + 1], text: parts[i + 3] });
  for (const name of bundled) {
    const entry = listed.get(name);
    if (!entry) throw new Error(`${name} is not in cdn/THIRD-PARTY-LICENSES.txt`);
    const version = JSON.parse(
      readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
    ).version;
    if (entry.version !== version)
      throw new Error(`${name} is listed as ${entry.version}, installed is ${version}`);
  }
  for (const [name, { text }] of listed) {
    if (!/Copyright/.test(text)) throw new Error(`no copyright notice under ${name}`);
  }
  const head = readFileSync(join(root, 'cdn/career-widgets.js'), 'utf8').split('\n', 1)[0];
  const banner = `/*! ${pkg.name} ${pkg.version} (${pkg.license}); bundled code of others: THIRD-PARTY-LICENSES.txt */`;
  if (head !== banner) throw new Error(`cdn/career-widgets.js starts with ${head.slice(0, 120)}`);
  return [...listed.keys()].join(', ');
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
    <career-provider data={data}>
      <career-ladder data={data}></career-ladder>
    </career-provider>
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
