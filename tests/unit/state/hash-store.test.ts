// The hash store: one reader of `hashchange`, one writer, typed state. Fake timers and a fake
// window with a history, so settling, Back and pasted links are exact.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { URL_SETTLE_MS, createHashStore } from '../../../src/state/hash-store';
import type { HashEnv, HashStore } from '../../../src/state/hash-store';

const known = { sites: new Set(['deveselu', 'redzikowo', 'rota']), phases: new Set([1, 2, 3, 4]) };

/** A tab: history entries of hashes, replaceState writes, and the events a browser sends. */
class FakeTab implements HashEnv {
  entries: string[];
  index = 0;
  writes: string[] = [];
  private listeners = { hashchange: new Set<() => void>(), pagehide: new Set<() => void>() };
  constructor(hash = '') {
    this.entries = [hash];
  }
  read = () => this.entries[this.index]!;
  write = (hash: string) => {
    this.writes.push(hash);
    this.entries[this.index] = hash;
  };
  pushes: string[] = [];
  push = (hash: string) => {
    this.pushes.push(hash);
    this.entries = [...this.entries.slice(0, this.index + 1), hash];
    this.index++;
  };
  on = (type: 'hashchange' | 'pagehide', l: () => void) => {
    this.listeners[type].add(l);
    return () => this.listeners[type].delete(l);
  };
  /** A link pasted or a hash typed: a new history entry and a `hashchange`. */
  navigate(hash: string) {
    this.entries = [...this.entries.slice(0, this.index + 1), hash];
    this.index++;
    this.fire('hashchange');
  }
  back = () => {
    this.index--;
    this.fire('hashchange');
  };
  fire(type: 'hashchange' | 'pagehide') {
    this.listeners[type].forEach((l) => l());
  }
  listenerCount(type: 'hashchange' | 'pagehide') {
    return this.listeners[type].size;
  }
}

let tab: FakeTab;
let store: HashStore;
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  store.dispose();
  vi.useRealTimers();
});
const open = (hash = '') => {
  tab = new FakeTab(hash);
  store = createHashStore(tab);
};

describe('reading', () => {
  it('reads the whole hash into one typed state', () => {
    open('#embed=1&lang=ro&layers=radar,ranges&site=rota&phase=2&map=4/45/10&tour=3&list=1');
    store.setKnown(known);
    expect(store.get()).toMatchObject({ site: 'rota', phase: 2, camera: { zoom: 4, lat: 45, lon: 10 }, lang: 'ro', list: true, tour: { id: 'briefing', step: 3 }, presenter: false });
    expect([...store.get().layers]).toEqual(['radar', 'ranges']);
  });

  it('keeps a shared link whole until the data says which ids exist, then cleans it once', () => {
    open('#x=1&site=redzikowo&site=atlantis&phase=9');
    vi.runAllTimers();
    expect(tab.writes).toEqual([]);
    expect(store.get().site).toBe('redzikowo');
    store.setKnown(known);
    expect(store.get()).toMatchObject({ site: 'redzikowo', phase: null });
    vi.runAllTimers();
    expect(tab.writes).toEqual(['#x=1&site=redzikowo']);
  });

  it('takes the first value of a repeated key that the data has', () => {
    open('#site=atlantis&site=rota');
    store.setKnown(known);
    expect(store.get().site).toBe('rota');
  });

  it('a pasted link is read and cleaned once', () => {
    open('#site=rota');
    store.setKnown(known);
    const seen: unknown[] = [];
    store.subscribe(() => seen.push(store.get()));
    tab.navigate('#site=atlantis&phase=2&x=%3Cb%3E&layers=radar,evil');
    expect(store.get()).toMatchObject({ site: null, phase: 2 });
    expect(seen).toHaveLength(1);
    expect(tab.writes).toEqual([]); // a task later, not inside the event
    vi.runAllTimers();
    expect(tab.writes).toEqual(['#x=%3Cb%3E&layers=radar&phase=2']);
    vi.runAllTimers();
    expect(tab.writes).toHaveLength(1);
  });

  it('a clean link is not written back', () => {
    open('#site=rota&phase=2');
    store.setKnown(known);
    tab.navigate('#phase=3');
    vi.runAllTimers();
    expect(tab.writes).toEqual([]);
  });

  it('has one hashchange and one pagehide listener, removed by dispose', () => {
    open();
    expect(tab.listenerCount('hashchange')).toBe(1);
    expect(tab.listenerCount('pagehide')).toBe(1);
    store.dispose();
    expect(tab.listenerCount('hashchange')).toBe(0);
    expect(tab.listenerCount('pagehide')).toBe(0);
  });
});

describe('writing', () => {
  it("a person's view changes reach the URL once, after they settle", () => {
    open();
    store.setKnown(known);
    for (const phase of [1, 2, 3, 4]) {
      store.update({ phase }, 'settle');
      vi.advanceTimersByTime(URL_SETTLE_MS - 1);
    }
    store.update({ site: 'rota' }, 'settle');
    expect(tab.writes).toEqual([]);
    vi.advanceTimersByTime(URL_SETTLE_MS);
    expect(tab.writes).toEqual(['#site=rota&phase=4']);
  });

  it('a language switch inside the settle window keeps the view change', () => {
    open('#phase=1');
    store.setKnown(known);
    store.update({ site: 'deveselu', phase: 2 }, 'settle');
    vi.advanceTimersByTime(URL_SETTLE_MS / 2);
    // The data in another language has the same ids: nothing is read again from the URL.
    store.setKnown({ sites: new Set(known.sites), phases: new Set(known.phases) });
    expect(store.get()).toMatchObject({ site: 'deveselu', phase: 2 });
    store.update({ lang: 'pl' }, 'now');
    vi.runAllTimers();
    expect(store.get()).toMatchObject({ site: 'deveselu', phase: 2, lang: 'pl' });
    expect(tab.read()).toBe('#lang=pl&site=deveselu&phase=2');
    expect(tab.writes).toEqual(['#lang=pl&site=deveselu&phase=2']);
  });

  it('leaving the page writes a pending change at once', () => {
    open();
    store.setKnown(known);
    store.update({ site: 'redzikowo' }, 'settle');
    tab.fire('pagehide');
    expect(tab.writes).toEqual(['#site=redzikowo']);
    vi.runAllTimers();
    expect(tab.writes).toHaveLength(1);
  });

  it('keeps keys it does not own, in their place, ahead of its own', () => {
    open('#embed=1&fixed=1&site=rota&host=a%20b');
    store.setKnown(known);
    store.update({ phase: 3 }, 'now');
    expect(tab.read()).toBe('#embed=1&fixed=1&host=a%20b&site=rota&phase=3');
  });

  it('a URL edited while a change waits wins over it', () => {
    open();
    store.setKnown(known);
    store.update({ site: 'rota' }, 'settle');
    tab.navigate('#phase=2');
    vi.runAllTimers();
    expect(store.get()).toMatchObject({ site: null, phase: 2 });
    expect(tab.read()).toBe('#phase=2');
    expect(tab.writes).toEqual([]);
  });
});

describe('history', () => {
  it('Back restores the view before, and the store follows it', () => {
    open();
    store.setKnown(known);
    tab.navigate('#site=rota');
    tab.navigate('#site=deveselu&phase=2');
    expect(store.get()).toMatchObject({ site: 'deveselu', phase: 2 });
    tab.back();
    expect(store.get()).toMatchObject({ site: 'rota', phase: null });
    tab.back();
    expect(store.get()).toMatchObject({ site: null, phase: null });
    vi.runAllTimers();
    expect(tab.writes).toEqual([]);
  });

  it("a person's settled change stays in its own history entry", () => {
    open('#site=rota');
    store.setKnown(known);
    tab.navigate('#phase=1');
    store.update({ phase: 3 }, 'settle');
    vi.runAllTimers();
    expect(tab.entries).toEqual(['#site=rota', '#phase=3']);
    tab.back();
    expect(store.get()).toMatchObject({ site: 'rota', phase: null });
  });
});

describe('a panel as a history entry', () => {
  it("'push' writes a new entry at once, after writing what was pending into the old one", () => {
    open('#phase=1');
    store.setKnown(known);
    store.update({ phase: 2 }, 'settle');
    store.update({ site: 'rota' }, 'push');
    expect(tab.entries).toEqual(['#phase=2', '#site=rota&phase=2']);
    vi.runAllTimers();
    expect(tab.writes).toEqual(['#phase=2']);
  });

  it("the browser's Back closes it, and Forward opens it again", () => {
    open();
    store.setKnown(known);
    store.update({ site: 'rota' }, 'push');
    tab.back();
    expect(store.get().site).toBeNull();
    tab.index++;
    tab.fire('hashchange');
    expect(store.get().site).toBe('rota');
  });

  it('closing it goes back to the entry before, keeping what changed while it was open', () => {
    open();
    store.setKnown(known);
    store.update({ site: 'rota' }, 'push');
    store.update({ site: 'deveselu', phase: 3 }, 'settle');
    store.undoPush({ site: null });
    expect(store.get()).toMatchObject({ site: null, phase: 3 });
    expect(tab.index).toBe(0);
    expect(tab.entries[0]).toBe('#phase=3');
    vi.runAllTimers();
    expect(store.get()).toMatchObject({ site: null, phase: 3 });
  });

  it('closing a panel the URL opened (no push) writes in place', () => {
    open('#site=rota');
    store.setKnown(known);
    store.undoPush({ site: null });
    vi.runAllTimers();
    expect(tab.entries).toEqual(['']);
  });
});

describe('what other code asks of the hash', () => {
  it('gives the hash of a view on this page, the embed options of the page kept', () => {
    open('#embed=1&fixed=1&site=rota');
    const view = { ...store.get(), site: 'deveselu', phase: 2 };
    const hash = store.hashOf(view);
    expect(hash).toContain('embed=1');
    expect(hash).toContain('fixed=1');
    expect(hash).toContain('site=deveselu');
    expect(hash).toContain('phase=2');
    expect(hash).not.toContain('rota');
    // Asking writes nothing.
    expect(tab.writes).toEqual([]);
  });

  it('reads how the page is embedded from its hash and query string', () => {
    open('#embed=1&panel=0&details=1');
    expect(store.embedOptions('')).toMatchObject({ embed: true, panel: false, details: false });
    store.dispose();
    open('#site=rota');
    expect(store.embedOptions('?embed=1&fixed=1')).toMatchObject({ embed: true, fixed: true });
    expect(store.embedOptions('')).toMatchObject({ embed: false, fixed: false });
  });
});
