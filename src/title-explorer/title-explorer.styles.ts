import { css } from 'lit';

export const titleExplorerStyles = css`

  /* Search and tier filter */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
    margin-block-end: 0.5rem;
  }
  .search-field {
    flex: 1 1 16em;
  }
  .tier-field {
    flex: 1 1 12em;
    max-width: 100%;
  }
  label {
    font-size: 0.9375em;
    font-weight: 600;
  }
  input,
  select {
    width: 100%;
    min-height: max(44px, 2.75rem);
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_career-border);
    border-radius: calc(var(--_career-radius) / 2);
    background: var(--_career-surface);
  }
  .count {
    margin-block-end: 0.5rem;
    font-size: 0.875em;
    color: var(--_career-muted);
  }

  /* List beside the detail when wide; stacked, the detail replacing the list, when narrow. */
  .layout {
    display: grid;
    gap: var(--_career-space);
  }
  .list-pane {
    min-width: 0;
  }
  @container (min-width: 640px) {
    .tier-field {
      flex: 0 1 15em;
    }
    .layout {
      grid-template-columns: minmax(15em, 2fr) minmax(0, 3fr);
      align-items: start;
    }
    .detail,
    .placeholder {
      position: sticky;
      /* Below a fixed site header, which the page names. */
      top: var(--career-sticky-top, 0px);
    }
    .back {
      display: none;
    }
  }
  @container (max-width: 639.98px) {
    .layout.detail-open .list-pane,
    .layout:not(.detail-open) .detail,
    .placeholder {
      display: none;
    }
  }

  /* Listbox */
  .listbox {
    position: relative; /* the options' offsetParent, to scroll the active one into view */
    /* At most 70 % of a short window, and the page scrolls on once the list has reached its end: on a phone, a
       thumb on the list can still scroll the page. */
    max-height: min(34rem, 70vh);
    /* Of the window as it is with a phone's address bar shown. */
    max-height: min(34rem, 70svh);
    overflow-y: auto;
    padding: 0.25rem;
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    background: var(--_career-surface);
  }
  .group + .group {
    margin-block-start: 0.375rem;
  }
  .group-label {
    padding: 0.5rem 0.625rem 0.25rem;
    /* In line with the options' text, which starts after their 4px border. */
    padding-inline-start: calc(0.625rem + 4px);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_career-muted);
  }
  .group-years {
    font-weight: 400;
  }
  .option {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-height: max(44px, 2.75rem);
    padding: 0.5rem 0.625rem;
    border-inline-start: 4px solid transparent;
    border-radius: calc(var(--_career-radius) / 2);
    cursor: pointer;
    /* Options scrolled out of the list are not styled, laid out or painted: keystrokes stay within a frame. */
    content-visibility: auto;
    contain-intrinsic-size: auto 4.25rem;
  }
  /* Hover styles only where a pointer hovers: on a touch screen :hover stays after a tap. */
  @media (hover: hover) {
    .option:hover {
      background: var(--_career-surface-2);
    }
    .button:hover {
      border-color: var(--_career-accent);
    }
    .link:hover {
      text-decoration-thickness: 2px;
    }
  }
  .option[aria-selected='true'] {
    border-inline-start-color: var(--_career-accent);
    background: var(--_career-accent-soft);
  }
  .listbox:focus .option.active {
    outline: var(--_career-focus);
    outline-offset: -2px;
  }
  .option-name {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .option-tier,
  .option-alias {
    font-size: 0.8125em;
    color: var(--_career-muted);
  }
  .option-description {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    font-size: 0.875em;
    color: var(--_career-muted);
  }
  mark {
    padding-inline: 0.0625rem;
    border-radius: 2px;
    background: var(--_career-mark);
    color: var(--_career-text);
    font-weight: 700;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .empty,
  .placeholder {
    padding: var(--_career-space);
    border: 1px dashed var(--_career-border);
    border-radius: var(--_career-radius);
    color: var(--_career-muted);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-start: 0.5rem;
    font-size: 0.9375em;
  }
  .button {
    min-height: max(44px, 2.75rem);
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_career-border);
    border-radius: calc(var(--_career-radius) / 2);
    background: var(--_career-surface-2);
    font-weight: 600;
    cursor: pointer;
  }

  /* Detail */
  .detail {
    padding: var(--_career-space);
    border: 1px solid var(--_career-border);
    border-radius: var(--_career-radius);
    background: var(--_career-surface-2);
    min-width: 0;
  }
  .back {
    margin-block-end: 0.75rem;
  }
  /* The arrow points back to where the list is: to the right on a right-to-left page. */
  .back-arrow:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  .detail-heading {
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin-block: 0.5rem;
  }
  .facts dt {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_career-muted);
  }
  .description {
    margin-block: 0.5rem 0.75rem;
  }
  .columns {
    --_career-column: 14em;
  }
  .block li + li {
    margin-block-start: 0.25rem;
  }
  .block .links {
    list-style: none;
    padding: 0;
  }
  .link {
    min-height: max(24px, 1.5rem);
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--_career-accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  /* The tier moves to the next line whole, rather than leaving a word of it behind ("(Specialised / roles)"). */
  .link-tier {
    display: inline-block;
    font-size: 0.8125em;
  }

  @media (forced-colors: active) {
    .option {
      border-inline-start-color: Canvas;
    }
    .option[aria-selected='true'] {
      border-inline-start-color: Highlight;
    }
  }
  @media print {
    .layout {
      display: block;
    }
    .layout.detail-open .list-pane {
      display: block;
    }
    .listbox {
      max-height: none;
      overflow: visible;
      border: 0;
      padding: 0;
    }
    .option {
      break-inside: avoid;
    }
    .placeholder {
      display: none;
    }
    .detail {
      margin-block-start: var(--_career-space);
      border: 0;
      padding: 0;
    }
  }
`;
