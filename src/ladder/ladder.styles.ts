import { css } from 'lit';

export const ladderStyles = css`
  /* Vertical (the default): the rungs join one column with the detail, which follows the selected rung (the rungs
     after it come later), so on a phone a stage opens where the reader tapped it. The list keeps its role. */
  .steps {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .rungs {
    list-style: none;
    padding: 0;
    display: contents;
  }
  .rung.after {
    order: 1;
  }
  /* Horizontal: chosen explicitly, or by the widget's own width when no orientation is set; the detail below. */
  :host([orientation='horizontal']) .steps {
    display: block;
  }
  :host([orientation='horizontal']) .rungs {
    display: grid;
    gap: 0.75rem;
    grid-auto-flow: column;
    grid-auto-columns: minmax(10.5em, 1fr);
    overflow-x: auto;
    padding-block-end: 0.25rem;
  }
  /* In em, as wide text needs: at 200 % text the rungs stack rather than break their words. */
  @container (min-width: 47.5em) {
    :host(:not([orientation])) .steps {
      display: block;
    }
    /* No narrower than their longest word: a ladder of many stages scrolls sideways rather than break names. */
    :host(:not([orientation])) .rungs {
      display: grid;
      gap: 0.75rem;
      grid-auto-flow: column;
      grid-auto-columns: minmax(min-content, 1fr);
      overflow-x: auto;
    }
    /* Whole words make a rung's least width (the host breaks anywhere, which would make it none). */
    :host(:not([orientation])) .rung {
      overflow-wrap: break-word;
    }
    :host(:not([orientation])) .detail {
      margin-block-start: var(--_career-space);
    }
  }
  .rung {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding: 0.75rem;
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    background: var(--_career-surface);
    cursor: pointer;
  }
  .rung.selected {
    border: 3px solid var(--_career-accent);
    padding: calc(0.75rem - 2px);
    background: var(--_career-accent-soft);
  }
  .rung.current {
    box-shadow: inset 0 -4px 0 var(--_career-accent);
  }
  .rung-button {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: max(44px, 2.75rem);
    margin: -0.25rem;
    padding: 0.25rem;
    border: 0;
    border-radius: calc(var(--_career-radius) / 2);
    background: none;
    text-align: start;
    font-weight: 700;
    cursor: pointer;
  }
  .step {
    flex: none;
    display: inline-grid;
    place-items: center;
    /* In em: the number grows with the text, and so does its circle. */
    width: 2em;
    height: 2em;
    /* Centred in its circle whatever line height the page sets. */
    line-height: 1;
    border-radius: 50%;
    border: 2px solid var(--_career-accent);
    color: var(--_career-accent);
    font-size: 0.875em;
  }
  .selected .step {
    background: var(--_career-accent);
    color: var(--_career-on-accent);
  }
  @media (forced-colors: active) {
    .rung.selected {
      border-color: Highlight;
    }
    .selected .step {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
  .years,
  .titles {
    font-size: 0.875em;
    color: var(--_career-muted);
  }
  .focus {
    font-size: 0.9375em;
  }
  .here {
    align-self: flex-start;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    /* Transparent, but drawn in forced colours, where the background is not. */
    outline: 1px solid transparent;
    outline-offset: -1px;
    background: var(--_career-accent);
    color: var(--_career-on-accent);
    font-size: 0.8125em;
    font-weight: 700;
  }
  :host([compact]) .titles,
  :host([compact]) .focus {
    display: none;
  }
  .detail {
    padding: var(--_career-space);
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    background: var(--_career-surface-2);
  }
  :host([orientation='horizontal']) .detail {
    margin-block-start: var(--_career-space);
  }
  .detail-heading {
    font-size: 1.125em;
  }
  .detail-summary {
    margin-block: 0.25rem 0.75rem;
  }
  .block li + li {
    margin-block-start: 0.125rem;
  }
  .next {
    margin-block-start: var(--_career-space);
    padding-block-start: var(--_career-space);
    border-block-start: 1px solid var(--_career-border);
  }
  .next-heading {
    font-size: 1.0625em;
    margin-block-end: 0.5rem;
  }
  @media print {
    .rung {
      break-inside: avoid;
    }
    .detail {
      border: 0;
      padding: 0;
      background: none;
    }
  }
`;
