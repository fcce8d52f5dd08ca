/**
 * When the finer coastline comes in. The basemap's 1:50m land turns angular once the map is
 * zoomed in on one site (the tour's flights end at zoom 5 to 5.4), so from DETAIL_ZOOM on it is
 * drawn from Natural Earth 1:10m instead (detail-land.ts). That file and its code are fetched the
 * first time the zoom reaches DETAIL_ZOOM after the map's first view is drawn, never for the
 * first view itself; only this watcher is in the first view's code.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

import { DETAIL_ZOOM } from './style';

export { DETAIL_ZOOM };

/**
 * Watches a map's zoom and adds the finer coastline once it reaches DETAIL_ZOOM, checked after
 * the first idle and on every zoom step (so a flight starts the download as it passes the
 * threshold, not when it lands). Returns what stops watching; a download under way is then
 * not added to the map.
 */
export function watchDetailLand(map: MapLibreMap): () => void {
  let stopped = false;
  let drawn = false;
  const check = () => {
    if (!drawn || map.getZoom() < DETAIL_ZOOM) return;
    listen(false);
    import('./detail-land').then(
      (m) => {
        if (!stopped) void m.showDetailLand(map, DETAIL_ZOOM, () => stopped);
      },
      (e: Error) => console.error(`The finer coastline could not be loaded (${e.message}); the map keeps the coarse one.`),
    );
  };
  const firstView = () => {
    drawn = true;
    check();
  };
  const listen = (on: boolean) => {
    if (on) {
      map.once('idle', firstView);
      map.on('zoom', check);
    } else {
      map.off('zoom', check);
      map.off('idle', firstView);
    }
  };
  listen(true);
  return () => {
    stopped = true;
    listen(false);
  };
}
