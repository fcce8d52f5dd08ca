/**
 * The one owner of the URL hash. It reads the whole hash into a typed state on `hashchange` (a
 * pasted link, a hand edit, the back button), hands that state to whoever subscribes, takes typed
 * updates, and is the only code that writes the hash. Everything else reads its part from here.
 *
 * Writing: a person's view changes (site, phase, camera) reach the URL once the view has held
 * still for URL_SETTLE_MS; other changes (language, layers, list, briefing step) at once, with
 * whatever view change is pending; a state read from the URL is written back, cleaned of what was
 * not valid, one task later; leaving the page writes what is pending. Writes use `replaceState`
 * (no history entry, no `hashchange`), and nothing is written that the hash already says.
 *
 * Until the data says which sites and phases exist (`setKnown`), ids are only checked for their
 * form and nothing is cleaned, so a slow data load cannot wipe a shared link.
 */
import { EMPTY_STATE, parseEmbedOptions, parseHashState, sameState, serializeHashState, withKnownIds } from './url-state';
import type { EmbedOptions, HashState, KnownIds } from './url-state';

/**
 * A person's view changes reach the URL once the view has held still this long. Each URL write
 * costs the browser far more than it costs the page (it updates the session history and tells
 * every observer of the tab); written on every click, phase after phase, that work competed with
 * the page's own for the CPU and put the slowest switches over a frame (`npm run bench`: median
 * 3.6 -> 2.2 ms, p95 11.1 -> 7.1 ms with the writes taken out). 200 ms is about the gap between
 * two quick clicks, and short against anyone copying the address.
 */
export const URL_SETTLE_MS = 200;

/** Where the hash lives: the window in the app, a fake in unit tests. */
export interface HashEnv {
  read(): string;
  /** Replaces the hash without a history entry and without a `hashchange` event. */
  write(hash: string): void;
  /** Writes the hash as a new history entry, without a `hashchange` event. */
  push(hash: string): void;
  /** Goes back one history entry (the browser then sends `hashchange`). */
  back(): void;
  on(type: 'hashchange' | 'pagehide', listener: () => void): () => void;
}

/**
 * How an update reaches the URL: once the view settles; at once; or at once as a new history
 * entry, so that the browser's Back undoes it (opening a panel on a phone).
 */
export type WriteTiming = 'settle' | 'now' | 'push';

export interface HashStore {
  /** The current state; a new object after every change, the same one otherwise. */
  get(): HashState;
  subscribe(listener: () => void): () => void;
  update(change: Partial<HashState>, timing: WriteTiming): void;
  /** The ids the data has; sites and phases it lacks are dropped from the state and the URL. */
  setKnown(known: KnownIds): void;
  /** Writes what is pending now. */
  flush(): void;
  /**
   * Applies a change that undoes the last 'push' (closing the panel it opened): where the current
   * history entry is that push, by going back to the entry before it (so the browser's Forward
   * reopens it) and writing the change there; otherwise as a 'settle' update.
   */
  undoPush(change: Partial<HashState>): void;
  /**
   * The hash `state` has on this page, the page's own keys (the embed options) kept: what a link
   * to a view carries.
   */
  hashOf(state: HashState): string;
  /** How the page is embedded: from its hash and its query string `search`. */
  embedOptions(search: string): EmbedOptions;
  /** Stops listening (tests; the page's own store lives as long as the page). */
  dispose(): void;
}

export const windowEnv = (): HashEnv => ({
  read: () => window.location.hash,
  write: (hash) => window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`),
  push: (hash) => window.history.pushState(null, '', `${window.location.pathname}${window.location.search}${hash}`),
  back: () => window.history.back(),
  on: (type, listener) => {
    window.addEventListener(type, listener);
    return () => window.removeEventListener(type, listener);
  },
});

export function createHashStore(env: HashEnv): HashStore {
  let known: KnownIds | null = null;
  let state: HashState = parseHashState(env.read(), null);
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Whether the site and phase are still the ones last read from the URL (not a person's since).
  let viewFromUrl = true;
  // Whether the current history entry is one this store pushed (and nothing has read the URL since).
  let pushed = false;
  // The state to write into the entry that going back lands on (undoPush), until it lands.
  let afterBack: HashState | null = null;

  const notify = () => listeners.forEach((l) => l());
  const set = (next: HashState) => {
    if (next === state) return;
    state = next;
    notify();
  };

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const current = env.read();
    const hash = serializeHashState(state, current);
    if (hash !== current) env.write(hash);
  };
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(flush, ms);
  };
  /** After a read: writes the cleaned hash back a task later, if cleaning changed anything. */
  const cleanSoon = () => {
    if (known && serializeHashState(state, env.read()) !== env.read()) schedule(0);
  };

  const read = () => {
    // The URL is newer than any change still waiting to be written: it wins.
    clearTimeout(timer);
    timer = undefined;
    pushed = false;
    if (afterBack) {
      // Back from our own push: the entry before it, with the view as it is now, less the panel.
      const landed = afterBack;
      afterBack = null;
      set(landed);
      flush();
      return;
    }
    const next = parseHashState(env.read(), known);
    viewFromUrl = true;
    set(sameState(next, state) ? state : next);
    cleanSoon();
  };

  function update(change: Partial<HashState>, timing: WriteTiming): void {
    if ('site' in change || 'phase' in change) viewFromUrl = false;
    if (timing === 'push') {
      // What is pending belongs to the entry we leave; the change gets an entry of its own.
      flush();
      set({ ...state, ...change });
      env.push(serializeHashState(state, env.read()));
      pushed = true;
      return;
    }
    set({ ...state, ...change });
    if (timing === 'now') flush();
    else schedule(URL_SETTLE_MS);
  }

  const offHashChange = env.on('hashchange', read);
  const offPageHide = env.on('pagehide', () => timer !== undefined && flush());

  return {
    get: () => state,
    hashOf: (s) => serializeHashState(s, env.read()),
    embedOptions: (search) => parseEmbedOptions(env.read(), search),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update,
    undoPush(change) {
      if (!pushed) {
        update(change, 'settle');
        return;
      }
      pushed = false;
      clearTimeout(timer);
      timer = undefined;
      afterBack = { ...state, ...change };
      set(afterBack);
      env.back();
    },
    setKnown(ids) {
      if (known && sameIds(known, ids)) return;
      known = ids;
      if (viewFromUrl) {
        // Read again with the ids: of `site=old&site=new`, the first one the data has wins.
        const { site, phase } = parseHashState(env.read(), ids);
        set(site === state.site && phase === state.phase ? state : { ...state, site, phase });
      } else set(withKnownIds(state, ids));
      if (timer === undefined) cleanSoon();
    },
    flush,
    dispose() {
      clearTimeout(timer);
      offHashChange();
      offPageHide();
      listeners.clear();
    },
  };
}

function sameIds(a: KnownIds, b: KnownIds): boolean {
  const same = <T>(x: ReadonlySet<T>, y: ReadonlySet<T>) => x.size === y.size && [...x].every((v) => y.has(v));
  return same(a.sites, b.sites) && same(a.phases, b.phases);
}

export { EMPTY_STATE };
