/**
 * The tour editor: a presenter writes their own briefing tour beside the live map, keeps it as a
 * file, and carries it in the one-file offline package. Its own chunk, loaded when opened. The
 * tour being written is kept as a draft in this browser on every change; the briefing plays that
 * draft (`tour=draft:<step>`). This is the editor's shell: its history (undo and redo, by button
 * and key: useUndoKeys), the saved state, the tour's title and language, and the question asked before
 * leaving unsaved changes; the steps and the files are parts of their own.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppData } from '../data/app-data';
import type { TourStep } from '../data/schema';
import { useLang, useStrings } from '../i18n';
import { isLang } from '../i18n/languages';
import { LanguageOptions } from '../ui/LanguageMenu';
import { KeepFocusButton } from '../ui/KeepFocusButton';
import { loadEditorMessages } from '../i18n/editor/load';
import type { EditorMessages } from '../i18n/editor/load';
import type { Camera } from '../state/url-state';
import { usePromised } from '../state/usePromised';
import { editorReducer, initialState } from './model';
import type { EditorAction } from './model';
import { StepArea } from './StepArea';
import { startingTour } from './starting-tour';
import type { Start } from './starting-tour';
import { TourFileBar } from './TourFileBar';
import { DraftElsewhere } from './DraftElsewhere';
import { tourFileJson } from './tour-file';
import { useDraftElsewhere } from './useDraftElsewhere';
import { useTourFiles } from './useTourFiles';
import { LeaveQuestion } from './LeaveQuestion';
import { useUndoKeys } from './useUndoKeys';
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

function Editor({ data, cameraNow, onPreview, onPlay, onClose, s, start }: TourEditorProps & { s: EditorMessages; start: Start }) {
  const { locale } = useStrings();
  const [state, setState] = useState(() => initialState(start.tour));
  const { tour } = state;
  const json = useMemo(() => tourFileJson(tour), [tour]);
  const [storageRefused, setStorageRefused] = useState(false);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const stay = () => {
    setConfirmLeave(false);
    closeButton.current?.focus();
  };
  // Opened, the editor takes the focus on its heading (the button that opened it is gone, or far),
  // unless the reader has moved on to something else while it loaded.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const at = document.activeElement;
    if (!at || at === document.body || at.matches('.edit-tour-button')) heading.current?.focus();
  }, []);

  const changed = json !== start.pristine;
  // Another tab's change to the draft stops this one writing it until the presenter chooses.
  const other = useDraftElsewhere({
    json,
    pristine: !changed,
    load: (t) => dispatch({ type: 'load', tour: t }),
    onWritten: useCallback((kept: boolean) => setStorageRefused(!kept), []),
    onChosen: () => heading.current?.focus(),
  });
  const { tourChanged } = other;
  const firstChoice = useRef<HTMLButtonElement>(null);
  // Every change goes through here: the draft in this browser follows it at once (the start
  // itself is no change, so nothing is written for it).
  const current = useRef(state);
  const dispatch = useCallback((action: EditorAction) => {
    const before = current.current;
    const next = editorReducer(before, action);
    if (next === before) return;
    current.current = next;
    setState(next);
    if (next.tour !== before.tour) tourChanged(tourFileJson(next.tour));
  }, [tourChanged]);
  const files = useTourFiles({ s, data, tour, json, dispatch, onStorageRefused: () => setStorageRefused(true) });

  useUndoKeys(dispatch);

  const { saved } = files;
  const isSaved = saved !== null && saved.json === json;
  const status = isSaved
    ? s.statusSaved(saved.file, new Date(saved.at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }))
    : changed
      ? s.statusUnsaved
      : s.statusUnchanged;

  const play = (index: number) => {
    if (other.elsewhere) return firstChoice.current?.focus();
    if (!files.ready()) return;
    // Not played when the browser refused the draft: the editor says so.
    if (!tourChanged(json)) return;
    onPlay(index + 1);
  };

  const close = () => (isSaved || !changed ? onClose() : setConfirmLeave(true));

  return (
    <aside className="tour-editor" aria-labelledby="tour-editor-heading" onDragOver={files.onDragOver} onDrop={files.onDrop} data-testid="tour-editor">
      <div className="tour-editor-head">
        <h2 id="tour-editor-heading" ref={heading} tabIndex={-1}>
          {s.heading}
        </h2>
        <button type="button" ref={closeButton} className="tour-editor-close" onClick={close}>
          {s.close}
        </button>
      </div>
      {confirmLeave && <LeaveQuestion s={s} onLeave={onClose} onStay={stay} />}
      <div className="tour-editor-row">
        <KeepFocusButton unavailable={state.past.length === 0} onClick={() => dispatch({ type: 'undo' })} aria-keyshortcuts="Control+Z" title={s.undoHint}>
          {s.undo}
        </KeepFocusButton>
        <KeepFocusButton unavailable={state.future.length === 0} onClick={() => dispatch({ type: 'redo' })} aria-keyshortcuts="Control+Shift+Z Control+Y" title={s.redoHint}>
          {s.redo}
        </KeepFocusButton>
      </div>
      <p className="tour-editor-status" role="status" data-testid="tour-editor-status">
        {status}
      </p>
      {storageRefused && (
        <p className="tour-editor-error" role="alert">
          {s.storageRefused}
        </p>
      )}
      {other.elsewhere && <DraftElsewhere s={s} onKeepThis={other.keepThis} onTakeOther={other.takeOther} firstChoice={firstChoice} />}

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

      <StepArea s={s} data={data} state={state} dispatch={dispatch} cameraNow={cameraNow} onPreview={onPreview} onPlay={play} />
      <TourFileBar s={s} files={files} />
    </aside>
  );
}
