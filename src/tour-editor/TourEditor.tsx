/**
 * The tour editor: a presenter writes their own briefing tour beside the live map, keeps it as a
 * file, and carries it in the one-file offline package. Its own chunk, loaded when opened. The
 * tour being written is kept as a draft in this browser on every change; the briefing plays that
 * draft (`tour=draft:<step>`).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppData } from '../app/useDataset';
import { loadTour } from '../data/load';
import type { TourStep } from '../data/schema';
import { TOUR_FILE_MAX_BYTES, validateTourFile } from '../data/tour';
import type { DataProblem } from '../data/validate';
import { download } from '../export/download';
import { useLang, useStrings } from '../i18n';
import { isLang } from '../i18n/languages';
import { LanguageOptions } from '../ui/LanguageMenu';
import { loadEditorMessages } from '../i18n/editor/load';
import type { EditorMessages } from '../i18n/editor/load';
import type { PackageProblem } from '../tour-package/package';
import { DEFAULT_TOUR } from '../state/url-state';
import type { Camera } from '../state/url-state';
import { usePromised } from '../state/usePromised';
import { editorReducer, initialState } from './model';
import type { EditorAction, TourDraft } from './model';
import { StepForm } from './StepForm';
import { StepList } from './StepList';
import { DRAFT_KEY, NEW_TOUR_ID, SAVED_KEY, ownTourId, readDraft, readSaved, store, storeDraft, tourFileJson, tourFileName } from './tour-file';
import type { SavedRecord } from './tour-file';
import { readStored } from '../briefing/tour-sources';
import './tour-editor.css';

export interface TourEditorProps {
  data: AppData;
  /** The live map's camera now, or null when there is no map. */
  cameraNow: () => Camera | null;
  /** Shows a step on the live map. */
  onPreview: (step: TourStep) => void;
  /** Plays the draft (written before this is called) from a step, from 1. */
  onPlay: (step: number) => void;
  onClose: () => void;
}

/** Loads the editor's strings in the reader's language, then the editor. */
export default function TourEditor(props: TourEditorProps) {
  const lang = useLang();
  const main = useStrings();
  const strings = usePromised(useMemo(() => loadEditorMessages(lang), [lang]));
  const start = usePromised(useMemo(() => startingTour(props.data), [props.data]));
  if (!strings || !start) return <p role="status" className="loading tour-editor-loading">{strings?.loading ?? main.loadingData}</p>;
  return <Editor {...props} s={strings} start={start} />;
}

/** Where the editor starts: the draft kept in this browser, else a copy of the default tour, else one empty step. */
interface Start {
  tour: TourDraft;
  /** The file JSON of a start that is not a change of the reader's (the shipped copy), else null. */
  pristine: string | null;
}

let shipped: Promise<Start> | null = null;

async function startingTour(data: AppData): Promise<Start> {
  const draft = readDraft(readStored(DRAFT_KEY));
  if (draft) return { tour: draft, pristine: null };
  // The copy is the presenter's own tour: it gets an id of its own, and keeps the shipped text (English).
  shipped ??= loadTour(DEFAULT_TOUR, data).then(
    ({ info, steps }) => ({ id: NEW_TOUR_ID, title: info?.title ?? steps[0]?.title ?? '', lang: info?.lang ?? ('en' as const), steps }),
    () => ({ id: NEW_TOUR_ID, title: '', lang: 'en' as const, steps: [] }),
  ).then((tour) => {
    const { tour: t } = initialState(tour);
    return { tour: t, pristine: tourFileJson(t) };
  });
  return shipped;
}

/** What the package's known problems say, in the editor's words. */
const PACKAGE_PROBLEMS = { missing: 'packageMissing', 'not-package': 'packageNotPackage', 'invalid-tour': 'packageInvalidTour' } as const satisfies Record<PackageProblem, keyof EditorMessages>;

/** A failure already said in the reader's language. */
class Explained extends Error {}

/** A message about a file or the package, with the problems listed as text. */
interface Notice {
  kind: 'info' | 'error';
  text: string;
  problems?: string[];
}

function Editor({ data, cameraNow, onPreview, onPlay, onClose, s, start }: TourEditorProps & { s: EditorMessages; start: Start }) {
  const { locale } = useStrings();
  const [state, setState] = useState(() => initialState(start.tour));
  const { tour, selected } = state;
  const json = useMemo(() => tourFileJson(tour), [tour]);
  const [saved, setSaved] = useState<SavedRecord | null>(() => readSaved(readStored(SAVED_KEY)));
  const [storageRefused, setStorageRefused] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const stayButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const stay = () => {
    setConfirmLeave(false);
    closeButton.current?.focus();
  };
  const fileInput = useRef<HTMLInputElement>(null);
  // Opened, the editor takes the focus on its heading (the button that opened it is gone, or far),
  // unless the reader has moved on to something else while it loaded.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const at = document.activeElement;
    if (!at || at === document.body || at.matches('.edit-tour-button')) heading.current?.focus();
  }, []);

  const changed = json !== start.pristine;
  // Every change goes through here: the draft in this browser follows it at once (the start
  // itself is no change, so nothing is written for it).
  const current = useRef(state);
  const dispatch = useCallback((action: EditorAction) => {
    const before = current.current;
    const next = editorReducer(before, action);
    if (next === before) return;
    current.current = next;
    setState(next);
    if (next.tour !== before.tour) setStorageRefused(!storeDraft(tourFileJson(next.tour)));
  }, []);

  // Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo, except in a text field, which keeps its own.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const action: EditorAction | null = key === 'z' ? { type: e.shiftKey ? 'redo' : 'undo' } : key === 'y' && !e.shiftKey ? { type: 'redo' } : null;
      if (!action || typingIn(e.target)) return;
      e.preventDefault();
      dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch]);

  // The question takes the focus on "Stay"; Esc answers "stay" too, as it closes any question.
  useEffect(() => {
    if (!confirmLeave) return;
    stayButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      stay();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [confirmLeave]);

  const isSaved = saved !== null && saved.json === json;
  const status = isSaved
    ? s.statusSaved(saved.file, new Date(saved.at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }))
    : changed
      ? s.statusUnsaved
      : s.statusUnchanged;

  /** The draft as the briefing will read it: what is not ready yet, as text. */
  const check = (): string[] => validateTourFile(`file:${tourFileName(tour)}`, json, data).problems.map((p) => describe(s, p));

  const downloadTour = () => {
    const problems = check();
    if (problems.length) return setNotice({ kind: 'error', text: s.notReady, problems });
    const file = tourFileName(tour);
    download(new Blob([json], { type: 'application/json' }), file);
    const record = { file, at: Date.now(), json };
    setSaved(record);
    if (!store(SAVED_KEY, JSON.stringify(record))) setStorageRefused(true);
    setNotice(null);
  };

  const downloadPackage = async () => {
    const problems = check();
    if (problems.length) return setNotice({ kind: 'error', text: s.notReady, problems });
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

  const play = (index: number) => {
    const problems = check();
    if (problems.length) return setNotice({ kind: 'error', text: s.notReady, problems });
    if (!storeDraft(json)) return setStorageRefused(true);
    onPlay(index + 1);
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

  const close = () => (isSaved || !changed ? onClose() : setConfirmLeave(true));

  const onDragOver = (e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    void openFile(e.dataTransfer.files[0]);
  };

  const step = tour.steps[selected]!;
  return (
    <aside className="tour-editor" aria-labelledby="tour-editor-heading" onDragOver={onDragOver} onDrop={onDrop} data-testid="tour-editor">
      <div className="tour-editor-head">
        <h2 id="tour-editor-heading" ref={heading} tabIndex={-1}>
          {s.heading}
        </h2>
        <button type="button" ref={closeButton} className="tour-editor-close" onClick={close}>
          {s.close}
        </button>
      </div>
      {confirmLeave && (
        <div className="tour-editor-confirm" role="alertdialog" aria-labelledby="tour-editor-leave" aria-modal="false">
          <p id="tour-editor-leave">{s.leaveQuestion}</p>
          <div className="tour-editor-row">
            <button type="button" onClick={onClose}>
              {s.leave}
            </button>
            <button type="button" ref={stayButton} onClick={stay}>
              {s.stay}
            </button>
          </div>
        </div>
      )}
      <div className="tour-editor-row">
        {/* Unavailable buttons say so but keep the focus (a disabled one would drop it on the page). */}
        <button type="button" onClick={() => dispatch({ type: 'undo' })} aria-disabled={state.past.length === 0} aria-keyshortcuts="Control+Z" title={s.undoHint}>
          {s.undo}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'redo' })} aria-disabled={state.future.length === 0} aria-keyshortcuts="Control+Shift+Z Control+Y" title={s.redoHint}>
          {s.redo}
        </button>
      </div>
      <p className="tour-editor-status" role="status" data-testid="tour-editor-status">
        {status}
      </p>
      {storageRefused && (
        <p className="tour-editor-error" role="alert">
          {s.storageRefused}
        </p>
      )}

      <section aria-labelledby="tour-editor-tour">
        <h3 id="tour-editor-tour">{s.tourSection}</h3>
        <label className="tour-editor-field">
          <span>{s.tourTitle}</span>
          <input type="text" lang={tour.lang} value={tour.title} onChange={(e) => dispatch({ type: 'edit-tour', change: { title: e.target.value } })} />
        </label>
        <label className="tour-editor-field">
          <span>{s.tourLang}</span>
          <select value={tour.lang} onChange={(e) => isLang(e.target.value) && dispatch({ type: 'edit-tour', change: { lang: e.target.value } })}>
            <LanguageOptions />
          </select>
        </label>
      </section>

      <StepList s={s} steps={tour.steps} selected={selected} lang={tour.lang} dispatch={dispatch} />

      <StepForm
        s={s}
        data={data}
        step={step}
        index={selected}
        total={tour.steps.length}
        lang={tour.lang}
        onChange={(change) => dispatch({ type: 'edit-step', index: selected, change })}
        cameraNow={cameraNow}
        onPreview={() => onPreview(step)}
        onPlay={() => play(selected)}
      />

      <section aria-labelledby="tour-editor-files" className="tour-editor-files">
        <h3 id="tour-editor-files">{s.files}</h3>
        <div className="tour-editor-row">
          <button type="button" onClick={downloadTour}>
            {s.download}
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            {s.open}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="tour-file-input"
            onChange={(e) => {
              void openFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </div>
        <p className="muted">{s.dropHint}</p>
        <button type="button" onClick={() => busy || void downloadPackage()} aria-disabled={busy}>
          {s.packageDownload}
        </button>
        {notice && <NoticeView notice={notice} />}
      </section>
    </aside>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  return (
    <div className={notice.kind === 'error' ? 'tour-editor-error' : 'tour-editor-info'} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="tour-editor-notice">
      <p>{notice.text}</p>
      {notice.problems && notice.problems.length > 0 && (
        <ul>
          {notice.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A problem in words: which step and field, and what is wrong (the validator's own words). */
function describe(s: EditorMessages, p: DataProblem): string {
  if (p.record !== undefined && p.field !== undefined) return s.problemAt(p.record, p.field, p.message);
  if (p.record !== undefined) return s.problemStep(p.record, p.message);
  if (p.field !== undefined) return s.problemTour(p.field, p.message);
  return s.problemFile(p.message);
}

/** Whether a key press goes to a field that has its own undo (text being typed). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'file', 'range'].includes(target.type);
}

