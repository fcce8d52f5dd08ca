import { useId, useRef, useState } from 'react';
import { useStrings } from '../i18n';
import './copy-field.css';

export interface CopyFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  /** Lines of a multiline field; by default, enough to show the whole text. */
  rows?: number;
  testId?: string;
}

/** Characters a line of the field holds at least, at its narrowest. */
const CHARS_PER_LINE = 44;
const MAX_ROWS = 16;

/** Lines enough to show a text whole in a field, each of its lines wrapped where it is long. */
export function rowsToShow(text: string): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  return Math.min(MAX_ROWS, lines);
}

/**
 * A read-only field with a Copy button that says what happened: copied, or, where the clipboard is
 * denied or missing, the text is selected for Ctrl+C.
 */
export function CopyField({ label, value, multiline = false, rows, testId }: CopyFieldProps) {
  const strings = useStrings();
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus(strings.share.copied);
    } catch {
      field.current?.focus();
      field.current?.select();
      setStatus(strings.share.copyManually);
    }
  };
  const common = {
    id,
    ref: field,
    value,
    readOnly: true,
    'data-testid': testId,
    onFocus: (e: React.FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => e.currentTarget.select(),
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? <textarea rows={rows ?? rowsToShow(value)} {...common} /> : <input type="text" {...common} />}
        <button type="button" onClick={() => void copy()} aria-describedby={`${id}-status`}>
          {strings.share.copy}
        </button>
      </div>
      <p id={`${id}-status`} className="copy-status" role="status">
        {status}
      </p>
    </div>
  );
}
