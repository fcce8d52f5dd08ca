import { useState } from 'react';
import type { AppData } from '../data/app-data';
import type { TourStep } from '../data/schema';
import { formatDate } from '../i18n/dates';
import type { EditorMessages } from '../i18n/editor/load';
import type { Lang } from '../i18n/languages';
import { useStrings } from '../i18n';
import { roundCamera } from '../state/url-state';
import { KeepFocusButton } from '../ui/KeepFocusButton';
import type { Camera } from '../state/url-state';
import type { StepChange } from './model';
import { toggled } from './model';

export interface StepFormProps {
  s: EditorMessages;
  data: AppData;
  step: TourStep;
  /** Its position, from 0, and how many steps there are. */
  index: number;
  total: number;
  /** The language the tour's own text is written in. */
  lang: Lang;
  onChange: (change: StepChange) => void;
  cameraNow: () => Camera | null;
  onPreview: () => void;
  onPlay: () => void;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The selected step's fields: its text as plain text fields (in the tour's language), and what it
 * shows picked from lists of what the data holds (named in the reader's language).
 */
export function StepForm({ s, data, step, index, total, lang, onChange, cameraNow, onPreview, onPlay }: StepFormProps) {
  const strings = useStrings();
  const [noView, setNoView] = useState(false);
  const fieldId = (name: string) => `tour-step-${name}`;
  const useView = () => {
    const camera = cameraNow();
    setNoView(camera === null);
    if (camera) onChange({ camera: roundCamera(camera) });
  };
  const cam = step.camera;
  const number = (n: number, digits: number) => n.toLocaleString(strings.locale, { maximumFractionDigits: digits });
  return (
    <section aria-labelledby="tour-editor-step" className="tour-editor-form">
      <h3 id="tour-editor-step">{s.stepHeading(index + 1, total)}</h3>
      <div className="tour-editor-field">
        <label htmlFor={fieldId('title')}>
          {s.title} <span className="muted">({s.required})</span>
        </label>
        <input id={fieldId('title')} type="text" lang={lang} required value={step.title} onChange={(e) => onChange({ title: e.target.value })} />
      </div>
      <div className="tour-editor-field">
        <label htmlFor={fieldId('text')}>{s.caption}</label>
        <textarea id={fieldId('text')} lang={lang} rows={3} value={step.text ?? ''} onChange={(e) => onChange({ text: e.target.value })} />
      </div>
      <div className="tour-editor-field">
        <label htmlFor={fieldId('notes')}>{s.notes}</label>
        <textarea id={fieldId('notes')} lang={lang} rows={4} value={step.notes ?? ''} onChange={(e) => onChange({ notes: e.target.value })} />
      </div>
      <div className="tour-editor-field">
        <label htmlFor={fieldId('phase')}>{s.phase}</label>
        <select id={fieldId('phase')} value={step.phase ?? ''} onChange={(e) => onChange({ phase: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">{s.noPhase}</option>
          {data.phases.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="tour-editor-checks">
        <legend>{s.sites}</legend>
        {data.sites.map((site) => (
          <label key={site.id}>
            <input type="checkbox" checked={step.sites.includes(site.id)} onChange={(e) => onChange({ sites: toggled(step.sites, site.id, e.target.checked) })} />
            {site.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="tour-editor-checks tour-editor-statements">
        <legend>{s.statements}</legend>
        {data.statements.map((st) => (
          <label key={st.id}>
            <input type="checkbox" checked={step.statements.includes(st.id)} onChange={(e) => onChange({ statements: toggled(step.statements, st.id, e.target.checked) })} />
            <span>
              <strong>{st.speaker ?? s.reported}</strong>, {formatDate(st.date, strings.locale)}: {excerpt(st.translation ?? st.quote)}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="tour-editor-field" role="group" aria-labelledby={fieldId('camera')}>
        <span id={fieldId('camera')}>{s.camera}</span>
        <p className="tour-editor-camera" data-testid="tour-step-camera">
          {cam ? s.cameraAt(number(cam.zoom, 2), number(cam.lat, 4), number(cam.lon, 4)) : s.cameraAll}
        </p>
        <div className="tour-editor-row">
          <button type="button" onClick={useView}>
            {s.useView}
          </button>
          <KeepFocusButton unavailable={!cam} onClick={() => onChange({ camera: undefined })}>
            {s.allSites}
          </KeepFocusButton>
        </div>
        {noView && <p role="alert">{s.noView}</p>}
      </div>
      <MonthField key={step.id} s={s} id={fieldId('date')} value={step.date ?? ''} onChange={(date) => onChange({ date })} />
      <div className="tour-editor-row">
        <button type="button" onClick={onPreview}>
          {s.preview}
        </button>
        <button type="button" onClick={onPlay}>
          {s.play}
        </button>
      </div>
    </section>
  );
}

/** The month as typed: kept in the step once it is a month (or empty), with a hint until then. */
function MonthField({ s, id, value, onChange }: { s: EditorMessages; id: string; value: string; onChange: (date: string) => void }) {
  const [text, setText] = useState(value);
  // An undo or redo changes the month under the field: the field follows (what is being typed,
  // not yet a month, stays).
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (text.trim() !== value) setText(value);
  }
  const bad = text !== '' && !MONTH.test(text);
  return (
    <div className="tour-editor-field">
      <label htmlFor={id}>{s.month}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM"
        value={text}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `${id}-bad` : undefined}
        onChange={(e) => {
          const next = e.target.value.trim();
          setText(e.target.value);
          if (next === '' || MONTH.test(next)) onChange(next);
        }}
      />
      {bad && (
        <p id={`${id}-bad`} className="tour-editor-error">
          {s.monthBad}
        </p>
      )}
    </div>
  );
}

/** The first words of a statement, enough to tell it from the others. */
function excerpt(text: string, max = 90): string {
  return text.length <= max ? `“${text}”` : `“${text.slice(0, text.lastIndexOf(' ', max)).trim()}…”`;
}
