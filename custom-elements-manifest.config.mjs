// Custom Elements Manifest (`npm run analyze`): feeds Storybook's docs and ships as custom-elements.json.
// Module paths are rewritten from the TypeScript sources to the published `dist/` files.
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
  ],
};
