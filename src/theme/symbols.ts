/**
 * The shape of each kind of site as SVG path data in a 24-unit box (symbols.json): drawn as SVG
 * on the page and as a `Path2D` on canvas, so the map, the legend, the list and the images share
 * one shape.
 */
import type { SiteKind } from '../data/schema';
import symbols from './symbols.json';

export const SYMBOL_PATHS: Record<SiteKind, string> = symbols;
/** The side of the box the paths are drawn in. */
export const SYMBOL_BOX = 24;
