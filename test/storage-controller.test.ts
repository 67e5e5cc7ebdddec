import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { CORRUPT_SUFFIX, StorageController } from '../src/controllers/storage-controller.js';
import { spyConsole } from './helpers.js';

interface Saved {
  n: number;
}

const KEY = 'test-storage-controller';

/** A minimal controller host that counts update requests. */
function fakeHost() {
  const host = {
    controllers: [] as ReactiveController[],
    updates: 0,
    addController(c: ReactiveController) {
      host.controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

function controller(key: string | null = KEY, changed?: () => void) {
  const host = fakeHost();
  const storage = new StorageController<Saved>(host, {
    changed,
    key: () => key,
    parse: (value) =>
      value !== null && typeof value === 'object' && typeof (value as Saved).n === 'number'
        ? (value as Saved)
        : undefined,
  });
  return { host, storage };
}

/** Every key and value in localStorage, to prove nothing was touched. */
function snapshot(): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i)!;
    out[key] = localStorage.getItem(key);
  }
  return out;
}

/** Makes `localStorage.setItem` throw for keys matching `when`, for the duration of a test. */
function failSetItem(error: () => Error, when: (key: string) => boolean = () => true) {
  const original = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (when(key)) throw error();
    original.call(this, key, value);
  };
  return () => {
    Storage.prototype.setItem = original;
  };
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('StorageController', () => {
  let warnings: ReturnType<typeof spyConsole>;
  beforeEach(() => {
    localStorage.removeItem(KEY);
    localStorage.removeItem(KEY + CORRUPT_SUFFIX);
    warnings = spyConsole('warn');
  });
  afterEach(() => {
    warnings.restore();
    localStorage.removeItem(KEY);
    localStorage.removeItem(KEY + CORRUPT_SUFFIX);
  });

  it('touches nothing without a key', () => {
    const before = snapshot();
    const calls: string[] = [];
    const get = Storage.prototype.getItem;
    const set = Storage.prototype.setItem;
    Storage.prototype.getItem = function (this: Storage, k: string) {
      calls.push(`get ${k}`);
      return get.call(this, k);
    };
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      calls.push(`set ${k}`);
      set.call(this, k, v);
    };
    try {
      for (const key of [null, '']) {
        const { storage } = controller(key);
        expect(storage.key).to.equal(null);
        expect(storage.read()).to.equal(undefined);
        expect(storage.write({ n: 1 })).to.equal(false);
      }
    } finally {
      Storage.prototype.getItem = get;
      Storage.prototype.setItem = set;
    }
    expect(calls).to.deep.equal([]);
    expect(snapshot()).to.deep.equal(before);
  });

  it('passes on changes made under its key by another document, while connected', async () => {
    let calls = 0;
    const { storage } = controller(KEY, () => calls++);
    storage.hostConnected();
    // A same-origin frame is another document, as another tab would be: its changes fire `storage` events here.
    const other = document.createElement('iframe');
    document.body.append(other);
    const change = async (what: (s: Window) => void) => {
      const seen = new Promise((done) => window.addEventListener('storage', done, { once: true }));
      what(other.contentWindow!);
      await seen;
    };
    try {
      await change((w) => w.localStorage.setItem(`${KEY}.other`, '1'));
      await change((w) => w.sessionStorage.setItem(KEY, '{"n":1}'));
      expect(calls, 'another key, or sessionStorage').to.equal(0);
      await change((w) => w.localStorage.setItem(KEY, '{"n":2}'));
      expect(calls).to.equal(1);
      expect(storage.read()).to.deep.equal({ n: 2 });
      await change((w) => w.localStorage.removeItem(KEY));
      expect(calls).to.equal(2);
      storage.hostDisconnected();
      await change((w) => w.localStorage.setItem(KEY, '{"n":3}'));
      expect(calls, 'once disconnected').to.equal(2);
    } finally {
      storage.hostDisconnected();
      other.contentWindow?.localStorage.removeItem(`${KEY}.other`);
      other.contentWindow?.sessionStorage.removeItem(KEY);
      other.remove();
    }
  });

  it('has the host read again when it is put back on the page, not when it first arrives', () => {
    const calls: string[] = [];
    const { storage: moved } = controller(KEY, () => calls.push('moved'));
    const { storage: other } = controller(KEY, () => calls.push('other'));
    moved.hostConnected();
    expect(calls, 'first connection').to.deep.equal([]);
    moved.hostDisconnected();
    other.write({ n: 4 });
    expect(calls, 'not told while away').to.deep.equal([]);
    moved.hostConnected();
    try {
      expect(calls, 'told on its return').to.deep.equal(['moved']);
    } finally {
      moved.hostDisconnected();
    }
  });

  it('tells the other connected controllers with its key of a write, not itself or the others', () => {
    const calls: string[] = [];
    const make = (name: string, key: string) => {
      const { storage } = controller(key, () => calls.push(name));
      storage.hostConnected();
      return storage;
    };
    const a = make('a', KEY);
    const b = make('b', KEY);
    const other = make('other', `${KEY}.other`);
    const left = make('left', KEY);
    left.hostDisconnected();
    try {
      a.write({ n: 1 });
      expect(calls).to.deep.equal(['b']);
      expect(b.read()).to.deep.equal({ n: 1 });
    } finally {
      for (const c of [a, b, other]) c.hostDisconnected();
      localStorage.removeItem(`${KEY}.other`);
    }
  });

  it('writes JSON under the key and reads it back', () => {
    const { storage } = controller();
    expect(storage.read()).to.equal(undefined);
    expect(storage.write({ n: 3 })).to.equal(true);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ n: 3 });
    expect(controller().storage.read()).to.deep.equal({ n: 3 });
    expect(warnings.calls).to.deep.equal([]);
  });

  it('moves text that is not JSON aside to <key>.corrupt, with a warning and a problem to show', () => {
    localStorage.setItem(KEY, '{"n": 3');
    const { storage, host } = controller();
    expect(() => storage.read()).not.to.throw();
    expect(storage.read()).to.equal(undefined);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem(KEY + CORRUPT_SUFFIX)).to.equal('{"n": 3');
    expect(warnings.calls).to.have.length(1);
    expect(String(warnings.calls[0]![0])).to.contain(`${KEY}.corrupt`);
    expect(storage.problem?.kind).to.equal('corrupt');
    expect(storage.problem?.message).to.match(/could not be read/);
    expect(host.updates).to.be.greaterThan(0);
  });

  it('moves foreign JSON aside too, and then writes afresh', () => {
    localStorage.setItem(KEY, '{"someone":"else"}');
    const { storage } = controller();
    expect(storage.read()).to.equal(undefined);
    expect(localStorage.getItem(KEY + CORRUPT_SUFFIX)).to.equal('{"someone":"else"}');
    expect(storage.write({ n: 1 })).to.equal(true);
    expect(localStorage.getItem(KEY)).to.equal('{"n":1}');
    expect(localStorage.getItem(KEY + CORRUPT_SUFFIX)).to.equal('{"someone":"else"}');
  });

  it('keeps data set aside before: a second unreadable value goes to the next free <key>.corrupt.N', () => {
    try {
      localStorage.setItem(KEY, 'first');
      controller().storage.read();
      localStorage.setItem(KEY, 'second');
      const { storage } = controller();
      expect(storage.read()).to.equal(undefined);
      expect(localStorage.getItem(KEY + CORRUPT_SUFFIX)).to.equal('first');
      expect(localStorage.getItem(`${KEY}${CORRUPT_SUFFIX}.2`)).to.equal('second');
      expect(String(warnings.calls.at(-1)![0])).to.contain(`${KEY}${CORRUPT_SUFFIX}.2`);
    } finally {
      localStorage.removeItem(`${KEY}${CORRUPT_SUFFIX}.2`);
    }
  });

  it('never writes over unreadable data it could not move aside', () => {
    localStorage.setItem(KEY, 'not json');
    const restore = failSetItem(quota, (key) => key.endsWith(CORRUPT_SUFFIX));
    try {
      const { storage } = controller();
      expect(storage.read()).to.equal(undefined);
      expect(storage.problem?.kind).to.equal('blocked');
      expect(storage.write({ n: 2 })).to.equal(false);
    } finally {
      restore();
    }
    expect(localStorage.getItem(KEY)).to.equal('not json');
    expect(warnings.calls.length).to.be.greaterThan(0);
  });

  it('reports a full storage instead of throwing, and clears the report once a write succeeds', () => {
    const { storage } = controller();
    const restore = failSetItem(quota);
    let stored: boolean | undefined;
    try {
      expect(() => {
        stored = storage.write({ n: 5 });
      }).not.to.throw();
    } finally {
      restore();
    }
    expect(stored).to.equal(false);
    expect(storage.problem?.kind).to.equal('quota');
    expect(storage.problem?.message).to.match(/storage is full/);
    expect(warnings.calls).to.have.length(1);
    expect(String(warnings.calls[0]![0])).to.match(/full/);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(storage.write({ n: 6 })).to.equal(true);
    expect(storage.problem).to.equal(null);
  });

  it('reports other write errors without throwing', () => {
    const { storage } = controller();
    const restore = failSetItem(() => new DOMException('denied', 'SecurityError'));
    try {
      expect(storage.write({ n: 1 })).to.equal(false);
    } finally {
      restore();
    }
    expect(storage.problem?.kind).to.equal('failed');
  });

  it('reports a page that may not use localStorage', () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    expect(descriptor?.configurable).to.equal(true);
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const { storage } = controller();
      expect(storage.read()).to.equal(undefined);
      expect(storage.write({ n: 1 })).to.equal(false);
      expect(storage.problem?.kind).to.equal('unavailable');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor!);
    }
  });
});
