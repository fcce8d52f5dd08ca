import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import { NO_INSETS } from '../map/viewport';
import type { Padding } from '../map/viewport';

/**
 * How much of the map area the panel covers from each side, in CSS pixels, while `on` (the
 * phone's bottom sheet or side panel lies over the map; elsewhere the panel sits beside it). A
 * panel raised over nearly all of the map keeps the last insets: the map behind it is not
 * refitted into a sliver.
 */
export function useCoveredInsets(on: boolean, mapRef: RefObject<HTMLElement | null>, panelRef: RefObject<HTMLElement | null>): Padding {
  const [insets, setInsets] = useState<Padding>(NO_INSETS);
  useLayoutEffect(() => {
    // The panel is shown in the same commit that turns this on: its ref is set by now.
    const map = mapRef.current;
    const panel = panelRef.current;
    if (!on || !map || !panel) return;
    const measure = () => {
      const m = map.getBoundingClientRect();
      const p = panel.getBoundingClientRect();
      const next = {
        top: 0,
        left: 0,
        // A sheet along the bottom, or a panel along the right side.
        bottom: p.left <= m.left + 1 && p.top > m.top ? Math.max(0, m.bottom - p.top) : 0,
        right: p.top <= m.top + m.height / 2 && p.left > m.left ? Math.max(0, m.right - p.left) : 0,
      };
      if (m.height - next.bottom < m.height / 4 || m.width - next.right < m.width / 4) return;
      setInsets((old) => (old.bottom === next.bottom && old.right === next.right ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(map);
    observer.observe(panel);
    return () => observer.disconnect();
  }, [on, mapRef, panelRef]);
  return on ? insets : NO_INSETS;
}
