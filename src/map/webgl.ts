/**
 * Whether this browser can draw WebGL.
 *
 * Asked only when a map could not be made, to say why, and before a briefing draws its maps: the
 * check makes a WebGL context, which costs tens of ms on software GL, and the first map is a check
 * of its own. The answer is kept for the life of the page.
 */
let known: boolean | undefined;

export function hasWebGL(): boolean {
  if (known === undefined) {
    try {
      const canvas = document.createElement('canvas');
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      known = Boolean(gl);
      // Give the context back at once: a browser keeps only a few alive, and the maps need them.
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      known = false;
    }
  }
  return known;
}
