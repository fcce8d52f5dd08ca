/** Marked when the first map of the page is idle: `npm run bench` measures navigation to it. */
export const FIRST_IDLE_MARK = 'map-first-idle';
