/** Whether the reader asked for less motion: flights become jumps, fades become cuts. */
export const prefersReducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
