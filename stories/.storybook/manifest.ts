/**
 * The Custom Elements Manifest (`npm run analyze` → custom-elements.json) as Storybook docs and controls.
 *
 * Storybook's own mapping gives every attribute an `object` control (its type text, `string | null`, is not a
 * type Storybook knows) and lists CSS parts and custom properties with controls that do nothing. This module maps
 * the manifest itself:
 * - attributes: a control chosen from the type (boolean, number, a union of literals as options, else text),
 *   keyed by the property name so a story's own arg of the same name takes precedence;
 * - CSS custom properties: a control too (colour for `--career-color-*`), applied with `style.setProperty`;
 * - properties without an attribute, events, slots, CSS parts and public methods: documented, no control.
 * `applyManifestArgs` then makes those controls work on every story, whatever its render binds.
 */
import type { ArgTypes, StoryContext } from '@storybook/web-components-vite';

interface TypeText {
  text: string;
}
interface Documented {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: TypeText;
}
interface Attribute extends Documented {
  fieldName?: string;
}
interface Member extends Documented {
  kind: 'field' | 'method';
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  attribute?: string;
  reflects?: boolean;
  readonly?: boolean;
  parameters?: Documented[];
  return?: { type?: TypeText };
}
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  description?: string;
  summary?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Documented[];
  slots?: Documented[];
  cssParts?: Documented[];
  cssProperties?: Documented[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[] }[];
}

/** `CareerTitleExplorer` → `career-title-explorer`. */
const kebab = (name: string) => name.replace(/(?<=[a-z0-9])([A-Z])/g, '-$1').toLowerCase();
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The manifest with every custom element given its tag name. A class whose JSDoc lacks `@tagname` (the analyzer
 * does not follow our guarded `define()`) gets the kebab-case of its class name, which is how every tag is named.
 */
export function withTagNames(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) =>
        d.customElement && !d.tagName ? { ...d, tagName: kebab(d.name) } : d,
      ),
    })),
  };
}

let current: Manifest | undefined;

/** Records the manifest that `extractArgTypes` and `applyManifestArgs` read. */
export function setManifest(manifest: Manifest): void {
  current = manifest;
}

function declarationOf(tagName: string): Declaration | undefined {
  for (const mod of current?.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName === tagName) return d;
  return undefined;
}

/** `'light' | 'dark' | undefined` → `['light', 'dark']`; `undefined` for anything but a union of literals. */
function literalOptions(type: string): string[] | undefined {
  const parts = type.split('|').map((p) => p.trim());
  const literals = parts.filter((p) => /^'[^']*'$|^"[^"]*"$/.test(p)).map((p) => p.slice(1, -1));
  const rest = parts.filter((p) => !/^'[^']*'$|^"[^"]*"$/.test(p) && p !== 'undefined' && p !== 'null');
  return literals.length > 0 && rest.length === 0 ? literals : undefined;
}

type ArgType = ArgTypes[string];

/**
 * The control for an attribute's type. In the object form: Storybook normalises the story's own argTypes, not
 * what `extractArgTypes` returns, and the controls panel ignores a bare string there.
 */
function controlFor(type: string): Pick<ArgType, 'control' | 'options'> {
  const bare = type.replace(/\s*\|\s*(null|undefined)\b/g, '').trim();
  if (bare === 'boolean') return { control: { type: 'boolean' } };
  if (bare === 'number') return { control: { type: 'number' } };
  const options = literalOptions(type);
  // An empty first option clears the attribute (and the widget falls back to its default).
  if (options)
    return { control: { type: options.length <= 3 ? 'inline-radio' : 'select' }, options: ['', ...options] };
  return { control: { type: 'text' } };
}

function row(item: Documented, category: string, extra: Partial<ArgType> = {}): ArgType {
  const type = item.type?.text;
  return {
    name: item.name,
    description: item.description ?? item.summary ?? '',
    control: false,
    table: {
      category,
      type: type ? { summary: type } : undefined,
      defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
    },
    ...extra,
  };
}

/** Where the arg came from, for `applyManifestArgs`. */
export type ArgSource = { kind: 'attribute'; attribute: string } | { kind: 'css-property' };
const ARG_SOURCE = 'careerManifest';

/** `parameters.docs.extractArgTypes`: the argTypes of one tag, from the manifest. */
export function extractArgTypes(tagName: string): ArgTypes | null {
  const d = declarationOf(tagName);
  if (!d) return null;
  const argTypes: ArgTypes = {};
  const attributeFields = new Set<string>();

  for (const a of d.attributes ?? []) {
    const key = a.fieldName ?? camel(a.name);
    attributeFields.add(key);
    const reflects = d.members?.find((m) => m.name === key)?.reflects;
    const note = `Attribute \`${a.name}\`${key !== a.name ? `, property \`${key}\`` : ''}${reflects ? ', reflected' : ''}.`;
    argTypes[key] = row(a, 'attributes', {
      name: key,
      description: `${a.description ?? ''}\n\n${note}`.trim(),
      ...controlFor(a.type?.text ?? 'string'),
      [ARG_SOURCE]: { kind: 'attribute', attribute: a.name } satisfies ArgSource,
    });
  }
  for (const m of d.members ?? []) {
    if (m.static || m.privacy === 'private' || m.privacy === 'protected' || m.name.startsWith('#')) continue;
    if (m.kind === 'field' && !attributeFields.has(m.name)) {
      argTypes[m.name] = row(m, 'properties', {
        description: `${m.description ?? ''}\n\nProperty only.`.trim(),
      });
    } else if (m.kind === 'method') {
      const params = (m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ');
      argTypes[`${m.name}()`] = row(m, 'methods', {
        name: `${m.name}()`,
        table: {
          category: 'methods',
          type: { summary: `(${params}) => ${m.return?.type?.text ?? 'void'}` },
        },
      });
    }
  }
  for (const e of d.events ?? [])
    argTypes[e.name] = row({ ...e, type: e.type ?? { text: 'CustomEvent' } }, 'events');
  for (const s of d.slots ?? [])
    argTypes[`slot:${s.name || 'default'}`] = row({ ...s, name: s.name || '(default)' }, 'slots');
  for (const p of d.cssParts ?? [])
    argTypes[`::part(${p.name})`] = row({ ...p, name: `::part(${p.name})` }, 'css shadow parts');
  for (const c of d.cssProperties ?? []) {
    argTypes[c.name] = row(c, 'css custom properties', {
      control: { type: c.name.startsWith('--career-color-') ? 'color' : 'text' },
      [ARG_SOURCE]: { kind: 'css-property' } satisfies ArgSource,
    });
  }
  return argTypes;
}

/** `parameters.docs.extractComponentDescription`: the class JSDoc. */
export function extractComponentDescription(tagName: string): string | undefined {
  return declarationOf(tagName)?.description;
}

/** What `applyManifestArgs` set on each element, so it can take it away again. */
const applied = new WeakMap<Element, Map<string, ArgSource>>();

/**
 * Applies the args of manifest controls the story's own render does not bind (those not among the story's
 * initial args) to every element of the story's component: attributes with `setAttribute`, custom properties
 * with `style.setProperty`. An arg cleared in the controls panel is removed again.
 */
export function applyManifestArgs(root: ParentNode, context: StoryContext): void {
  const tag = typeof context.component === 'string' ? context.component : undefined;
  if (!tag) return;
  for (const el of root.querySelectorAll(tag)) {
    const before = applied.get(el) ?? new Map<string, ArgSource>();
    const now = new Map<string, ArgSource>();
    for (const [key, argType] of Object.entries(context.argTypes)) {
      const source = (argType as Record<string, unknown>)[ARG_SOURCE] as ArgSource | undefined;
      if (!source || key in context.initialArgs) continue;
      const value = context.args[key] as unknown;
      const name = source.kind === 'attribute' ? source.attribute : key;
      const unset = value === undefined || value === null || value === '' || value === false;
      if (unset) {
        if (before.has(name)) {
          if (source.kind === 'attribute') el.removeAttribute(name);
          else (el as HTMLElement).style.removeProperty(name);
        }
        continue;
      }
      now.set(name, source);
      if (source.kind === 'attribute') el.setAttribute(name, value === true ? '' : String(value));
      else (el as HTMLElement).style.setProperty(name, String(value));
    }
    applied.set(el, now);
  }
}
