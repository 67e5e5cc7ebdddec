/**
 * Where a widget's dataset comes from when it sits in a `<career-provider>` (DatasetController).
 * The first test needs `<career-provider>` undefined when it starts and defines it: keep it first, and import
 * nothing here that defines the provider (`src/all.js`, `src/provider/index.js`) statically.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ladder/index.js';
import type { CareerLadder } from '../src/ladder/ladder.js';
import type { CareerProvider } from '../src/provider/provider.js';
import {
  clone,
  isLoading,
  loadSmallDataset,
  SMALL_DATASET_URL,
  settled,
  spyConsole,
  textOf,
  until,
} from './helpers.js';

/** Records the URLs the page fetches until `restore()`. */
function recordFetches(): { urls: string[]; restore(): void } {
  const fetch = window.fetch;
  const urls: string[] = [];
  window.fetch = (input, init) => {
    urls.push(String(input));
    return fetch(input, init);
  };
  return { urls, restore: () => (window.fetch = fetch) };
}

describe('DatasetController', () => {
  it('a provider defined after its widgets: they show the loading state, not the default data, meanwhile', async () => {
    expect(
      customElements.get('career-provider') === undefined,
      'career-provider is not defined yet',
    ).to.equal(true);
    const fetches = recordFetches();
    try {
      const host = await fixture<HTMLElement>(html`<div>
        <career-provider src=${SMALL_DATASET_URL}>
          <career-ladder id="linked"></career-ladder>
          <career-ladder id="moved"></career-ladder>
          <career-ladder id="own" src="${SMALL_DATASET_URL}?own"></career-ladder>
        </career-provider>
      </div>`);
      const [linked, moved, own] = ['#linked', '#moved', '#own'].map(
        (s) => host.querySelector<CareerLadder>(s)!,
      ) as [CareerLadder, CareerLadder, CareerLadder];
      await linked.updateComplete;
      expect(isLoading(linked), 'loading while the provider is not defined').to.equal(true);
      expect(textOf(linked.shadowRoot)).not.to.contain('IT Project Manager');
      await settled(own);
      // Out of the provider, a widget no longer waits for it.
      host.append(moved);
      await moved.updateComplete;
      expect(textOf(moved.shadowRoot)).to.contain('IT Project Manager');

      await import('../src/provider/index.js');
      await until(linked, () => textOf(linked.shadowRoot).includes('Example Guild'));
      // The widget with its own `src` keeps it: linking does not fetch it again.
      expect(fetches.urls.filter((url) => url.endsWith('?own')).length, 'fetches of the own src').to.equal(1);
      expect(textOf(own.shadowRoot)).to.contain('Example Guild');
    } finally {
      fetches.restore();
    }
  });

  it('warns once per dataset of fields no widget reads, naming their paths', async () => {
    // A file of its own, fetched afresh: a field of a stage misspelt.
    const data = (await loadSmallDataset()) as unknown as { stages: Record<string, unknown>[] };
    data.stages[1]!.nmae = 'Journeyman';
    const warn = spyConsole('warn');
    try {
      const host = await fixture<HTMLElement>(html`<div>
        <career-ladder .data=${data}></career-ladder>
        <career-ladder .data=${data}></career-ladder>
      </div>`);
      for (const ladder of host.querySelectorAll<CareerLadder>('career-ladder')) await settled(ladder);
      expect(textOf(host.querySelector('career-ladder')!.shadowRoot)).to.contain('Example Guild');
      expect(warn.calls).to.deep.equal([
        [
          'career-widgets: <career-ladder> ignores fields of its data that no widget reads (misspelt?):',
          'stages[1].nmae',
        ],
      ]);
    } finally {
      warn.restore();
    }
  });

  describe('widgets with one src', () => {
    /** The small framework with a misspelt field, served from a URL of its own. */
    async function misspeltFile(): Promise<{ url: string; revoke(): void }> {
      const data = (await loadSmallDataset()) as unknown as { stages: Record<string, unknown>[] };
      data.stages[0]!.sumary = 'Starting out';
      const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
      return { url, revoke: () => URL.revokeObjectURL(url) };
    }

    it('loading together, they fetch and check the file once and warn once', async () => {
      const file = await misspeltFile();
      const fetches = recordFetches();
      const warn = spyConsole('warn');
      try {
        const host = await fixture<HTMLElement>(html`<div>
          ${[1, 2, 3, 4].map(() => html`<career-ladder src=${file.url}></career-ladder>`)}
        </div>`);
        const ladders = [...host.querySelectorAll<CareerLadder>('career-ladder')];
        for (const ladder of ladders) await settled(ladder);
        for (const ladder of ladders) expect(textOf(ladder.shadowRoot)).to.contain('Example Guild');
        expect(fetches.urls).to.deep.equal([file.url]);
        expect(warn.calls.map((call) => call[1])).to.deep.equal(['stages[0].sumary']);
      } finally {
        warn.restore();
        fetches.restore();
        file.revoke();
      }
    });

    it('one leaving while the file loads does not stop the others', async () => {
      const url = `/__late${SMALL_DATASET_URL}?leave`;
      const fetches = recordFetches();
      try {
        const host = await fixture<HTMLElement>(html`<div>
          <career-ladder src=${url}></career-ladder>
          <career-ladder src=${url}></career-ladder>
        </div>`);
        const [gone, kept] = host.querySelectorAll<CareerLadder>('career-ladder') as unknown as [
          CareerLadder,
          CareerLadder,
        ];
        expect(isLoading(kept), 'still loading').to.equal(true);
        gone.remove();
        await settled(kept);
        expect(textOf(kept.shadowRoot)).to.contain('Example Guild');
        expect(fetches.urls).to.deep.equal([url]);
        // Back on the page once the file has loaded, the widget fetches it again, on its own.
        host.append(gone);
        await settled(gone);
        expect(textOf(gone.shadowRoot)).to.contain('Example Guild');
        expect(fetches.urls).to.deep.equal([url, url]);
      } finally {
        fetches.restore();
      }
    });

    it('the last one leaving while the file loads aborts its fetch', async () => {
      const fetch = window.fetch;
      const signals: AbortSignal[] = [];
      window.fetch = (input, init) => {
        signals.push(init!.signal!);
        return fetch(input, init);
      };
      try {
        const url = `/__late${SMALL_DATASET_URL}?abort`;
        const host = await fixture<HTMLElement>(html`<div>
          <career-ladder src=${url}></career-ladder>
          <career-ladder src=${url}></career-ladder>
        </div>`);
        const [first, second] = host.querySelectorAll('career-ladder');
        expect(signals).to.have.length(1);
        first!.remove();
        expect(signals[0]!.aborted, 'one widget still waits for it').to.equal(false);
        second!.remove();
        expect(signals[0]!.aborted, 'no widget waits for it').to.equal(true);
      } finally {
        window.fetch = fetch;
      }
    });
  });

  describe('in a defined provider', () => {
    before(() => import('../src/provider/index.js'));

    it('a widget with its own src in a provider is not fetched again when the provider data changes', async () => {
      const small = await loadSmallDataset();
      const provider = await fixture<CareerProvider>(
        html`<career-provider><career-ladder src=${SMALL_DATASET_URL}></career-ladder></career-provider>`,
      );
      const ladder = provider.querySelector('career-ladder')!;
      await settled(ladder);
      const fetches = recordFetches();
      try {
        for (const data of [clone(small), null, clone(small)]) {
          provider.data = data;
          await provider.updateComplete;
          await ladder.updateComplete;
          expect(isLoading(ladder), 'the ladder shows a loading notice').to.equal(false);
        }
        await settled(provider);
        expect(fetches.urls).to.deep.equal([]);
        expect(textOf(ladder.shadowRoot)).to.contain('Example Guild');
      } finally {
        fetches.restore();
      }
    });

    it('a widget without data or src follows the provider data as it changes', async () => {
      const small = await loadSmallDataset();
      const provider = await fixture<CareerProvider>(
        html`<career-provider><career-ladder></career-ladder></career-provider>`,
      );
      const ladder = provider.querySelector('career-ladder')!;
      await settled(provider);
      expect(textOf(ladder.shadowRoot)).to.contain('IT Project Manager');
      provider.data = clone(small);
      await settled(provider);
      expect(textOf(ladder.shadowRoot)).to.contain('Example Guild');
      provider.data = null;
      await settled(provider);
      expect(textOf(ladder.shadowRoot)).to.contain('IT Project Manager');
    });
  });

  describe('a src that fails', () => {
    /** A ladder loading `src`, once it shows its error panel: the panel's text, and the console errors logged. */
    async function failing(src: string) {
      const errors = spyConsole('error');
      try {
        const el = await fixture<CareerLadder>(html`<career-ladder src=${src}></career-ladder>`);
        await until(el, () => !!el.shadowRoot!.querySelector('[part~="error"]'));
        return {
          el,
          text: textOf(el.shadowRoot!.querySelector('[part~="error"]')),
          logged: errors.calls.length,
        };
      } finally {
        errors.restore();
      }
    }

    it('says why in plain words, naming the file', async () => {
      const signIn = await failing('/__answer/sign-in');
      expect(signIn.text).to.contain(
        'could not load /__answer/sign-in: the server sent a web page (text/html), not JSON, from',
      );
      expect(signIn.text).to.contain('/__answer/sign-in-page');
      expect((await failing('/__answer/empty')).text).to.contain(
        'could not load /__answer/empty: the file is empty',
      );
      expect((await failing('/__answer/broken')).text).to.contain('/__answer/broken is not valid JSON (');
      expect((await failing('/__answer/forbidden')).text).to.contain('the server answered 403 Forbidden');
      expect((await failing('/__answer/huge')).text).to.contain(
        'the file is too large (5,000,009 characters, at most 5,000,000)',
      );
      // Another site that cannot be reached (port 9 refuses), as one that does not allow the page (CORS) looks.
      const elsewhere = await failing('http://127.0.0.1:9/data.json');
      expect(elsewhere.text).to.contain('CORS');
      expect(elsewhere.logged).to.equal(1);
    });

    it('is fetched again when the widget is put back in the page', async () => {
      const { el } = await failing(`/__answer/flaky?${Math.random()}`);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await until(el, () => textOf(el.shadowRoot).includes('Example Guild'));
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    });
  });
});
