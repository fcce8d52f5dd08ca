/**
 * The page's map shown finished rather than frame by frame. Shared by MapView and the
 * benchmark's second floor (bench/bare, `#hidden`), so that floor hides its canvas exactly as the app does.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The longest a new map's canvas waits for a finished basemap before it shows what it has. */
const SHOW_BY_MS = 3000;

/**
 * Keeps a new map's canvas hidden until the basemap is drawn in full (the first idle), or for at
 * most SHOW_BY_MS. Meanwhile the element behind the canvas shows the sea in the same colour, with
 * the site markers on it. With software WebGL (SwiftShader: old laptops, some virtual machines)
 * every frame shown is copied back for the compositor, 100-400 ms each at full size, and MapLibre
 * draws eight or nine frames on its way to the finished map: not showing them brings the finished
 * map about a quarter sooner on the development machine (`npm run bench`). With a GPU
 * the map is idle within a few frames and nothing changes that anyone sees. Returns a function
 * that cancels.
 */
export function hideUntilDrawn(map: MapLibreMap): () => void {
  const canvas = map.getCanvas();
  canvas.style.visibility = 'hidden';
  const show = () => {
    clearTimeout(timer);
    map.off('idle', show);
    canvas.style.visibility = '';
  };
  const timer = setTimeout(show, SHOW_BY_MS);
  map.on('idle', show);
  return show;
}
