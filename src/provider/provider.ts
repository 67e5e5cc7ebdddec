import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { DatasetController } from '../controllers/dataset-controller.js';
import type { Dataset, DatasetInput } from '../data/schema.js';
import { type ProviderValue, providerContext } from '../shared/context.js';

/**
 * Links the widgets inside it: they share its dataset and one selected stage. Selecting a stage in any of them
 * selects it in all; only the widget the reader used fires `career-stage-change`, which bubbles through here.
 * Renders no box of its own (`display: contents`).
 *
 * @tagname career-provider
 * @summary Shares one dataset and one selected stage with the widgets inside it.
 * @slot - The linked widgets and any other content.
 * @fires career-error - The provider's `data` or `src` could not be used. Bubbles, composed.
 */
export class CareerProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    stage: { reflect: true },
  };

  /** A dataset object shared with every widget inside (wins over `src`). */
  data: DatasetInput | Dataset | null = null;

  /**
   * URL of a dataset JSON shared with every widget inside. Without `data` or `src`, each widget uses the bundled
   * default data (the provider then carries none itself).
   */
  src: string | null = null;

  /** The selected stage id, shared with every widget inside. */
  stage: string | null = null;

  // `private`, not `#`: test/default-data.test.ts reads it to tell which default data the widget took.
  private readonly source = new DatasetController(this, { linkStage: false });
  readonly #context = new ContextProvider(this, { context: providerContext });
  readonly #selectStage = (stage: string | null) => {
    this.stage = stage;
  };

  protected override willUpdate(): void {
    this.stage ??= null; // `undefined` (from @lit/react) is no stage
    const state = this.source.shared;
    const previous = this.#context.value;
    if (previous?.state !== state || previous.stage !== this.stage) {
      const value: ProviderValue = { state, stage: this.stage, selectStage: this.#selectStage };
      this.#context.setValue(value);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'career-provider': CareerProvider;
  }
}
