import { useEffect, useEffectEvent, useRef } from 'react';
import type { TouchEvent } from 'react';
import { actionForKey, stepForDigits } from '../ui/briefing-keys';

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

const SWIPE_PX = 60;

export interface BriefingInput {
  step: number;
  count: number;
  /** Goes to a step (clamped by the caller). */
  go: (step: number) => void;
  toggleBlackout: () => void;
  onHandout: (print: boolean) => void;
  onPresenter: () => void;
  onExit: () => void;
}

/**
 * What the presenter's hands do: keys (arrows, Page Up/Down from a clicker, digits then Enter, F
 * for full screen, B or "." to black the screen, P, Esc, Ctrl/Cmd+P for the handout) anywhere on
 * the page, and a horizontal swipe. Returns the touch handlers for the briefing's element.
 */
export function useBriefingInput(input: BriefingInput): { onTouchStart: (e: TouchEvent) => void; onTouchEnd: (e: TouchEvent) => void } {
  const { step, count, go } = input;
  const digits = useRef('');
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    // Keys typed in a dialog (the share dialog) or a menu (the language) belong to it.
    if ((e.target as Element | null)?.closest?.('dialog, select')) return;
    // Ctrl/Cmd+P prints the handout: one section per step, with its map.
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') {
      e.preventDefault();
      input.onHandout(true);
      return;
    }
    // Keys typed into a control (a button has focus) still drive the tour; Enter and Space on a
    // focused button keep their own meaning.
    const target = e.target as HTMLElement | null;
    if (target?.closest('button, a, input, textarea, select') && (e.key === 'Enter' || e.key === ' ')) return;
    const action = actionForKey(e);
    if (!action) return;
    e.preventDefault();
    if (action.type !== 'digit') digits.current = '';
    switch (action.type) {
      case 'next':
        return go(step + 1);
      case 'prev':
        return go(step - 1);
      case 'first':
        return go(1);
      case 'last':
        return go(count);
      case 'digit': {
        const r = stepForDigits(digits.current, action.digit, count);
        digits.current = r.buffer;
        if (r.step !== null) go(r.step);
        return;
      }
      case 'fullscreen':
        return toggleFullscreen();
      case 'blackout':
        return input.toggleBlackout();
      case 'presenter':
        return input.onPresenter();
      case 'exit':
        return input.onExit();
    }
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Touch: a horizontal swipe anywhere moves on or back (the briefing map does not pan).
  const touchStart = useRef<{ x: number; y: number } | null>(null);
  const onTouchStart = (e: TouchEvent) => {
    const p = e.touches[0];
    touchStart.current = p ? { x: p.clientX, y: p.clientY } : null;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const start = touchStart.current;
    const p = e.changedTouches[0];
    touchStart.current = null;
    if (!start || !p) return;
    const dx = p.clientX - start.x;
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > Math.abs(p.clientY - start.y)) go(step + (dx < 0 ? 1 : -1));
  };
  return { onTouchStart, onTouchEnd };
}
