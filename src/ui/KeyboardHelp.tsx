/**
 * The keyboard help: every key of the current mode (map, list view, measuring, briefing) and what
 * it does, in the reader's language. A native modal <dialog>: focus stays inside, Esc closes it
 * and focus goes back where it was. Loaded the first time "?" is pressed.
 */
import { Fragment, useEffect, useId, useRef } from 'react';
import { useStrings } from '../i18n';
import { keyRows } from './key-help';
import type { HelpMode } from './key-help';
import './dialog.css';
import './keyboard-help.css';

export interface KeyboardHelpProps {
  mode: HelpMode;
  onClose: () => void;
}

export default function KeyboardHelp({ mode, onClose }: KeyboardHelpProps) {
  const strings = useStrings();
  const t = strings.takeAway.keys;
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="keys-dialog" aria-labelledby={`${id}-title`} onClose={onClose} data-mode={mode}>
      <div className="share-head">
        <h2 id={`${id}-title`}>{t.heading}</h2>
        <button type="button" className="close" onClick={() => dialog.current?.close()} aria-label={strings.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <table className="keys-table">
        <caption>{t.modes[mode]}</caption>
        <thead>
          <tr>
            <th scope="col">{t.keysColumn}</th>
            <th scope="col">{t.actionColumn}</th>
          </tr>
        </thead>
        <tbody>
          {keyRows(mode, strings).map((row) => (
            <tr key={row.action}>
              <th scope="row">
                {row.keys.map((combo, i) => (
                  <Fragment key={combo.join('+')}>
                    {i > 0 && <span className="keys-or"> {t.or} </span>}
                    {combo.map((k, j) => (
                      <Fragment key={k}>
                        {j > 0 && '+'}
                        <kbd>{k}</kbd>
                      </Fragment>
                    ))}
                  </Fragment>
                ))}
              </th>
              <td>{row.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
