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
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    'web-types.json',
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
    /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|custom-elements\.json|vscode\.(html|css)-custom-data\.json|web-types\.json|data\/schema\.json|dist\/.+\.(js|d\.ts)|cdn\/.+\.js|cdn\/THIRD-PARTY-LICENSES\.txt)$/;
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

check(
  "the editors' files (VS Code custom data, web-types) hold every tag, attribute, event, part and property",
  () => {
    const read = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));
    const manifest = read('custom-elements.json');
    const html = read('vscode.html-custom-data.json');
    const css = read('vscode.css-custom-data.json');
    const webTypes = read(pkg['web-types']);
    const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const names = (list) => (list ?? []).map((item) => item.name).sort();
    const same = (what, actual, expected) => {
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        throw new Error(`${what}: ${JSON.stringify(actual)}, the manifest has ${JSON.stringify(expected)}`);
    };
    same('VS Code tags', names(html.tags), widgets.map((w) => w.tagName).sort());
    same(
      'web-types elements',
      names(webTypes.contributions.html.elements),
      widgets.map((w) => w.tagName).sort(),
    );
    for (const widget of widgets) {
      const tag = html.tags.find((t) => t.name === widget.tagName);
      const element = webTypes.contributions.html.elements.find((e) => e.name === widget.tagName);
      same(`${widget.tagName}'s VS Code attributes`, names(tag.attributes), names(widget.attributes));
      same(`${widget.tagName}'s web-types attributes`, names(element.attributes), names(widget.attributes));
      same(`${widget.tagName}'s web-types events`, names(element.events), names(widget.events));
    }
    const all = (key, name) =>
      [...new Set(widgets.flatMap((w) => (w[key] ?? []).map((i) => name(i.name))))].sort();
    same(
      'VS Code CSS properties',
      names(css.properties),
      all('cssProperties', (n) => n),
    );
    same(
      'VS Code CSS parts',
      names(css.pseudoElements),
      all('cssParts', (n) => `::part(${n})`),
    );
    same(
      'web-types CSS properties',
      names(webTypes.contributions.css.properties),
      all('cssProperties', (n) => n),
    );
    same(
      'web-types CSS parts',
      names(webTypes.contributions.css['pseudo-elements']),
      all('cssParts', (n) => `part(${n})`),
    );
    // An attribute typed by an alias offers its values: the picker's `mode`.
    const mode = html.tags
      .find((t) => t.name === 'career-certification-picker')
      .attributes.find((a) => a.name === 'mode');
    same("the picker's mode values", names(mode.values), ['browse', 'compare', 'guide']);
    // … and no attribute offers a type's name (`string[]`, `PickerMode`) as a value.
    const values = html.tags.flatMap((t) => t.attributes.flatMap((a) => names(a.values)));
    same(
      'values that are not keywords',
      values.filter((v) => !/^[a-z-]+$/.test(v)),
      [],
    );
    return `${widgets.length} tags, ${css.properties.length} custom properties, ${css.pseudoElements.length} parts`;
  },
);

const consumer = mkdtempSync(join(tmpdir(), 'career-widgets-consumer-'));

check('a consumer project installs the tarball and type-checks every entry point', () => {
  const dir = consumer;
  {
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
        `@lit-labs/ssr@${own('@lit-labs/ssr')}`,
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
// A stage kept in React state, as the README's React section keeps it.
const stage = null as string | null;
export const app = (
  <>
    <ReactLadder current="entry" onStageChange={(e) => console.log(e.detail.stage)} />
    <career-ladder stage="mid" compact></career-ladder>
    <career-provider data={data} stage={stage} oncareer-error={(e) => console.log(e.detail.errors[0]?.path)}>
      <career-ladder data={data}></career-ladder>
    </career-provider>
    {/* Listeners on the bare tags (React 19): each event's \`detail\` is typed, under \`strict\`. */}
    <career-ladder stage={stage} oncareer-stage-change={(e) => { const s: string | null = e.detail.stage; void s; }} />
    <career-certification-picker selected={['pmp']} oncareer-certification-select={(e) => console.log(e.detail.selected.length)} />
    <career-skills-matrix target={null} oncareer-assessment-change={(e) => console.log(Object.keys(e.detail.ratings))} />
    <career-title-explorer selected={null} oncareer-title-select={(e) => console.log(e.detail.id.length)} />
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
    // A program that imports one tag's entry alone (as the README's Angular and Vue sections do) gets that tag on
    // `HTMLElementTagNameMap` and the events on `HTMLElementEventMap`, so a listener's `detail` is typed.
    const alone = Object.entries({ all: 'career-ladder', provider: 'career-provider' });
    for (const tag of ['ladder', 'certification-picker', 'skills-matrix', 'title-explorer'])
      alone.push([tag, `career-${tag}`]);
    for (const [entry, tag] of alone) {
      writeFileSync(
        join(dir, `alone-${entry}.ts`),
        `import 'career-widgets/${entry}';
const element = document.createElement('${tag}');
element.addEventListener('career-error', (e) => console.log(e.detail.errors[0]?.path));
element.addEventListener('career-stage-change', (e) => { const stage: string | null = e.detail.stage; void stage; });
`,
      );
      writeFileSync(
        join(dir, `tsconfig.alone-${entry}.json`),
        JSON.stringify({ extends: './tsconfig.json', include: [`alone-${entry}.ts`] }),
      );
      run('npx', ['tsc', '-p', `tsconfig.alone-${entry}.json`], dir);
    }
    return `${imports.length} entry points; ${alone.length} imported alone`;
  }
});

// SPEC §4: modules do nothing at import time but define their tags, so they load where there is no DOM (a server
// rendering them, a build script validating its data). Each entry is imported in a Node process of its own, with
// every console call and every DOM global but `customElements` (which Lit's Node build provides) trapped.
check('every entry point imports in Node with no DOM, and defines only its own tags', () => {
  const tags = {
    '.': [],
    './data': [],
    './all': [
      'career-provider',
      'career-ladder',
      'career-certification-picker',
      'career-skills-matrix',
      'career-title-explorer',
    ],
    './react': [
      'career-provider',
      'career-ladder',
      'career-certification-picker',
      'career-skills-matrix',
      'career-title-explorer',
    ],
    './ladder': ['career-ladder'],
    './certification-picker': ['career-certification-picker'],
    './skills-matrix': ['career-skills-matrix'],
    './title-explorer': ['career-title-explorer'],
    './provider': ['career-provider'],
  };
  const script = `
const DOM = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'matchMedia',
  'getComputedStyle', 'requestAnimationFrame', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
  'CSSStyleSheet', 'HTMLElement', 'Element', 'Node', 'ShadowRoot', 'history', 'innerHeight', 'fetch'];
const touched = new Set();
for (const name of DOM) {
  const had = Object.getOwnPropertyDescriptor(globalThis, name);
  Object.defineProperty(globalThis, name, { configurable: true, get() { if (new Error().stack.includes('node_modules/career-widgets/')) touched.add(name); return had?.get ? had.get.call(globalThis) : had?.value; } });
}
const logged = [];
for (const m of ['log', 'info', 'warn', 'error', 'debug']) console[m] = (...a) => logged.push(m + ': ' + a.join(' '));
const [entry, expected] = [process.argv[2], process.argv[3].split(',').filter(Boolean)];
const mod = entry.endsWith('.json') ? await import(entry, { with: { type: 'json' } }) : await import(entry);
const defined = ['career-provider', 'career-ladder', 'career-certification-picker', 'career-skills-matrix', 'career-title-explorer'].filter((t) => globalThis.customElements?.get(t));
const problems = [];
if (Object.keys(mod).length === 0) problems.push('exports nothing');
if (defined.join() !== expected.join()) problems.push('defines [' + defined + '], expected [' + expected + ']');
if (touched.size) problems.push('touches ' + [...touched].join(', '));
if (logged.length) problems.push('logs ' + logged.join(' | '));
if (entry === 'career-widgets/data') {
  const result = mod.validateDataset(structuredClone(mod.defaultDataset));
  if (!result.ok) problems.push('the default dataset does not validate: ' + result.errors[0].message);
}
if (problems.length) { process.stderr.write(entry + ': ' + problems.join('; ')); process.exit(1); }
`;
  writeFileSync(join(consumer, 'import.mjs'), script);
  const wanted = [
    ...entries.filter((e) => e !== './package.json'),
    './schema.json',
    './custom-elements.json',
  ];
  const failed = [];
  for (const entry of [...new Set(wanted)]) {
    const specifier = `career-widgets${entry.slice(1)}`;
    try {
      run('node', ['import.mjs', specifier, (tags[entry] ?? []).join(',')], consumer);
    } catch (error) {
      failed.push(String(error.stderr || error.message).trim());
    }
  }
  if (failed.length) throw new Error(failed.join('\n'));
  return `${wanted.length} entry points`;
});

/** The widgets the server renders into the page that the browser then hydrates (test/package/hydrate.js). */
const HYDRATED = [
  '<career-ladder stage="mid" current="entry"></career-ladder>',
  '<career-certification-picker></career-certification-picker>',
  '<career-skills-matrix></career-skills-matrix>',
  '<career-title-explorer></career-title-explorer>',
].join('');

// …and so that a server can render them (`@lit-labs/ssr`, declarative shadow DOM): each widget renders its content
// from the default data, a `src` renders the loading notice without a fetch, and nothing logs.
check('every widget renders on a server (@lit-labs/ssr) from the default data', () => {
  const script = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import 'career-widgets/all';
import { defaultDataset } from 'career-widgets/data';
const logged = [];
for (const m of ['log', 'info', 'warn', 'error', 'debug']) console[m] = (...a) => logged.push(m + ': ' + a.join(' '));
const fetched = [];
globalThis.fetch = (url) => { fetched.push(String(url)); return new Promise(() => {}); };
const escape = (s) => s.replaceAll('&', '&amp;');
const stages = defaultDataset.stages.map((s) => escape(s.name));
const cases = [
  ['<career-ladder stage="mid" current="entry"></career-ladder>', [...stages, 'What changes at', 'You are here']],
  ['<career-certification-picker></career-certification-picker>', defaultDataset.certifications.map((c) => escape(c.name))],
  ['<career-skills-matrix stage="mid"></career-skills-matrix>', defaultDataset.skills.slice(0, 5).map((s) => escape(s.name))],
  ['<career-title-explorer selected="scrum-master"></career-title-explorer>', defaultDataset.titles.slice(0, 5).map((t) => escape(t.name))],
  ['<career-provider><career-ladder></career-ladder></career-provider>', stages],
  ['<career-title-explorer sync-url></career-title-explorer>', [escape(defaultDataset.titles[0].name)]],
  ['<career-ladder src="/careers/data.json"></career-ladder>', ['Loading']],
  ['<career-ladder lang="de" stage="senior"></career-ladder>', ['7+']],
];
const problems = [];
for (const [markup, expected] of cases) {
  const out = await collectResult(render(html\`\${unsafeStatic(markup)}\`));
  const missing = expected.filter((text) => !out.includes(text));
  if (!out.includes('shadowrootmode="open"')) problems.push(markup + ': no declarative shadow root');
  if (missing.length) problems.push(markup + ': lacks ' + missing.join(', '));
}
if (fetched.length) problems.push('fetched ' + fetched.join(', '));
if (logged.length) problems.push('logged ' + logged.join(' | '));
if (problems.length) { process.stderr.write(problems.join('\\n')); process.exit(1); }
// The page the hydration check loads: every widget rendered here, the client script (./client.js) to hydrate them.
const body = await collectResult(render(html\`\${unsafeStatic(HYDRATED)}\`));
writeFileSync('page.html', '<!doctype html><html lang="en"><head><meta charset="utf-8">'
  + '<script type="module" src="./client.js"></script></head><body>' + body + '</body></html>');
`;
  writeFileSync(
    join(consumer, 'ssr.mjs'),
    `import { writeFileSync } from 'node:fs';
const HYDRATED = ${JSON.stringify(HYDRATED)};
${script}`,
  );
  run('node', ['ssr.mjs'], consumer);
  return '8 cases';
});

// …and the browser takes them over: Lit's hydration support, then the widgets, bundled as a page would; the
// server's markup is kept (no widget renders twice), nothing logs, and a rung opens its stage.
check('server-rendered widgets hydrate in Chromium', () => {
  run('node', [join(root, 'test/package/hydrate.js'), consumer]);
  return '4 widgets';
});

rmSync(consumer, { recursive: true, force: true });

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
