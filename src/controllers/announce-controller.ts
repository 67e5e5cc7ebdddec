import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

/** How long typing must pause before what it did is said (GOV.UK's accessible-autocomplete waits 1.4 s). */
export const TYPING_PAUSE = 1000;
/**
 * How long a message stays in the hidden region once said: long enough to be read out, not so long that a reader
 * moving through the page meets an old count (beside the visible one, which may have changed since).
 */
export const MESSAGE_LIFETIME = 5000;

/**
 * A polite status message about what the reader just did in this widget: how many results a search or filter left,
 * what a tick added. It is said once the change has rendered, and after typing pauses rather than at each keystroke.
 * What code or a linked widget changes (a stage chosen in another widget of the page) is shown, not said: the reader
 * is busy there. The host renders `region()` in every state it may speak from (a live region must be in the page
 * before its text changes) and calls `say()` from its event handlers.
 */
export class AnnounceController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';
  /** How many messages were written: each one is written anew, so the same words twice are said twice. */
  #said = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Which call of `say` is the latest. */
  #turn = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Says `text()`, read once the host has rendered the change; with `pause`, only once that many milliseconds pass
   * without another call (typing). A later call replaces a message not yet said.
   */
  say(text: () => string, pause = 0): void {
    clearTimeout(this.#timer);
    const turn = ++this.#turn;
    this.#timer = setTimeout(async () => {
      await this.#host.updateComplete;
      if (turn !== this.#turn) return; // called again (or disconnected) while the host rendered
      this.#write(text());
      this.#timer = setTimeout(() => this.#write(''), MESSAGE_LIFETIME);
    }, pause);
  }

  #write(text: string): void {
    this.#text = text;
    this.#said++;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#turn++;
    this.#text = '';
  }

  /** The live region, visually hidden. */
  region(): TemplateResult {
    return html`<p class="visually-hidden" role="status">${keyed(this.#said, this.#text)}</p>`;
  }
}
