/**
 * Minifies the CSS inside Lit `css\`…\`` tagged templates of a JS/TS source text, conservatively: comments go,
 * whitespace runs become one space, and the space next to `{ } ; , :` (after a colon only) goes. Untouched:
 * custom property values (only trimmed: a page can read them back with `getPropertyValue`),
 * `${…}` expressions (copied verbatim, and the space beside them kept) and quoted CSS strings. A template with an
 * escape sequence, or one this cannot read with certainty (a string or comment left open across an expression),
 * is left as it is. Everything outside `css` templates is copied verbatim.
 *
 * Pure (no Node APIs): used by scripts/build-cdn.js and checked by test/dist/css.js.
 */

const SPACE = /\s/;
/** No space needed on either side of these. */
const TIGHT = new Set(['{', '}', ';', ',']);

/**
 * Minifies the static parts of one template: `parts` are its raw texts between expressions. Returns the new
 * parts, or `null` when the template is left alone: an escape sequence anywhere (a CSS escape may own the
 * whitespace after it), or a quote or comment that does not close within its part.
 */
export function minifyTemplateParts(parts) {
  if (parts.some((text) => text.includes('\\'))) return null;
  const out = [];
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p];
    const atEnd = p === parts.length - 1;
    let result = '';
    /** The last character written; '' right after an expression, '{' at the start (no space wanted). */
    let prev = p === 0 ? '{' : '';
    let space = false;
    /** Whether a pending space is kept before `next` ('' before an expression, undefined at the end). */
    const keepSpace = (next) => {
      if (prev === '') return true;
      if (TIGHT.has(prev) || prev === ':') return false;
      if (next === undefined) return false;
      return next === '' || !TIGHT.has(next);
    };
    /** A `;` just written as CSS (not inside a string): redundant before `}`. */
    let semicolon = false;
    const emit = (chunk) => {
      if (space && keepSpace(chunk[0])) result += ' ';
      space = false;
      if (chunk === '}' && semicolon) result = result.slice(0, -1);
      semicolon = chunk === ';';
      result += chunk;
      prev = chunk[chunk.length - 1];
    };
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < text.length && text[j] !== c && text[j] !== '\n') j++;
        if (text[j] !== c) return null;
        emit(text.slice(i, j + 1));
        i = j + 1;
      } else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) return null;
        i = end + 2;
      } else if (SPACE.test(c)) {
        space = true;
        i++;
      } else if (
        c === '-' &&
        (prev === '{' || prev === ';') &&
        /^--[\w-]*\s*:/.test(text.slice(i, i + 200))
      ) {
        // A custom property: its value is kept as written (only trimmed), since the page can read it back.
        const colon = text.indexOf(':', i);
        emit(`${text.slice(i, colon).trimEnd()}:`);
        let j = colon + 1;
        while (j < text.length && SPACE.test(text[j])) j++;
        const end = valueEnd(text, j);
        if (end < 0) return null;
        const value = text.slice(j, end);
        const trimmed = end === text.length && !atEnd ? value : value.trimEnd();
        if (trimmed) emit(trimmed);
        i = end;
      } else {
        emit(c);
        i++;
      }
    }
    if (space && keepSpace(atEnd ? undefined : '')) result += ' ';
    out.push(result);
  }
  return out;
}

/** Where a custom property's value ends: at `;` or `}` outside brackets and strings, or the end of the part. */
function valueEnd(text, i) {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close + 1;
      continue;
    }
    if (c === '/' && text[j + 1] === '*') {
      const close = text.indexOf('*/', j + 2);
      if (close < 0) return -1;
      j = close + 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || (c === '}' && depth > 0)) depth--;
    else if ((c === ';' || c === '}') && depth === 0) return j;
    j++;
  }
  return j;
}

/** Index after the closing quote of a string starting at `i` (quote `q`), or -1. */
function skipString(src, i, q) {
  let j = i + 1;
  while (j < src.length) {
    if (src[j] === '\\') j += 2;
    else if (src[j] === q) return j + 1;
    else if (src[j] === '\n') return -1;
    else j++;
  }
  return -1;
}

/**
 * Reads a template literal starting at the backtick at `i`: its raw parts, its expressions' source texts and the
 * index after it. Expressions may hold strings, comments and nested templates. `null` if unreadable.
 */
function readTemplate(src, i) {
  const parts = [];
  const expressions = [];
  let j = i + 1;
  let start = j;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') j += 2;
    else if (c === '`') {
      parts.push(src.slice(start, j));
      return { parts, expressions, end: j + 1 };
    } else if (c === '$' && src[j + 1] === '{') {
      parts.push(src.slice(start, j));
      const exprEnd = skipCode(src, j + 2, '}');
      if (exprEnd < 0) return null;
      expressions.push(src.slice(j + 2, exprEnd - 1));
      j = exprEnd;
      start = j;
    } else j++;
  }
  return null;
}

/** Skips code from `i` up to and including the closing `close` at depth 0; index after it, or -1. */
function skipCode(src, i, close) {
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === '"' || c === "'") {
      j = skipString(src, j, c);
      if (j < 0) return -1;
    } else if (c === '`') {
      const t = readTemplate(src, j);
      if (!t) return -1;
      j = t.end;
    } else if (c === '/' && src[j + 1] === '/') {
      const end = src.indexOf('\n', j);
      j = end < 0 ? src.length : end;
    } else if (c === '/' && src[j + 1] === '*') {
      const end = src.indexOf('*/', j + 2);
      if (end < 0) return -1;
      j = end + 2;
    } else if (c === '{' || c === '(' || c === '[') {
      depth++;
      j++;
    } else if (c === '}' || c === ')' || c === ']') {
      if (depth === 0) return c === close ? j + 1 : -1;
      depth--;
      j++;
    } else j++;
  }
  return -1;
}

/**
 * Rewrites every `css\`…\`` template of a module's source. Returns `{ code, templates, bytesSaved }`; a module
 * this cannot scan safely (an unterminated string or template, or a regular expression literal holding a quote
 * or backtick before a `css` template) comes back unchanged with `templates: 0`.
 */
export function minifyCssTemplates(source) {
  const unchanged = { code: source, templates: 0, bytesSaved: 0 };
  if (!/\bcss`/.test(source)) return unchanged;
  let out = '';
  let last = 0;
  let templates = 0;
  let j = 0;
  while (j < source.length) {
    const c = source[j];
    if (c === '"' || c === "'") {
      j = skipString(source, j, c);
      if (j < 0) return unchanged;
    } else if (c === '/' && source[j + 1] === '/') {
      const end = source.indexOf('\n', j);
      j = end < 0 ? source.length : end;
    } else if (c === '/' && source[j + 1] === '*') {
      const end = source.indexOf('*/', j + 2);
      if (end < 0) return unchanged;
      j = end + 2;
    } else if (c === '`') {
      const t = readTemplate(source, j);
      if (!t) return unchanged;
      const tagged = /(?:^|[^\w$.])css\s*$/.test(source.slice(Math.max(0, j - 20), j));
      if (tagged) {
        const parts = minifyTemplateParts(t.parts);
        if (parts) {
          let body = parts[0];
          for (let k = 0; k < t.expressions.length; k++) body += `\${${t.expressions[k]}}${parts[k + 1]}`;
          out += `${source.slice(last, j)}\`${body}\``;
          last = t.end;
          templates++;
        }
      }
      j = t.end;
    } else j++;
  }
  const code = out + source.slice(last);
  return { code, templates, bytesSaved: source.length - code.length };
}
