import { useEffect, useEffectEvent, useRef } from 'react';
import type { EditorMessages } from '../i18n/editor/load';

/**
 * Asked before leaving unsaved changes: it takes the focus on "Stay", and Esc answers "stay" too,
 * as it closes any question.
 */
export function LeaveQuestion({ s, onLeave, onStay }: { s: EditorMessages; onLeave: () => void; onStay: () => void }) {
  const stayButton = useRef<HTMLButtonElement>(null);
  const stay = useEffectEvent(onStay);
  useEffect(() => {
    stayButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      stay();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <div className="tour-editor-confirm" role="alertdialog" aria-labelledby="tour-editor-leave" aria-modal="false">
      <p id="tour-editor-leave">{s.leaveQuestion}</p>
      <div className="tour-editor-row">
        <button type="button" onClick={onLeave}>
          {s.leave}
        </button>
        <button type="button" ref={stayButton} onClick={onStay}>
          {s.stay}
        </button>
      </div>
    </div>
  );
}
