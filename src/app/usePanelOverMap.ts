import { useEffect } from 'react';
import type { Padding } from '../map/viewport';
import { useCoveredInsets } from './useCoveredInsets';
import type { PageParts } from './usePageParts';

/**
 * On a phone (`compact`) the open panel lies over the map: each new choice (`selected`, a site's
 * or a phase's id) brings the map into view, and the map's camera keeps the sites in the part the
 * panel leaves visible. Returns how much of the map the panel covers, for that camera. `parts`:
 * the map area, the panel and the page's scrolling body. `selected` is null while the list or
 * "Who said what" stands in for the map: they scroll with the page, which stays where the reader
 * chose; going back to the map then brings it into view.
 */
export function usePanelOverMap(
  compact: boolean,
  panelOpen: boolean,
  selected: string | number | null,
  parts: Pick<PageParts, 'mapArea' | 'panel' | 'body'>,
): Padding {
  const { mapArea, panel, body } = parts;
  const insets = useCoveredInsets(compact && panelOpen, mapArea, panel);
  useEffect(() => {
    if (compact && selected !== null) body.current?.scrollTo({ top: 0 });
  }, [compact, selected, body]);
  return insets;
}
