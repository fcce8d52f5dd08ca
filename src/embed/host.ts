/**
 * Messages to the page that embeds the map. The map asks for the height it wants; the
 * host's snippet (or a Datawrapper-aware CMS plugin) resizes the frame. The height depends only on
 * the frame's width, never on its height, so resizing cannot loop.
 */
import { DATAWRAPPER_KEY, HEIGHT_MESSAGE } from '../export/share';

/**
 * The key of a frame whose address names none (snippets made before frames had keys): hosts
 * that match frames by window need none, and the older ones find it where the address contains it.
 */
const DEFAULT_FRAME_KEY = 'epaa-map';

export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

/** Tells the host the height this frame wants; `frameKey` names the frame in Datawrapper's message. */
export function postWantedHeight(height: number, frameKey: string | null): void {
  if (!isFramed()) return;
  const h = Math.ceil(height);
  // The height is not secret, and the host's origin is unknown: any origin may read it.
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height: h }, '*');
  window.parent.postMessage({ [DATAWRAPPER_KEY]: { [frameKey ?? DEFAULT_FRAME_KEY]: h } }, '*');
}

/** The map height an embed wants at a given frame width: a landscape map, within sensible limits. */
export function wantedMapHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(260, width * 0.62)));
}
