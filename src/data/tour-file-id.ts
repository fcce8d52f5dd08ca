import { NEW_TOUR_ID, TOUR_ID } from './tour-id';

/**
 * The id a tour file's JSON is known by: its own `id` when it has a valid one, else `my-tour` for
 * anything shaped as a tour (the old format, a bare array of steps, or a tour whose id is missing
 * or malformed); null when it is not a tour at all. The tour reader and the first view (which
 * picks the one-file package's tour to open) both name a tour by this, so they always agree.
 */
export function tourFileId(json: unknown): string | null {
  if (Array.isArray(json)) return NEW_TOUR_ID;
  if (!json || typeof json !== 'object' || !Array.isArray((json as { steps?: unknown }).steps)) return null;
  const id = (json as { id?: unknown }).id;
  return typeof id === 'string' && TOUR_ID.test(id) ? id : NEW_TOUR_ID;
}
