import { useEffect } from 'react';
import type { Padding } from '../map/viewport';
import { useCoveredInsets } from './useCoveredInsets';

/**
 * On a phone (`compact`) the open panel lies over the map: each new choice (`selected`, a site's
 * or a phase's id) brings the map into view, and the map's camera keeps the sites in the part the
 * panel leaves visible. Returns how much of the map the panel covers, for that camera.
 */
export function usePanelOverMap(compact: boolean, panelOpen: boolean, selected: string | number | null): Padding {
  const insets = useCoveredInsets(compact && panelOpen, '.map-area', '.app .panel');
  useEffect(() => {
    if (compact && selected !== null) document.querySelector('.app-body')?.scrollTo({ top: 0 });
  }, [compact, selected]);
  return insets;
}
