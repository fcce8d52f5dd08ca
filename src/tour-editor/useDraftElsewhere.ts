import { useCallback, useEffect, useRef, useState } from 'react';
import type { TourDraft } from './model';
import { DraftSync } from './draft-sync';
import { DRAFT_KEY, readDraft, storeDraft } from './tour-file';

export interface DraftElsewhere {
  /** The draft as another tab or window wrote it, while it differs from this editor's tour. */
  elsewhere: string | null;
  /**
   * Called with the editor's tour (as the file would hold it) after each change, and before it
   * is played: writes it as the draft, unless the draft holds it already or the two editors have
   * parted. Whether the draft holds it now.
   */
  tourChanged: (json: string) => boolean;
  /** The presenter's choice: this editor's tour is written as the draft. */
  keepThis: () => void;
  /** The presenter's choice: the other version is loaded here (an undoable change). */
  takeOther: () => void;
}

interface Options {
  /** The editor's tour as the file would hold it. */
  json: string;
  /** Whether that is still where the editor started, with no draft written (the shipped copy). */
  pristine: boolean;
  /** Loads a tour into the editor (a change, which comes back through `tourChanged`). */
  load: (tour: TourDraft) => void;
  /** Whether the browser kept the draft when this wrote it. */
  onWritten: (kept: boolean) => void;
  /** After either choice. */
  onChosen: () => void;
}

/**
 * Two editors open on the one draft (two tabs or windows of a browser) would each overwrite the
 * other's work without a word. When another one changes the draft, this one follows: it loads
 * that version (an undoable change) if it held exactly the draft that was changed, so nothing of
 * its own is lost. If it held something else, the two have parted: it stops writing the draft,
 * and the presenter chooses which version the browser keeps.
 *
 * The browser tells a page of every change another page makes to its storage (`storage` events),
 * never of its own. A draft removed elsewhere (storage cleared) is no conflict: this editor's next
 * change writes it again.
 */
export function useDraftElsewhere({ json, pristine, load, onWritten, onChosen }: Options): DraftElsewhere {
  const [written, setWritten] = useState<string | null>(null);
  // No conflict once this editor holds what the other wrote (typed the same, or took it).
  const elsewhere = written !== json ? written : null;
  const [sync] = useState(() => new DraftSync(json, pristine));
  const callbacks = useRef({ load, onWritten });
  useEffect(() => {
    callbacks.current = { load, onWritten };
  }, [load, onWritten]);

  // Writes the draft, and says whether the browser kept it.
  const store = useCallback((tour: string) => {
    const kept = storeDraft(tour);
    callbacks.current.onWritten(kept);
    return kept;
  }, []);

  const tourChanged = useCallback((next: string) => {
    const held = sync.changed(next, store);
    setWritten(sync.parted);
    return held;
  }, [sync, store]);

  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== DRAFT_KEY && e.key !== null) return;
      const follow = sync.written(e.oldValue, e.newValue, readDraft);
      setWritten(sync.parted);
      if (follow) callbacks.current.load(follow);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [sync]);

  const keepThis = () => {
    sync.keep(json, store);
    setWritten(null);
    onChosen();
  };
  const takeOther = () => {
    const other = readDraft(elsewhere);
    if (!other || elsewhere === null) return keepThis();
    sync.take(elsewhere);
    setWritten(null);
    load(other);
    onChosen();
  };
  return { elsewhere, tourChanged, keepThis, takeOther };
}
