/**
 * Minifies the static text of Lit's tagged templates in a JS/TS source text, conservatively, for the CDN builds:
 * - `css\`…\``: comments go, whitespace runs become one space, and the space next to `{ } ; , :` (after a colon
 *   only) goes. Untouched: custom property values (only trimmed: a page can read them back with
 *   `getPropertyValue`), the space beside `${…}` expressions and quoted CSS strings.
 * - `html\`…\`` and `svg\`…\``: every run of HTML whitespace (space, tab, line feed, carriage return, form feed)
 *   longer than one space becomes one space. Never removed, so text and layout stay as they were (the widgets
 *   render no `<pre>` or `<textarea>` text; a template holding either is left alone, and a no-break space is kept).
 * Expressions (`${…}`) are copied verbatim except for the templates nested in them, which are minified the same
 * way. A template with an escape sequence, or one this cannot read with certainty (a string or comment left open
 * across an expression), is left as it is. Everything outside those templates is copied verbatim.
 *
 * Pure (no Node APIs): used by scripts/build-cdn.js and checked by test/dist/minify.js.
 */

const SPACE = /\s/;
/** No space needed on either side of these. */
const TIGHT = new Set(['{', '}', ';', ',']);

/**
 * Minifies the static parts of one `css` template: `parts` are its raw texts between expressions. Returns the new
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

/** Whitespace in HTML: no-break and other Unicode spaces are text. */
const HTML_SPACE_RUN = /[ \t\n\r\f]+/g;

/**
 * Minifies the static parts of one `html` or `svg` template: each whitespace run becomes one space. `null` (left
 * alone) for an escape sequence anywhere or whitespace-preserving markup.
 */
export function minifyHtmlParts(parts) {
  if (parts.some((text) => text.includes('\\') || /<(pre|textarea|listing|plaintext)\b/i.test(text)))
    return null;
  return parts.map((text) => text.replace(HTML_SPACE_RUN, ' '));
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

/** Minifiers of the static parts by tag name. */
const MINIFIERS = { css: minifyTemplateParts, html: minifyHtmlParts, svg: minifyHtmlParts };

/**
 * Rewrites the templates of a piece of code: those tagged with a name in `minifiers` get their static parts
 * minified, and every template's expressions are rewritten in turn (nested templates). Returns `{ code, count }`,
 * or `null` when the code cannot be scanned safely (an unterminated string or template, or a regular expression
 * literal holding a quote or backtick).
 */
function rewrite(code, minifiers) {
  let out = '';
  let last = 0;
  let count = 0;
  let j = 0;
  while (j < code.length) {
    const c = code[j];
    if (c === '"' || c === "'") {
      j = skipString(code, j, c);
      if (j < 0) return null;
    } else if (c === '/' && code[j + 1] === '/') {
      const end = code.indexOf('\n', j);
      j = end < 0 ? code.length : end;
    } else if (c === '/' && code[j + 1] === '*') {
      const end = code.indexOf('*/', j + 2);
      if (end < 0) return null;
      j = end + 2;
    } else if (c === '`') {
      const t = readTemplate(code, j);
      if (!t) return null;
      const tag = /(?:^|[^\w$.])(\w+)\s*$/.exec(code.slice(Math.max(0, j - 20), j))?.[1];
      const minify = tag && Object.hasOwn(minifiers, tag) ? minifiers[tag] : undefined;
      const parts = minify?.(t.parts) ?? t.parts;
      let changed = parts !== t.parts;
      const expressions = [];
      for (const expression of t.expressions) {
        const inner = rewrite(expression, minifiers);
        if (!inner) return null;
        count += inner.count;
        changed ||= inner.count > 0;
        expressions.push(inner.code);
      }
      if (changed) {
        let body = parts[0];
        for (let k = 0; k < expressions.length; k++) body += `\${${expressions[k]}}${parts[k + 1]}`;
        out += `${code.slice(last, j)}\`${body}\``;
        last = t.end;
        if (parts !== t.parts) count++;
      }
      j = t.end;
    } else j++;
  }
  return { code: out + code.slice(last), count };
}

/**
 * Minifies a module's Lit templates; `css` and `html` (which covers `svg`) choose which. Returns
 * `{ code, templates, bytesSaved }`; a module this cannot scan safely comes back unchanged with `templates: 0`.
 */
export function minifyTemplates(source, { css = true, html = true } = {}) {
  const minifiers = {};
  if (css) minifiers.css = MINIFIERS.css;
  if (html) Object.assign(minifiers, { html: MINIFIERS.html, svg: MINIFIERS.svg });
  const result = Object.keys(minifiers).length ? rewrite(source, minifiers) : null;
  if (!result || result.count === 0) return { code: source, templates: 0, bytesSaved: 0 };
  return { code: result.code, templates: result.count, bytesSaved: source.length - result.code.length };
}
