/**
 * How a site not in focus is drawn (an earlier phase's site, or one a briefing step does not
 * name): its kind's colour mixed with white, opaque, so nothing under it shows through and it
 * still reads on a washed-out projector. The exported images, their legends and the briefing map
 * all take it from here.
 */

/** The share of the kind's own colour in a dimmed symbol; the rest is white. */
export const DIMMED_SHARE = 0.5;

/** `hex` ("#rrggbb") mixed with white, keeping `share` of it. */
export function dimmedColour(hex: string, share = DIMMED_SHARE): string {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(v * share + 255 * (1 - share)).toString(16).padStart(2, '0');
  };
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
