/**
 * What the editor does with files: checks the tour as the briefing will read it, downloads it as
 * a tour file, opens one (chosen or dropped on the editor), writes the one-file offline package
 * with it, and keeps the message that says how the last of these went.
 */
import { useState } from 'react';
import type { DragEvent } from 'react';
import type { AppData } from '../data/app-data';
import { readStored } from '../tour-package/tour-sources';
import { TOUR_FILE_MAX_BYTES, validateTourFile } from '../data/tour';
import type { DataProblem } from '../data/validate';
import { download } from '../export/download';
import type { EditorMessages } from '../i18n/editor/load';
import type { PackageProblem } from '../tour-package/package';
import type { EditorAction, TourDraft } from './model';
import { SAVED_KEY, ownTourId, readSaved, store, tourFileName } from './tour-file';
import type { SavedRecord } from './tour-file';

/** A message about a file or the package, with the problems listed as text. */
export interface Notice {
  kind: 'info' | 'error';
  text: string;
  problems?: string[];
}

export interface TourFilesOptions {
  s: EditorMessages;
  data: AppData;
  tour: TourDraft;
  /** The tour's file JSON (what a download writes). */
  json: string;
  /** Takes an opened file's tour into the editor. */
  dispatch: (action: EditorAction) => void;
  /** Called when this browser refuses to keep the record of a download. */
  onStorageRefused: () => void;
}

export interface TourFiles {
  /** The last download of the tour, as this browser keeps it, or null. */
  saved: SavedRecord | null;
  notice: Notice | null;
  /** Whether the package is being written (its button does nothing meanwhile). */
  busy: boolean;
  /** Whether the tour would play as it is; if not, the message lists what is not ready. */
  ready: () => boolean;
  downloadTour: () => void;
  downloadPackage: () => Promise<void>;
  openFile: (file: File | undefined) => Promise<void>;
  /** For the element a file may be dropped on. */
  onDragOver: (e: DragEvent) => void;
  onDrop: (e: DragEvent) => void;
}

/** What the package's known problems say, in the editor's words. */
const PACKAGE_PROBLEMS = { missing: 'packageMissing', 'not-package': 'packageNotPackage', 'invalid-tour': 'packageInvalidTour' } as const satisfies Record<PackageProblem, keyof EditorMessages>;

/** A failure already said in the reader's language. */
class Explained extends Error {}

/** The editor's file actions and their message (see the module's comment). */
export function useTourFiles({ s, data, tour, json, dispatch, onStorageRefused }: TourFilesOptions): TourFiles {
  const [saved, setSaved] = useState<SavedRecord | null>(() => readSaved(readStored(SAVED_KEY)));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const ready = () => {
    const problems = validateTourFile(`file:${tourFileName(tour)}`, json, data).problems.map((p) => describe(s, p));
    if (problems.length) setNotice({ kind: 'error', text: s.notReady, problems });
    return problems.length === 0;
  };

  const downloadTour = () => {
    if (!ready()) return;
    const file = tourFileName(tour);
    download(new Blob([json], { type: 'application/json' }), file);
    const record = { file, at: Date.now(), json };
    setSaved(record);
    if (!store(SAVED_KEY, JSON.stringify(record))) onStorageRefused();
    setNotice(null);
  };

  const downloadPackage = async () => {
    if (!ready()) return;
    setBusy(true);
    setNotice({ kind: 'info', text: s.packaging });
    try {
      const { PackageError, packageWithTour } = await import('../tour-package/package');
      const blob = await packageWithTour(json).catch((e: unknown) => {
        throw e instanceof PackageError ? new Explained(s[PACKAGE_PROBLEMS[e.problem]]) : e;
      });
      const file = `epaa-briefing-${ownTourId(tour.id)}.html`;
      download(blob, file);
      setNotice({ kind: 'info', text: s.packageSaved(file) });
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof Explained ? e.message : s.packageFailed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const label = `file:${file.name}` as const;
    if (file.size > TOUR_FILE_MAX_BYTES) return setNotice({ kind: 'error', text: s.fileTooLarge(file.name) });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setNotice({ kind: 'error', text: s.fileUnreadable(file.name) });
    }
    const result = validateTourFile(label, text, data);
    const problems = result.problems.map((p) => describe(s, p));
    if (!result.info || result.steps.length === 0) {
      return setNotice({ kind: 'error', text: s.fileNoSteps(file.name), problems });
    }
    dispatch({ type: 'load', tour: { ...result.info, steps: result.steps } });
    setNotice({ kind: problems.length ? 'error' : 'info', text: s.fileLoaded(file.name, result.steps.length), problems: problems.length ? problems : undefined });
  };

  // Only files are taken from a drop (a dragged step or text is not a tour).
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    void openFile(e.dataTransfer.files[0]);
  };

  return { saved, notice, busy, ready, downloadTour, downloadPackage, openFile, onDragOver, onDrop };
}

/** A problem in words: which step and field, and what is wrong (the validator's own words). */
function describe(s: EditorMessages, p: DataProblem): string {
  if (p.record !== undefined && p.field !== undefined) return s.problemAt(p.record, p.field, p.message);
  if (p.record !== undefined) return s.problemStep(p.record, p.message);
  if (p.field !== undefined) return s.problemTour(p.field, p.message);
  return s.problemFile(p.message);
}
