import { useEffect } from 'react';
import type { EditorAction } from './model';

/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo, except in a text field, which keeps its own. */
export function useUndoKeys(dispatch: (action: EditorAction) => void): void {
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
}

/** Whether a key press goes to a field that has its own undo (text being typed). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'file', 'range'].includes(target.type);
}
