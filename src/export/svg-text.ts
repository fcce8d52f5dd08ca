/** Text and attribute values made safe in XML. */
export function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A coordinate in SVG, to a tenth of a pixel. */
export const n = (v: number): string => String(Math.round(v * 10) / 10);
