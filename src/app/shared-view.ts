import { useState } from 'react';
import type { RefObject } from 'react';
import { cameraBounds, clampBounds } from '../map/viewport';
import type { Size } from '../map/viewport';
import { pageHashStore } from '../state/useHashState';
import type { Camera, HashState } from '../state/url-state';

/** The size of the live map's element; null while there is none, or it is hidden (the list is shown). */
export function mapSizeOf(el: HTMLElement | null): Size | null {
  return el && el.clientWidth > 0 && el.clientHeight > 0 ? { width: el.clientWidth, height: el.clientHeight } : null;
}

/**
 * The hash Share hands on, from the page's hash, the camera really on screen (null when the map
 * has not reported one) and the live map's size (null while there is none): the view, never the
 * editor open here (a presenter's own business).
 */
export function sharedViewHash(hash: HashState, live: Camera | null, map: Size | null): string {
  return pageHashStore().hashOf({ ...hash, ...sharedCamera(hash, live, map), edit: false });
}

/**
 * What a shared link says of the camera: nothing for a view nobody moved (each screen then fits
 * the sites to its own size), else the box on screen, which each screen fits to its own size too.
 */
function sharedCamera(hash: HashState, live: Camera | null, map: Size | null): Pick<HashState, 'camera' | 'bounds'> {
  if (hash.camera === null) return { camera: null, bounds: hash.bounds };
  const camera = live ?? hash.camera;
  if (!map) return { camera, bounds: null };
  return { camera: null, bounds: clampBounds(cameraBounds(camera, map)) };
}

/**
 * The view the Share dialog hands on while it is open (null while it is closed): taken when Share
 * is pressed, from the camera on screen, and taken again whenever the view changes under the open
 * dialog (Back, Forward, a link), so that its link, snippet and citation never show a view that
 * has gone. After such a change the map follows the URL, so the URL's camera is the one on screen.
 */
export function useSharedView(hash: HashState, liveCamera: RefObject<Camera | null>, liveMap: RefObject<HTMLElement | null>) {
  const [shared, setShared] = useState<{ from: HashState; size: Size | null; view: string } | null>(null);
  if (shared && shared.from !== hash) setShared({ from: hash, size: shared.size, view: sharedViewHash(hash, null, shared.size) });
  const open = () => {
    const size = mapSizeOf(liveMap.current);
    setShared({ from: hash, size, view: sharedViewHash(hash, liveCamera.current, size) });
  };
  return { viewHash: shared?.view ?? null, open, close: () => setShared(null) };
}
