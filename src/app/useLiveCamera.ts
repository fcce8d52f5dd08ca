import { useCallback, useRef } from 'react';
import type { Camera } from '../state/url-state';

/**
 * The camera really on screen, as the live map last reported it, for share links and images that
 * restore exactly this view: `onCameraReport` is the map's to call, `liveCamera` holds the last
 * report (null before any), and `cameraNow` gives it, else `asked` (the camera the URL asks for).
 */
export function useLiveCamera(asked: Camera | null) {
  const liveCamera = useRef<Camera | null>(null);
  const onCameraReport = useCallback((c: Camera) => (liveCamera.current = c), []);
  const cameraNow = () => liveCamera.current ?? asked;
  return { liveCamera, onCameraReport, cameraNow };
}
