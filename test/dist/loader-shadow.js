// An element of the page's own app that renders a widget in its shadow root, and one more a moment later: the
// loader's discover() finds both.
import { discover } from '/cdn/loader.js';

customElements.define(
  'app-shell',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).append(document.createElement('career-ladder'));
    }

    connectedCallback() {
      discover(this.shadowRoot);
      setTimeout(() => {
        const explorer = document.createElement('career-title-explorer');
        explorer.setAttribute('query', 'manager');
        this.shadowRoot.append(explorer);
      }, 300);
    }
  },
);
