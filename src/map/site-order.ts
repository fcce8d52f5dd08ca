/**
 * Keyboard order of the sites on the map: left and right go west and east, up and down
 * go north and south, Home and End to the westernmost and easternmost. Wraps around at the ends.
 */
export interface Placed {
  id: string;
  lon: number;
  lat: number;
}

export function nextSite(sites: readonly Placed[], from: string, key: string): string | null {
  if (sites.length === 0) return null;
  const byLon = [...sites].sort((a, b) => a.lon - b.lon || b.lat - a.lat);
  const byLat = [...sites].sort((a, b) => b.lat - a.lat || a.lon - b.lon);
  const step = (list: Placed[], d: 1 | -1) => {
    const i = list.findIndex((s) => s.id === from);
    if (i < 0) return list[0]!.id;
    return list[(i + d + list.length) % list.length]!.id;
  };
  switch (key) {
    case 'ArrowRight':
      return step(byLon, 1);
    case 'ArrowLeft':
      return step(byLon, -1);
    case 'ArrowDown':
      return step(byLat, 1);
    case 'ArrowUp':
      return step(byLat, -1);
    case 'Home':
      return byLon[0]!.id;
    case 'End':
      return byLon[byLon.length - 1]!.id;
    default:
      return null;
  }
}
