import { useRef } from 'react';

/**
 * The page's parts that its hooks measure, scroll or focus, handed over by the elements
 * themselves (refs), so that no module looks another's element up by its class: the map area,
 * the open panel (null while none is), the scrolling body, the button that opens the editor and
 * the live map (while it is up). Refs, not state: they are read in effects and event handlers,
 * and an element coming or going re-renders nothing.
 */
export function usePageParts() {
  return {
    mapArea: useRef<HTMLElement>(null),
    panel: useRef<HTMLElement>(null),
    body: useRef<HTMLDivElement>(null),
    editButton: useRef<HTMLButtonElement>(null),
    liveMap: useRef<HTMLDivElement>(null),
  };
}

export type PageParts = ReturnType<typeof usePageParts>;
