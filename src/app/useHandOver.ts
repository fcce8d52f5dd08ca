// How the map slot's first paint gives way to the live map once the live map is drawn.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { prefersReducedMotion } from '../theme/motion';
import type { SiteFocus } from '../map/map-elements';

/** The longest the first paint stays under the live map's fade-in (0.3 s in styles.css; none with reduced motion). */
const FADE_LIMIT_MS = 2000;

/**
 * The first paint's hand-over to the live map: whether the live map is drawn (its site buttons
 * take over from the first paint's in the same frame, focus included), and whether the first
 * paint has gone (once the live map has faded in over it). The live map, once drawn, hands
 * `onDrawn` the way to focus its own site buttons.
 */
export function useHandOver() {
  const [drawn, setDrawn] = useState(false);
  const [firstPaintGone, setFirstPaintGone] = useState(false);
  const focusedSite = useRef<string | null>(null);
  const liveMap = useRef<SiteFocus | null>(null);
  const onDrawn = useCallback((live: SiteFocus) => {
    const active = document.activeElement as HTMLElement | null;
    focusedSite.current = active?.closest('.static-view') ? (active.dataset.site ?? null) : null;
    liveMap.current = live;
    setDrawn(true);
  }, []);
  useLayoutEffect(() => {
    const site = focusedSite.current;
    if (!drawn || !site) return;
    focusedSite.current = null;
    liveMap.current?.focusSite(site);
  }, [drawn]);
  useEffect(() => {
    if (!drawn) return;
    // The first paint goes once the live map's fade has ended, not after a fixed time: on a busy
    // machine the fade starts late, and the first paint gone early showed bare sea for a moment.
    // A later limit in case the fade never runs (the canvas hidden, a transition cancelled).
    const gone = () => setFirstPaintGone(true);
    const ended = (e: TransitionEvent) => {
      if (e.propertyName === 'opacity' && (e.target as Element | null)?.classList?.contains('maplibregl-canvas')) gone();
    };
    const timer = setTimeout(gone, prefersReducedMotion() ? 0 : FADE_LIMIT_MS);
    document.addEventListener('transitionend', ended);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('transitionend', ended);
    };
  }, [drawn]);
  return { drawn, firstPaintGone, onDrawn };
}
