import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from '../shared/warn.js';

/** Something went wrong with the stored value; `message` is worded for the reader. */
export interface StorageProblem {
  /**
   * `corrupt`: what was stored could not be read and was moved to `<key>.corrupt` (or the first free of
   * `<key>.corrupt.2`, `.3`…); `blocked`: it could not be moved aside, so nothing is written over it; `quota`: the
   * browser's storage is full; `unavailable`: the page may not use `localStorage` (privacy settings, sandboxed
   * frame); `failed`: any other write error.
   */
  kind: 'corrupt' | 'blocked' | 'quota' | 'unavailable' | 'failed';
  key: string;
  message: string;
}

export interface StorageOptions<T> {
  /** The storage key; `null` or empty: nothing is read or written, `localStorage` is not even touched. */
  key: () => string | null | undefined;
  /** Turns a parsed JSON value into the stored value; `undefined` means foreign data, which is moved aside. */
  parse: (value: unknown) => T | undefined;
  /**
   * Called, while the host is connected, when someone else changed the value under the key: another element of
   * this page through its own controller, or another tab or window of this site (also by removing it or clearing
   * the storage). The host reads it again.
   */
  changed?: () => void;
}

/** The connected controllers that pass on changes, so that a write reaches the others with the same key. */
const listening = new Set<StorageController<unknown>>();

/** Suffix of the key under which unreadable data is set aside. */
export const CORRUPT_SUFFIX = '.corrupt';

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/**
 * Keeps one JSON value in `localStorage` under a key the host's author chose. Nothing is read or written without
 * a key. Data under the key that is not JSON, or that `parse` refuses (another app's data, an older shape), is
 * moved to `<key>.corrupt` (`.corrupt.2`… when that holds earlier data) with a console warning, never thrown and
 * never silently overwritten: if it cannot be moved, writes under the key stop. A full storage or a blocked
 * `localStorage` is reported (a warning and `problem`, which the host shows) and never thrown.
 */
export class StorageController<T> implements ReactiveController {
  /** The last problem, for the host to show; `null` when all is well. */
  problem: StorageProblem | null = null;

  readonly #host: ReactiveControllerHost & object;
  readonly #options: StorageOptions<T>;
  /** Keys whose unreadable data could not be moved aside: never written over. */
  readonly #blocked = new Set<string>();
  /** Whether the host was connected before: back on the page, it missed the changes made meanwhile. */
  #wasConnected = false;

  constructor(host: ReactiveControllerHost & object, options: StorageOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The current key, or `null` when storage is off. */
  get key(): string | null {
    return this.#options.key() || null;
  }

  /** Reads the stored value: `undefined` when there is none, no key, or it was unreadable (then moved aside). */
  read(): T | undefined {
    const key = this.key;
    if (!key) return undefined;
    const storage = this.#storage(key);
    if (!storage) return undefined;
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      this.#report('unavailable', key);
      return undefined;
    }
    if (raw === null) return undefined;
    let value: T | undefined;
    try {
      value = this.#options.parse(JSON.parse(raw));
    } catch {
      value = undefined;
    }
    if (value !== undefined) return value;
    this.#setAside(storage, key, raw);
    return undefined;
  }

  /** Stores a value as JSON; returns whether it was stored. Problems are reported, never thrown. */
  write(value: T): boolean {
    const key = this.key;
    if (!key) return false;
    if (this.#blocked.has(key)) {
      this.#report('blocked', key);
      return false;
    }
    const storage = this.#storage(key);
    if (!storage) return false;
    try {
      storage.setItem(key, JSON.stringify(value));
    } catch (error) {
      this.#report(isQuotaError(error) ? 'quota' : 'failed', key);
      return false;
    }
    if (this.problem && this.problem.kind !== 'corrupt') this.clear();
    // The storage event only reaches other documents: elements of this page with the same key are told here.
    for (const other of listening) if (other !== this && other.key === key) other.#options.changed?.();
    return true;
  }

  /** Reads and writes happen when the host asks; while connected, changes made by others are passed on. */
  hostConnected(): void {
    if (!this.#options.changed) return;
    // Removed and put back (moved in the DOM): others may have written meanwhile, unheard.
    if (this.#wasConnected) this.#options.changed();
    this.#wasConnected = true;
    listening.add(this as StorageController<unknown>);
    globalThis.addEventListener?.('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    listening.delete(this as StorageController<unknown>);
    globalThis.removeEventListener?.('storage', this.#onStorage);
  }

  /** A `storage` event: fired in every other document of the origin when one of them changes the storage. */
  readonly #onStorage = (event: StorageEvent): void => {
    const key = this.key;
    if (!key || (event.key !== null && event.key !== key)) return;
    if (event.storageArea !== this.#storage(key)) return;
    this.#options.changed?.();
  };

  /** Forgets the problem shown (e.g. once the reader has seen it). */
  clear(): void {
    if (!this.problem) return;
    this.problem = null;
    this.#host.requestUpdate();
  }

  #storage(key: string): Storage | undefined {
    try {
      return globalThis.localStorage ?? undefined;
    } catch {
      // Access itself throws where the page may not store anything.
      this.#report('unavailable', key);
      return undefined;
    }
  }

  /** Moves unreadable data to `<key>.corrupt`, or `<key>.corrupt.2`, `.3`… when earlier data is kept there. */
  #setAside(storage: Storage, key: string, raw: string): void {
    let aside = `${key}${CORRUPT_SUFFIX}`;
    try {
      for (let n = 2; ![null, raw].includes(storage.getItem(aside)); n++)
        aside = `${key}${CORRUPT_SUFFIX}.${n}`;
      storage.setItem(aside, raw);
      storage.removeItem(key);
    } catch {
      this.#blocked.add(key);
      this.#report('blocked', key, aside);
      return;
    }
    this.#report('corrupt', key, aside);
  }

  #report(kind: StorageProblem['kind'], key: string, aside = `${key}${CORRUPT_SUFFIX}`): void {
    const text: Record<StorageProblem['kind'], [console: string, reader: string]> = {
      corrupt: [
        `the data stored under "${key}" was not readable; it was moved to "${aside}" and a fresh start was made.`,
        msg('Your saved data could not be read. It was set aside, and this is a fresh start.'),
      ],
      blocked: [
        `the data stored under "${key}" is not readable and could not be moved to "${aside}"; nothing will be saved over it.`,
        msg('Your saved data could not be read, so nothing new is saved over it.'),
      ],
      quota: [
        `the browser's storage is full; "${key}" was not saved.`,
        msg('Not saved: this browser’s storage is full.'),
      ],
      unavailable: [
        `this page may not use localStorage; "${key}" is not saved.`,
        msg('Not saved: this page may not store data in your browser.'),
      ],
      failed: [`"${key}" could not be saved.`, msg('Not saved: the browser refused to store it.')],
    };
    const [log, message] = text[kind];
    warnOnce(this.#host, log);
    this.problem = { kind, key, message };
    this.#host.requestUpdate();
  }
}
