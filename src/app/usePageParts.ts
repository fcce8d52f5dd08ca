import { useRef, useState } from 'react';

/**
 * The page's parts that its hooks measure, scroll or focus, handed over by the elements
 * themselves (refs), so that no module looks another's element up by its class: the map area,
 * the open panel (null while none is), the scrolling body, the button that opens the editor and
 * the live map (while it is up).
 */
export function usePageParts() {
  const [mapArea, setMapArea] = useState<HTMLElement | null>(null);
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const liveMap = useRef<HTMLDivElement>(null);
  return { mapArea, setMapArea, panel, setPanel, body, editButton, liveMap };
}

export type PageParts = ReturnType<typeof usePageParts>;
