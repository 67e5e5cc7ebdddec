/**
 * Chai's `equal` with a DOM node on either side, for every suite (loaded before the tests by the runner's page).
 * A failed `expect(focused(el)).to.equal(button)` used to hang the runner for 120 s: with `null` or a string on
 * one side, the failure carried the node itself, and serializing it for the report never ended. Now the failure
 * names both sides in short (`<button#id.class> "text"`), and the assertion is still identity.
 */
import type { chai as Chai } from '@open-wc/testing';
import * as pure from '@open-wc/testing/pure';

// The side-effect-free entry: the main one, imported here before mocha exists, would skip its fixture cleanup
// after each test. Its typings leave out `chai`, which it exports.
const { chai } = pure as unknown as { chai: typeof Chai };

/** `<tag#id.class.class> "text"`, or the value as JSON. */
export function describeValue(value: unknown): string {
  if (!(value instanceof Node))
    return value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
  if (!(value instanceof Element))
    return `${value.nodeName} "${(value.textContent ?? '').trim().slice(0, 40)}"`;
  const id = value.id ? `#${value.id}` : '';
  const classes = [...value.classList].map((c) => `.${c}`).join('');
  const text = (value.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `<${value.localName}${id}${classes}>${text ? ` "${text}"` : ''}`;
}

chai.use((c, utils) => {
  for (const name of ['equal', 'equals', 'eq']) {
    c.Assertion.overwriteMethod(
      name,
      (original) =>
        function (this: Chai.AssertionStatic, expected: unknown, message?: string) {
          const actual: unknown = utils.flag(this, 'object');
          if (utils.flag(this, 'deep') || !(actual instanceof Node || expected instanceof Node)) {
            return original.call(this, expected, message);
          }
          if (message) utils.flag(this, 'message', message);
          this.assert(
            actual === expected,
            `expected ${describeValue(actual)} to be ${describeValue(expected)}`,
            `expected ${describeValue(actual)} not to be ${describeValue(expected)}`,
            describeValue(expected),
            describeValue(actual),
            false,
          );
        },
    );
  }
});
