import { packageTourUrlId } from '../data/tour-id';
import { tourFileId } from '../data/tour-file-id';
import { readEmbeddedTour } from './embedded';

/**
 * The id the URL plays a package's tour by, from the tour file's text: null when it is not JSON
 * shaped as a tour (then the package offers it nowhere, and opens the default tour).
 */
export function packageTourIdOf(raw: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const id = tourFileId(json);
  return id === null ? null : packageTourUrlId(id);
}

/**
 * The id of the tour this one-file package carries, for the URL to play it by default; null when
 * it carries none, or none that can be read as a tour. The briefing lists the package's tour by
 * the same id (unless it has no steps to play and a shipped tour has its id: then the shipped one
 * keeps its place and plays).
 */
export function packageTourId(doc: Document = document): string | null {
  const raw = readEmbeddedTour(doc);
  return raw === null ? null : packageTourIdOf(raw);
}
