import { useEffect, useState } from 'react';

/** How long the briefing waits, with no input, before its control bar steps back. */
export const STEP_BACK_MS = 4000;

const WAKE = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'focusin'] as const;

/**
 * Whether the presenter has left the page alone for `ms`: then the audience's screen needs no
 * buttons, and the bar steps back (and the pointer hides); any input brings them back at once.
 */
export function useStepBack(ms = STEP_BACK_MS): boolean {
  const [back, setBack] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setBack(true), ms);
    const wake = () => {
      setBack(false);
      clearTimeout(timer);
      timer = setTimeout(() => setBack(true), ms);
    };
    for (const type of WAKE) window.addEventListener(type, wake, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of WAKE) window.removeEventListener(type, wake, { capture: true });
    };
  }, [ms]);
  return back;
}
