import { css } from 'lit';

/**
 * Design tokens and base styles shared by every widget. Public tokens are `--career-*` custom properties, each
 * read with a fallback; private ones are `--_career-*`. Light and dark come from `light-dark()`, driven by
 * `color-scheme`: the page's preference, or the `theme` attribute.
 */
export const tokens = css`
  :host {
    color-scheme: light dark;
    --_career-surface: var(--career-color-surface, light-dark(#ffffff, #15181e));
    --_career-surface-2: var(--career-color-surface-raised, light-dark(#f4f6f9, #1e232b));
    --_career-text: var(--career-color-text, light-dark(#1b2230, #e9ecf1));
    --_career-muted: var(--career-color-muted, light-dark(#4a5467, #aab3c2));
    --_career-border: var(--career-color-border, light-dark(#7d8799, #6b7585));
    --_career-accent: var(--career-color-accent, light-dark(#1d4ed8, #8fb4ff));
    --_career-on-accent: var(--career-color-on-accent, light-dark(#ffffff, #0d1424));
    --_career-accent-soft: var(--career-color-accent-soft, light-dark(#e7eeff, #1f2b45));
    --_career-mark: var(--career-color-mark, light-dark(#fff1a8, #5c4a00));
    --_career-danger: var(--career-color-danger, light-dark(#b42318, #ff9b8f));
    --_career-danger-soft: var(--career-color-danger-soft, light-dark(#fdecea, #3a1714));
    --_career-radius: var(--career-radius, 0.5rem);
    --_career-space: var(--career-space, 1rem);
    --_career-focus: var(--career-focus-ring, 2px solid var(--_career-accent));

    display: block;
    box-sizing: border-box;
    color: var(--_career-text);
    background: var(--_career-surface);
    border-radius: var(--_career-radius);
    container-type: inline-size;
    /* The width a box that sizes to its content (a dialog with no width, a flex row, an inline block) gives the
       widget, which a container has none of by itself: the narrowest the widgets are made for. */
    contain-intrinsic-inline-size: min(20em, 100vw - 2em);
    /* … but a grid or flex track may still make it narrower, as before, rather than the page scroll sideways. */
    min-width: 0;
    /* Anchors visually hidden text, so it never widens a scrolling ancestor. */
    position: relative;
    /* A long word of custom data (a compound, a URL) breaks rather than widening the widget at 320 px. */
    overflow-wrap: anywhere;
    /* Font and colour scheme come from the page, but not the text layout an article or wrapper may set (nowrap,
       break-all, centred, uppercase, indented): the widget is laid out for its own text. */
    white-space: normal;
    word-break: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
  }
  /* Tables keep their columns as wide as their words, and scroll in their own region. */
  table {
    overflow-wrap: break-word;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: var(--_career-focus);
    outline-offset: 2px;
  }
  h2,
  h3,
  h4,
  h5,
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .muted {
    color: var(--_career-muted);
  }
  [part='error'] {
    padding: var(--_career-space);
    border: 2px solid var(--_career-danger);
    border-radius: var(--_career-radius);
    background: var(--_career-danger-soft);
  }
  [part='error'] ul {
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  [part='error'] code {
    font-family: ui-monospace, monospace;
    font-weight: 600;
  }
  [part='loading'] {
    padding: var(--_career-space);
    color: var(--_career-muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    /* Paper is white whatever the screen's theme: the light colours, dark ink; badges keep their background
       (white text on the accent, such as "You are here"), which browsers leave out of print by default. */
    :host,
    :host([theme]) {
      color-scheme: light;
      color: #000;
      background: none;
      print-color-adjust: exact;
    }
    [data-print='hide'] {
      display: none !important;
    }
    button {
      border-color: transparent !important;
      background: none !important;
      color: inherit !important;
    }
  }
`;

/** Layout shared by the four widgets: padding, the heading, labelled fields, columns of titled lists. */
export const widgetStyles = css`
  :host {
    padding: var(--_career-space);
  }
  .content {
    display: contents;
  }
  .heading {
    font-size: 1.25em;
    margin-block-end: 0.75rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(var(--_career-column, 16em), 100%), 1fr));
    gap: 0.75rem 1.5rem;
  }
  .block :is(h4, h5) {
    font-size: 1em;
    margin-block-end: 0.25rem;
  }
  .block ul {
    padding-inline-start: 1.125rem;
  }
`;
