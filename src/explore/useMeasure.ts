import { useCallback, useEffect, useState } from 'react';
import { NO_MEASUREMENT } from './measure-state';
import type { Measurement } from './measure-state';

/**
 * The measure tool's state: its two ends, and which one a click on the map (or on a
 * site) sets next while picking. Picking the first end moves on to the second, then stops; Esc
 * stops it at once (and only that: an open panel stays open).
 */
export function useMeasure() {
  const [measure, setMeasure] = useState<Measurement>(NO_MEASUREMENT);
  const [picking, setPicking] = useState<'from' | 'to' | null>(null);
  const pickAt = useCallback(
    (end: Measurement['from']) => {
      if (!picking) return;
      setMeasure((m) => ({ ...m, [picking]: end }));
      setPicking(picking === 'from' ? 'to' : null);
    },
    [picking],
  );
  const onMapClick = useCallback((at: [number, number]) => pickAt({ kind: 'point', at }), [pickAt]);
  useEffect(() => {
    if (!picking) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || (e.target as Element | null)?.closest?.('dialog')) return;
      e.preventDefault();
      setPicking(null);
    };
    // Capturing, so it runs before the panel's Esc (which leaves a handled key alone).
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [picking]);
  return { measure, setMeasure, picking, setPicking, pickAt, onMapClick };
}
