import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Runs `run` at most once a frame while the map moves or changes size, so that work that follows
 * the view (the scale, the inset, decluttering labels) costs one pass per frame, not one per
 * event. `schedule` asks for a pass for other reasons; `stop` ends it all.
 */
export function onViewFrames(map: MapLibreMap, run: () => void): { schedule: () => void; stop: () => void } {
  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      run();
    });
  };
  map.on('move', schedule);
  map.on('resize', schedule);
  return {
    schedule,
    stop: () => {
      map.off('move', schedule);
      map.off('resize', schedule);
      cancelAnimationFrame(frame);
    },
  };
}
