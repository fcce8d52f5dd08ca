/**
 * The camera of an exported image's map frame, which has its own size (see layout.ts): the view
 * on screen, whatever shape the panel left it, shown whole in the frame.
 */
import type { Site } from '../data/schema';
import type { Camera } from '../state/url-state';
import { BASEMAP_BOUNDS, FALLBACK_CAMERA, fitOptions, sitesBounds } from '../map/camera';
import { constrainCamera, fitCamera } from '../map/viewport';
import type { Size } from '../map/viewport';

/**
 * With no camera (the reader has not moved the map), all sites fitted as the live map fits them;
 * otherwise the same centre, zoomed so that what `screen` showed fits inside `frame`.
 */
export function frameCamera(camera: Camera | null, screen: Size, frame: Size, sites: Pick<Site, 'lon' | 'lat'>[]): Camera {
  if (!camera) {
    const bounds = sitesBounds(sites);
    const fit = fitOptions(frame.width);
    return bounds ? fitCamera(bounds, frame, fit.padding, fit.maxZoom, BASEMAP_BOUNDS) : FALLBACK_CAMERA;
  }
  const k = Math.min(frame.width / Math.max(1, screen.width), frame.height / Math.max(1, screen.height));
  return constrainCamera({ ...camera, zoom: camera.zoom + Math.log2(k) }, frame, BASEMAP_BOUNDS);
}
