/** A tour's id: lower-case letters, digits and dashes, 1 to 40 characters (the URL carries it). */
export const TOUR_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The id given to a tour in the old format (a bare array of steps), which has none of its own. */
export const OLD_FORMAT_ID = 'my-tour';
