import { css } from 'lit';

export const pickerStyles = css`
  .section-heading {
    font-size: 1.125em;
    margin-block-end: 0.25rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }

  /* Buttons and fields: at least 44 px tall, visible borders. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: max(44px, 2.75rem);
    padding: 0.375rem 1rem;
    border: 2px solid var(--_career-accent);
    border-radius: var(--_career-radius);
    background: var(--_career-accent);
    color: var(--_career-on-accent);
    font-weight: 700;
    cursor: pointer;
  }
  .button.secondary {
    background: var(--_career-surface);
    color: var(--_career-accent);
  }
  .button:disabled {
    border-color: var(--_career-border);
    color: var(--_career-muted);
    background: var(--_career-surface);
    cursor: not-allowed;
  }
  select,
  input[type='number'] {
    width: 100%;
    min-height: max(44px, 2.75rem);
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_career-border);
    border-radius: calc(var(--_career-radius) / 2);
    background: var(--_career-surface);
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_career-accent);
  }
  .hint {
    font-size: 0.875em;
    color: var(--_career-muted);
  }
  /* A value out of range: the field and its hint say so, not only the hint's words. */
  .field:has([aria-invalid='true']) .hint {
    color: var(--_career-danger);
  }
  input[aria-invalid='true'] {
    border-color: var(--_career-danger);
  }

  /* The view switch: a native radio group drawn as a segmented control; the radio dot stays visible. */
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .mode {
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_career-border);
    border-radius: 999px;
  }
  .mode:has(:checked) {
    border: 2px solid var(--_career-accent);
    padding: calc(0.375rem - 1px) calc(0.875rem - 1px);
    background: var(--_career-accent-soft);
    font-weight: 700;
  }

  /* The comparison tray and its messages. */
  .tray {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 1rem;
    margin-block-end: var(--_career-space);
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    background: var(--_career-surface-2);
  }
  .tray.idle {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .tray-text {
    flex: 1 1 14em;
  }
  .refusal {
    flex: 1 1 100%;
  }
  /* The alert region stays in the page (so it announces); only a message draws a box. */
  .refusal.shown,
  .refused-here {
    margin-block: 0.375rem;
    padding: 0.375rem 0.625rem;
    border: 2px solid var(--_career-danger);
    border-radius: calc(var(--_career-radius) / 2);
    background: var(--_career-danger-soft);
    font-weight: 600;
  }

  /* Filters. */
  .filters {
    margin-block-end: 0.5rem;
  }
  .filters legend {
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(12em, 100%), 1fr));
    gap: 0.75rem;
    margin-block-end: 0.75rem;
  }
  .field label {
    font-weight: 600;
  }
  .count {
    margin-block: 0.5rem 0.75rem;
    color: var(--_career-muted);
  }

  /* Cards. */
  .cards {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(19em, 100%), 1fr));
    gap: 0.75rem;
  }
  .card {
    /* Off-screen cards skip layout: hundreds of certifications stay quick. */
    content-visibility: auto;
    contain-intrinsic-size: auto 18rem;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.875rem;
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    background: var(--_career-surface);
    overflow-wrap: anywhere;
  }
  .card.compared {
    border: 3px solid var(--_career-accent);
    padding: calc(0.875rem - 2px);
    background: var(--_career-accent-soft);
  }
  /* The acronym on a line of its own above the name, in every card alike. */
  .card-name {
    display: flex;
    flex-direction: column;
    font-size: 1.0625em;
  }
  .acronym {
    color: var(--_career-accent);
    font-weight: 800;
  }
  .description {
    font-size: 0.9375em;
  }
  .facts {
    display: grid;
    gap: 0.375rem;
    font-size: 0.9375em;
  }
  .fact {
    display: grid;
    grid-template-columns: 8em 1fr;
    gap: 0.5rem;
  }
  @container (max-width: 420px) {
    .fact {
      grid-template-columns: 1fr;
      gap: 0;
    }
  }
  dt {
    font-weight: 600;
    color: var(--_career-muted);
  }
  .compare-empty {
    margin-block-end: 0.75rem;
  }
  .compare-toggle-wrap {
    margin-block-start: auto;
    display: grid;
    gap: 0.375rem;
  }
  .mode,
  .compare-toggle,
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: max(44px, 2.75rem);
    cursor: pointer;
  }
  .compare-toggle {
    justify-self: start;
    padding: 0 0.75rem;
    border: 1px solid var(--_career-border);
    border-radius: calc(var(--_career-radius) / 2);
    background: var(--_career-surface);
    font-weight: 600;
  }
  .compare-toggle:has(:checked) {
    border: 2px solid var(--_career-accent);
    padding: 0 calc(0.75rem - 1px);
  }

  /* Guide. */
  .guide {
    display: grid;
    gap: var(--_career-space);
    padding: var(--_career-space);
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    background: var(--_career-surface-2);
  }
  .questions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(20em, 100%), 1fr));
    gap: var(--_career-space) 1.5rem;
  }
  .question {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .question legend {
    font-weight: 700;
    margin-block-end: 0.125rem;
  }
  .question label:not(.choice) {
    font-weight: 600;
  }
  .choices {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
    gap: 0 1rem;
    max-height: 18rem;
    overflow-y: auto;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .results {
    margin-block-start: var(--_career-space);
  }
  .ranking {
    list-style: none;
    padding: 0;
    margin-block-start: 0.75rem;
    display: grid;
    gap: 0.75rem;
  }
  .place {
    display: flex;
    gap: 0.75rem;
    padding: 0.875rem;
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    overflow-wrap: anywhere;
  }
  .place-number {
    flex: none;
    display: inline-grid;
    place-items: center;
    /* In em, to grow with the number; the outline is drawn in forced colours, where the background is not. */
    width: 2em;
    height: 2em;
    line-height: 1;
    border-radius: 50%;
    outline: 2px solid transparent;
    outline-offset: -2px;
    background: var(--_career-accent);
    color: var(--_career-on-accent);
    font-weight: 700;
  }
  .place.not-yet .place-number {
    outline: 0;
    background: none;
    border: 2px dashed var(--_career-muted);
    color: var(--_career-text);
  }
  .place-body {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 0.375rem;
  }
  .place-name {
    font-size: 1.0625em;
  }
  .fit {
    font-weight: 600;
  }
  .place.not-yet .fit {
    font-style: italic;
  }
  .reasons {
    padding-inline-start: 1.125rem;
    list-style: disc;
  }

  /* Comparison. */
  .table-scroll {
    /* Contains the visually hidden text of the cells, which would otherwise escape the scroller sideways. */
    position: relative;
    margin-block-start: 0.75rem;
    overflow-x: auto;
  }
  .table {
    width: 100%;
    /* Equal columns for the certifications, whatever their text. */
    table-layout: fixed;
    /* Separate borders, each cell drawing its end and bottom ones: collapsed borders let the scrolled cells show
       through beside the sticky row headers. */
    border-collapse: separate;
    border-spacing: 0;
    font-size: 0.9375em;
    overflow-wrap: anywhere;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  /* Wraps within the visible part of a table that scrolls sideways, and stays there. */
  caption span {
    position: sticky;
    inset-inline-start: 0;
    display: inline-block;
    max-width: 100cqi;
  }
  th,
  td {
    padding: 0.5rem;
    border: 1px solid var(--_career-border);
    border-block-start-width: 0;
    border-inline-start-width: 0;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-block-start-width: 1px;
    background: var(--_career-surface-2);
  }
  thead th .acronym {
    display: block;
    font-size: 1.0625em;
  }
  .col-name {
    font-weight: 400;
  }
  tbody th {
    /* 9em of the widget's text, in the table's 0.9375em. */
    width: calc(9em / 0.9375);
    border-inline-start-width: 1px;
    background: var(--_career-surface-2);
  }
  .corner {
    width: calc(9em / 0.9375);
  }
  .cell-list {
    padding-inline-start: 1rem;
  }
  .remove-row th,
  .remove-row td {
    border: 0;
    background: none;
  }
  .more {
    margin-block-start: 0.5rem;
  }
  .scroll-hint {
    display: none;
  }
  /* Narrow: the columns keep a readable width and the table scrolls sideways inside its own region, with the
     row headers held at the start edge; the page itself never scrolls sideways. */
  @container (max-width: 560px) {
    /* A control that takes focus scrolls clear of the sticky row headers (WCAG 2.4.11): the padding here, and
       the element's focusin handler where the browser does not scroll. */
    .table-scroll {
      scroll-padding-inline-start: 6.5em;
    }
    .modes {
      gap: 0.375rem;
    }
    .mode {
      gap: 0.375rem;
      padding-inline: 0.5rem;
    }
    .mode:has(:checked) {
      padding-inline: calc(0.5rem - 1px);
    }
    .table {
      table-layout: auto;
      overflow-wrap: break-word;
      font-size: 0.875em;
    }
    th,
    td {
      padding: 0.375rem;
    }
    /* Widths of the widget's text, in the table's 0.875em. */
    thead th,
    tbody td {
      min-width: calc(9em / 0.875);
    }
    tbody th,
    .corner {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      width: calc(6.5em / 0.875);
      min-width: calc(6.5em / 0.875);
    }
    .corner {
      background: var(--_career-surface);
    }
    .remove-row th {
      background: var(--_career-surface);
    }
    .scroll-hint {
      display: block;
      margin-block-start: 0.5rem;
      font-size: 0.875em;
      color: var(--_career-muted);
    }
  }
  /* Large text in a narrow box (a phone with text at 200 %): each place's number goes above it, leaving the place
     the whole width for its words. */
  @container (max-width: 16em) {
    .place {
      flex-direction: column;
    }
  }
  /* Very narrow (a phone at 200 % zoom): held row headers would leave no room for a column; they scroll along. */
  @container (max-width: 240px) {
    .table-scroll {
      scroll-padding-inline-start: 0;
    }
    tbody th,
    .corner {
      position: static;
    }
  }

  @media print {
    .card,
    .place {
      break-inside: avoid;
    }
    .guide {
      display: none;
    }
    .table-scroll {
      overflow: visible;
    }
  }
`;
