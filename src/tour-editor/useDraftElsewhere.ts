import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { TourDraft } from './model';
import { DRAFT_KEY, readDraft, storeDraft } from './tour-file';

export interface DraftElsewhere {
  /** The draft as another tab or window wrote it, while it differs from this editor's tour. */
  elsewhere: string | null;
  /** False while that is so: the editor does not write the draft then. */
  writing: RefObject<boolean>;
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
  /** Loads a tour into the editor. */
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
  const ours = useRef(json);
  const writing = useRef(true);
  const loadRef = useRef(load);
  // What the draft held when it last held this editor's tour (none, for a pristine start).
  const inStep = useRef<string | null>(pristine ? null : json);
  useEffect(() => {
    ours.current = json;
    inStep.current = pristine ? null : json;
    writing.current = elsewhere === null;
    loadRef.current = load;
  }, [json, pristine, elsewhere, load]);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== DRAFT_KEY && e.key !== null) return;
      if (e.newValue === null || e.newValue === ours.current) return setWritten(null);
      const follow = e.oldValue === inStep.current ? readDraft(e.newValue) : null;
      if (follow) {
        // Loaded, not written back: the draft already holds it.
        writing.current = false;
        loadRef.current(follow);
        writing.current = true;
        // Held now (the file reads back as written), before the render that shows it: the next
        // change may come first.
        ours.current = inStep.current = e.newValue;
        return setWritten(null);
      }
      // Stops the writing at once: a change typed before the next render would overwrite it.
      writing.current = false;
      setWritten(e.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const keepThis = () => {
    onWritten(storeDraft(json));
    setWritten(null);
    onChosen();
  };
  const takeOther = () => {
    const other = readDraft(elsewhere);
    if (!other) return keepThis();
    load(other);
    setWritten(null);
    onChosen();
  };
  return { elsewhere, writing, keepThis, takeOther };
}
