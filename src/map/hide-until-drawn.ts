/**
 * The page's map shown finished rather than frame by frame. Shared by MapView and the
 * benchmark's second floor (bench/bare, `#hidden`), so that floor hides its canvas exactly as the app does.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The longest a new map's canvas waits for a finished basemap before it shows what it has. */
const SHOW_BY_MS = 3000;

/**
 * Keeps a new map's canvas hidden until the basemap is drawn in full (the first idle), or for at
 * most SHOW_BY_MS. Meanwhile the static first paint behind the canvas shows the same view (app/MapSlot). With software WebGL (SwiftShader: old laptops, some virtual machines)
 * every frame shown is copied back for the compositor, 100-400 ms each at full size, and MapLibre
 * draws eight or nine frames on its way to the finished map: not showing them brings the finished
 * map about a quarter sooner on the development machine (`npm run bench`). With a GPU
 * the map is idle within a few frames and nothing changes that anyone sees. `onShown` hears
 * when it is shown. Returns a function that stops waiting (the map is being removed).
 */
export function hideUntilDrawn(map: MapLibreMap, onShown?: () => void): () => void {
  const canvas = map.getCanvas();
  canvas.style.visibility = 'hidden';
  const stop = () => {
    clearTimeout(timer);
    map.off('idle', show);
    canvas.style.visibility = '';
  };
  const show = () => {
    stop();
    onShown?.();
  };
  const timer = setTimeout(show, SHOW_BY_MS);
  map.on('idle', show);
  return stop;
}
