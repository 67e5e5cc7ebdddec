import { css } from 'lit';

export const skillsMatrixStyles = css`
  :host {
    --_career-matrix-max-height: var(--career-matrix-max-height, min(75vh, 44rem));
    /* Least width of the pinned skill names, which the scroller keeps focused controls clear of; in em, to grow
       with the text (on phones, below, a fixed width leaves room for a stage column). */
    --_career-matrix-names: 12em;
  }

  /* Controls */
  .toolbar,
  .file-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
  }
  .field {
    font-weight: 600;
    font-size: 0.9375em;
  }
  select,
  button {
    min-height: max(36px, 2.25rem);
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_career-border);
    border-radius: calc(var(--_career-radius) / 2);
    background: var(--_career-surface);
  }
  .field select {
    /* 16em of the widget's text, in this 0.9375em (as the table's cells below). */
    min-width: min(calc(16em / 0.9375), 100%);
    max-width: 100%;
  }
  .toolbar .field {
    max-width: 100%;
  }
  button {
    cursor: pointer;
    font-weight: 600;
  }
  /* Only where there is a pointer that hovers: on a touch screen :hover stays after a tap, and a stage tapped off
     would still look half selected. */
  @media (hover: hover) {
    button:hover {
      border-color: var(--_career-accent);
    }
  }
  .import {
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-weight: 600;
  }
  .import input {
    min-width: 0;
    max-width: 100%;
    min-height: max(36px, 2.25rem);
    padding-block: 0.375rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin-block: 0.75rem;
    font-size: 0.875em;
    color: var(--_career-muted);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .level {
    white-space: nowrap;
  }

  /* Self-assessment */
  .assessment {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    margin-block-end: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    background: var(--_career-surface-2);
  }
  .assessment h3 {
    font-size: 1.0625em;
  }
  .summary {
    font-weight: 700;
  }
  .summary:empty {
    display: none;
  }
  /* The status region stays rendered while empty, so screen readers announce what arrives (WCAG 4.1.3); only its
     box shows once it has text, with no gap before the messages after it. */
  .message:not(:empty) {
    padding: 0.375rem 0.625rem;
    border-inline-start: 4px solid var(--_career-accent);
    background: var(--_career-surface);
  }
  .message.error,
  .message.warning {
    border-inline-start-color: var(--_career-danger);
    background: var(--_career-danger-soft);
  }
  .message:not(:empty) ~ .message {
    margin-block-start: 0.375rem;
  }

  /* The matrix: the box scrolls both ways, the header row and the skill names stay in view. A control that
     takes focus scrolls clear of them (WCAG 2.4.11): the padding here, and the element's focusin handler. */
  .scroller {
    position: relative;
    overflow: auto;
    scroll-padding-inline-start: var(--_career-matrix-names);
    max-height: var(--_career-matrix-max-height);
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    overscroll-behavior-inline: contain;
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
    font-size: 0.9375em;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_career-border) 45%, transparent);
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_career-surface-2);
    border-block-end: 2px solid var(--_career-border);
    text-align: start;
    vertical-align: bottom;
  }
  thead .skill-head {
    inset-inline-start: 0;
    z-index: 3;
  }
  tbody th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-width: var(--_career-matrix-names);
    /* A word longer than the column widens it ("Medikamentenmanagement" whole), however many stages squeeze the
       table, up to twice its width or 40 % of the widget; only a longer word breaks. Hyphens where the page has a
       lang. */
    max-width: min(calc(2 * var(--_career-matrix-names)), 40cqi);
    overflow-wrap: break-word;
    hyphens: auto;
    background: var(--_career-surface);
    text-align: start;
    font-weight: 600;
    border-inline-end: 1px solid var(--_career-border);
  }
  .skill-head {
    border-inline-end: 1px solid var(--_career-border);
  }
  .category th {
    padding-block-start: 0.75rem;
    background: var(--_career-surface-2);
    text-align: start;
    font-size: 0.9375em;
    letter-spacing: 0.01em;
  }
  .category th span {
    position: sticky;
    inset-inline-start: 0.5rem;
    /* Wraps within the visible part of the box, not the whole width of the table. */
    display: inline-block;
    max-width: calc(100cqi - 3rem);
  }
  thead th.stage {
    min-width: calc(7.5em / 0.9375);
    text-align: center;
    vertical-align: top;
  }
  .stage-button {
    display: block;
    width: 100%;
    /* Two lines of a name, so that the buttons of one row are of one height. */
    min-height: max(48px, 3rem);
    padding: 0.25rem 0.375rem;
    border: 1px solid color-mix(in srgb, var(--_career-border) 60%, transparent);
    font-weight: 700;
    line-height: 1.2;
  }
  .stage-button[aria-pressed='true'] {
    border: 2px solid var(--_career-accent);
    color: var(--_career-accent);
  }
  .years {
    display: block;
    /* Clear of the button's focus ring. */
    margin-block-start: 0.25rem;
    white-space: nowrap;
    font-size: 0.8125em;
    font-weight: 400;
    color: var(--_career-muted);
    text-align: center;
  }
  .marker {
    display: inline-block;
    margin-block-start: 0.25rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    /* Transparent, but drawn in forced colours, where the background is not. */
    outline: 1px solid transparent;
    outline-offset: -1px;
    background: var(--_career-accent);
    color: var(--_career-on-accent);
    font-size: 0.8125em;
    font-weight: 700;
    white-space: nowrap;
  }
  .target-marker {
    background: var(--_career-surface);
    color: var(--_career-text);
    border: 1px solid var(--_career-text);
  }
  td {
    text-align: center;
  }
  .dot {
    color: var(--_career-accent);
    font-size: 1.125em;
    line-height: 1;
  }
  .none {
    color: var(--_career-muted);
  }
  /* The selected stage: a marker in its header (text), a frame around the column, a soft background. The frame is
     an inset shadow, which takes no room: choosing a stage repaints two columns and moves nothing (a border
     widened the column, and laying out the table took 100 ms with a thousand skills). */
  td.selected,
  th.selected {
    box-shadow:
      inset 3px 0 var(--_career-accent),
      inset -3px 0 var(--_career-accent);
    background: var(--_career-accent-soft);
  }
  thead th.selected {
    box-shadow:
      inset 3px 0 var(--_career-accent),
      inset -3px 0 var(--_career-accent),
      inset 0 3px var(--_career-accent);
  }
  /* The target stage's column framed from its header down, as the selected one is. */
  .target {
    border-inline: 2px dashed var(--_career-text);
  }
  .target.selected {
    border-inline-color: transparent;
  }
  /* Forced colours draw no shadow: a border frames the selected column there, the target's too. (Print keeps the
     shadow: the widget prints its colours exactly.) */
  @media (forced-colors: active) {
    td.selected,
    th.selected,
    .target.selected {
      border-inline: 3px solid Highlight;
    }
    thead th.selected {
      border-block-start: 3px solid Highlight;
    }
  }
  .rating,
  .gap {
    text-align: start;
  }
  /* The rating control keeps its line; the gap's words wrap rather than squeezing the skill names, in a column
     wide enough for "△ 1 level to go" on two lines. */
  .rating {
    white-space: nowrap;
  }
  .gap {
    min-width: calc(7em / 0.9375);
  }
  .rating select {
    min-width: calc(9em / 0.9375);
  }
  .gap.met {
    font-weight: 600;
  }
  .gap.short {
    color: var(--_career-danger);
  }
  .more {
    position: sticky;
    inset-inline-start: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    max-width: 100cqi;
    padding: 0.75rem;
  }
  .empty {
    padding: var(--_career-space);
    border: 1px dashed var(--_career-border);
    border-radius: var(--_career-radius);
  }

  /* Shown while the table is wider than its box (the widget sets hidden). */
  .scroll-hint {
    margin-block-end: 0.5rem;
    font-size: 0.875em;
    color: var(--_career-muted);
  }
  /* Phones: narrower pinned names and columns; the table scrolls sideways under them. */
  @container (max-width: 480px) {
    .scroller {
      /* Not below 128px where a page shrinks the root font (62.5 %) but not its text. */
      --_career-matrix-names: max(8rem, 128px);
    }
    /* The pinned names stay narrow: a word longer than them breaks ("Workspace/Microsoft"). */
    tbody th[scope='row'] {
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .field,
    .field select {
      width: 100%;
    }
    .rating select {
      min-width: calc(7.5em / 0.9375);
    }
    /* The pinned names and one whole stage column fit at 320 px (the typical years wrap if they must). */
    .years {
      white-space: normal;
    }
    /* "No file chosen" whole beside its button. */
    .import input {
      font-size: 0.875em;
    }
  }

  /* Very narrow (a phone at 200 % zoom): pinned names would leave no room for a stage column; they scroll along. */
  @container (max-width: 240px) {
    .scroller {
      scroll-padding-inline-start: 0;
    }
    thead .skill-head {
      inset-inline-start: auto;
    }
    tbody th[scope='row'] {
      position: static;
    }
  }
  /* A short window (a phone held sideways): the box may take most of its height, as the sticky header row takes
     a third of the usual 75 %. */
  @media (max-height: 480px) {
    :host {
      --_career-matrix-max-height: var(--career-matrix-max-height, 90svh);
    }
  }

  @media print {
    .scroller {
      max-height: none;
      overflow: visible;
      border: 0;
    }
    thead th,
    tbody th[scope='row'],
    .category th span {
      position: static;
    }
    tr {
      break-inside: avoid;
    }
    .stage-button {
      border: 0 !important;
    }
    .assessment {
      border: 0;
      padding: 0;
      background: none;
    }
  }
`;
