/**
 * Messages to the page that embeds the map. The map asks for the height it wants; the
 * host's snippet (or a Datawrapper-aware CMS plugin) resizes the frame. The height depends only on
 * the frame's width, never on its height, so resizing cannot loop.
 */
import { DATAWRAPPER_KEY, HEIGHT_MESSAGE } from './share';

/** Which frame id to send in the Datawrapper message; hosts match frames by source window anyway. */
const FRAME_ID = 'epaa-map';

export function isFramed(): boolean {
  try {
    return window.parent !== window;
  } catch {
    return true;
  }
}

export function postWantedHeight(height: number): void {
  if (!isFramed()) return;
  const h = Math.ceil(height);
  // The height is not secret, and the host's origin is unknown: any origin may read it.
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height: h }, '*');
  window.parent.postMessage({ [DATAWRAPPER_KEY]: { [FRAME_ID]: h } }, '*');
}

/** The map height an embed wants at a given frame width: a landscape map, within sensible limits. */
export function wantedMapHeight(width: number): number {
  return Math.round(Math.min(620, Math.max(260, width * 0.62)));
}
