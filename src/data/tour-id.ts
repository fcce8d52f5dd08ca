/** A tour's id: lower-case letters, digits and dashes, 1 to 40 characters (the URL carries it). */
export const TOUR_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * The id of a tour that has none of its own: one in the old format (a bare array of steps), and a
 * new tour (or a copy of a shipped one) written in the tour editor.
 */
export const NEW_TOUR_ID = 'my-tour';

/** The tour played when a link names only a step (`tour=3`, as links did before there were several). */
export const DEFAULT_TOUR = 'briefing';

/** The id the URL gives the tour editor's draft kept in this browser (`tour=draft:<step>`). */
export const DRAFT_TOUR = 'draft';

/**
 * The id the URL plays a one-file package's own tour by: its file's id, unless that is the
 * draft's, which names the draft kept in this browser.
 */
export const packageTourUrlId = (id: string): string => (id === DRAFT_TOUR ? NEW_TOUR_ID : id);
