import { cameraBounds, clampBounds } from '../map/viewport';
import { pageHashStore } from '../state/useHashState';
import type { Camera, HashState } from '../state/url-state';

/**
 * The hash Share hands on, from the page's hash, the camera really on screen (null when the map
 * has not reported one) and the live map's element (null while there is none): the view, never
 * the editor open here (a presenter's own business).
 */
export function sharedViewHash(hash: HashState, live: Camera | null, map: HTMLElement | null): string {
  return pageHashStore().hashOf({ ...hash, ...sharedCamera(hash, live, map), edit: false });
}

/**
 * What a shared link says of the camera: nothing for a view nobody moved (each screen then fits
 * the sites to its own size), else the box on screen, which each screen fits to its own size too.
 */
function sharedCamera(hash: HashState, live: Camera | null, el: HTMLElement | null): Pick<HashState, 'camera' | 'bounds'> {
  if (hash.camera === null) return { camera: null, bounds: hash.bounds };
  const camera = live ?? hash.camera;
  if (!el || el.clientWidth === 0 || el.clientHeight === 0) return { camera, bounds: null };
  return { camera: null, bounds: clampBounds(cameraBounds(camera, { width: el.clientWidth, height: el.clientHeight })) };
}
