/** Site symbols on a 2D canvas: the map images, their legends, and the map as printed. */
import type { SiteKind } from '../data/schema';
import { PALETTE } from './palette';
import { SYMBOL_BOX, SYMBOL_PATHS } from './symbols';

/**
 * Paints one site symbol centred on (x, y), `size` pixels across, in its kind's colour; with
 * `outline`, a white edge as on the live map; `fill` replaces the kind's colour (a dimmed site).
 * Used for the map images and their legends.
 */
export function drawSiteSymbol(ctx: CanvasRenderingContext2D, kind: SiteKind, x: number, y: number, size: number, outline = false, fill?: string): void {
  const path = new Path2D(SYMBOL_PATHS[kind]);
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(size / SYMBOL_BOX, size / SYMBOL_BOX);
  ctx.translate(-SYMBOL_BOX / 2, -SYMBOL_BOX / 2);
  ctx.fillStyle = fill ?? PALETTE.light[kind];
  ctx.fill(path);
  if (outline) {
    ctx.strokeStyle = PALETTE.light['symbol-edge'];
    ctx.lineWidth = 2;
    ctx.stroke(path);
  }
  ctx.restore();
}
