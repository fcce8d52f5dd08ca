/**
 * The date slider's keys: each moves the month by a number of months, or to one end of the
 * range. One table for the slider and for the keyboard help, so the list cannot drift from what
 * the keys do. Space (play or pause) is the slider's one key that is not a move.
 */
export const DATE_MOVES = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -12,
  PageUp: 12,
  Home: 'start',
  End: 'end',
} as const satisfies Record<string, number | 'start' | 'end'>;

export type DateMove = (typeof DATE_MOVES)[keyof typeof DATE_MOVES];

/** The move a key makes on the slider, or null for a key that is not one. */
export function dateMoveFor(key: string): DateMove | null {
  return Object.hasOwn(DATE_MOVES, key) ? DATE_MOVES[key as keyof typeof DATE_MOVES] : null;
}

/** The keys that make a move matching `which` (e.g. one month either way), in the table's order. */
export function dateKeysWhere(which: (move: DateMove) => boolean): string[] {
  return Object.entries(DATE_MOVES)
    .filter(([, move]) => which(move))
    .map(([key]) => key);
}
