/**
 * Web Mercator within a box, as fractions of the box (0..1 from west and from north). Shared by
 * the static SVG map (no WebGL, no JavaScript) and the site buttons placed over it; the same
 * formula is in scripts/build-basemap.mjs, which draws the SVG (a unit test keeps them equal).
 */
export type Box = readonly [west: number, south: number, east: number, north: number];

const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

export function projectInBox(lon: number, lat: number, [w, s, e, n]: Box): { x: number; y: number } {
  return { x: (lon - w) / (e - w), y: (mercatorY(n) - mercatorY(lat)) / (mercatorY(n) - mercatorY(s)) };
}

/** Height over width of the box drawn in Web Mercator. */
export function boxAspect([w, s, e, n]: Box): number {
  return (mercatorY(n) - mercatorY(s)) / (((e - w) * Math.PI) / 180);
}
