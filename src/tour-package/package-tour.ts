import { NEW_TOUR_ID, TOUR_ID, packageTourUrlId } from '../data/tour-id';
import { readEmbeddedTour } from './embedded';

/**
 * The id of the tour this one-file package carries, for the URL to play it by default; null when
 * it carries none, or one whose id cannot be read (the briefing then says what is wrong with it).
 */
export function packageTourId(doc: Document = document): string | null {
  const raw = readEmbeddedTour(doc);
  if (raw === null) return null;
  try {
    const json: unknown = JSON.parse(raw);
    if (Array.isArray(json)) return NEW_TOUR_ID;
    const id = (json as { id?: unknown } | null)?.id;
    return typeof id === 'string' && TOUR_ID.test(id) ? packageTourUrlId(id) : null;
  } catch {
    return null;
  }
}
