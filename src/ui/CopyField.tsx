import { useId, useRef, useState } from 'react';
import { useStrings } from '../i18n';
import './copy-field.css';

export interface CopyFieldProps {
  label: string;
  value: string;
  multiline?: boolean;
  /** Lines of a multiline field. */
  rows?: number;
  testId?: string;
}

/**
 * A read-only field with a Copy button that says what happened: copied, or, where the clipboard is
 * denied or missing, the text is selected for Ctrl+C.
 */
export function CopyField({ label, value, multiline = false, rows = 4, testId }: CopyFieldProps) {
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
        {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
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
