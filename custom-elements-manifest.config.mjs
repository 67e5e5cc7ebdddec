// Custom Elements Manifest (`npm run analyze`): feeds Storybook's docs and ships as custom-elements.json.
// Module paths are rewritten from the TypeScript sources to the published `dist/` files.
// From the manifest come the editors' files, shipped beside it: VS Code's custom data (`html.customData`,
// `css.customData`) and JetBrains' web-types (the `web-types` field of package.json), so that an editor completes
// the tags, their attributes and values, and the CSS parts and custom properties, with their docs.
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

// CSS custom properties are documented in the CSS files (their defaults are colour pairs the manifest does not hold).
const editorDocs = {
  hideMethodDocs: true,
  hideCssPropertiesDocs: true,
  typesSrc: 'expandedType',
};

/** Type aliases that are unions of string literals (`PickerMode`), by name: an attribute typed so takes those. */
const literalUnions = new Map();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/react/**', 'src/data/**', 'src/cdn/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // A member's JSDoc `@default` wins over its initializer, which may name a constant (`NO_RATINGS`) that
      // means nothing in the docs; the analyzer keeps the initializer.
      name: 'career-widgets-jsdoc-default',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const decl = moduleDoc.declarations?.find((d) => d.name === node.name.getText());
        for (const member of node.members) {
          const tag = ts.getJSDocTags(member).find((t) => t.tagName.getText() === 'default');
          const doc = tag && decl?.members?.find((m) => m.name === member.name?.getText());
          if (doc && typeof tag.comment === 'string') doc.default = tag.comment;
        }
      },
    },
    {
      // `expandedType` (the name @wc-toolkit's type parser gives it) is what an attribute takes as text, for the
      // editors' files below: an alias spelled out (`'browse' | 'guide' | 'compare'`), any text for a list.
      name: 'career-widgets-attribute-types',
      analyzePhase({ ts, node }) {
        if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
        const members = node.type.types;
        if (members.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)))
          literalUnions.set(node.name.getText(), members.map((t) => t.getText()).join(' | '));
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules)
          for (const decl of mod.declarations ?? [])
            for (const attr of decl.attributes ?? []) {
              const text = attr.type?.text;
              const expanded = literalUnions.get(text) ?? (text?.endsWith('[]') ? 'string' : undefined);
              if (expanded) attr.expandedType = { text: expanded };
            }
      },
    },
    {
      name: 'career-widgets-dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
        for (const mod of customElementsManifest.modules) {
          mod.path = toDist(mod.path);
          // define() in shared/define.ts registers whatever it is given; the real definitions live in the
          // widgets' index modules, which the analyzer does not follow through define().
          mod.exports = mod.exports?.filter(
            (e) => !(e.kind === 'custom-element-definition' && e.name === 'tag'),
          );
          for (const exp of mod.exports ?? [])
            if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
          // The analyzer reads `{ state: true }` in `static properties` as an attribute: internal state has none.
          for (const decl of mod.declarations ?? []) {
            const internal = new Set(
              decl.members?.filter((m) => m.privacy === 'private').map((m) => m.name) ?? [],
            );
            if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !internal.has(a.fieldName));
            for (const member of decl.members ?? []) if (internal.has(member.name)) delete member.attribute;
          }
        }
      },
    },
    customElementVsCodePlugin({
      ...editorDocs,
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: null,
    }),
    customElementJetBrainsPlugin({
      ...editorDocs,
      outdir: '.',
      webTypesFileName: 'web-types.json',
      excludeCss: true,
      packageJson: false,
    }),
    {
      // The CSS side, written here: the integrations list a custom property or part once per widget, so an editor
      // offered `--career-color-accent` four times. Here each name comes once, with what it styles in each widget.
      name: 'career-widgets-editor-css',
      packageLinkPhase({ customElementsManifest }) {
        // VS Code escapes a CSS entry's description as plain text; web-types reads markdown.
        const merge = (key, name, widget) => {
          const byName = new Map();
          for (const mod of customElementsManifest.modules)
            for (const decl of mod.declarations ?? [])
              for (const item of (decl.tagName && decl[key]) ?? []) {
                const uses = byName.get(item.name) ?? [];
                byName.set(item.name, [...uses, `${widget(decl.tagName)}: ${item.description}`]);
              }
          return [...byName].map(([item, uses]) => ({ name: name(item), description: uses.join('\n\n') }));
        };
        const plain = (tag) => tag;
        const markdown = (tag) => `\`<${tag}>\``;
        const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
        writeFileSync(
          'vscode.css-custom-data.json',
          json({
            version: 1.1,
            properties: merge('cssProperties', (item) => item, plain),
            pseudoElements: merge('cssParts', (item) => `::part(${item})`, plain),
          }),
        );
        const webTypes = JSON.parse(readFileSync('web-types.json', 'utf8'));
        webTypes.contributions.css = {
          properties: merge('cssProperties', (item) => item, markdown),
          'pseudo-elements': merge('cssParts', (item) => `part(${item})`, markdown),
        };
        writeFileSync('web-types.json', json(webTypes));
      },
    },
  ],
};
