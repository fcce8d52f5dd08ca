/**
 * What each key does in a briefing, including the keys presentation clickers send
 * (PageUp/PageDown, and "." or B for a black screen). Pure, so every key has a unit test.
 */
export type BriefingAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: number }
  | { type: 'fullscreen' }
  | { type: 'blackout' }
  | { type: 'presenter' }
  | { type: 'exit' };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const BY_KEY: Record<string, BriefingAction> = {
  ArrowRight: { type: 'next' },
  ArrowDown: { type: 'next' },
  PageDown: { type: 'next' },
  ' ': { type: 'next' },
  Enter: { type: 'next' },
  ArrowLeft: { type: 'prev' },
  ArrowUp: { type: 'prev' },
  PageUp: { type: 'prev' },
  Backspace: { type: 'prev' },
  Home: { type: 'first' },
  End: { type: 'last' },
  f: { type: 'fullscreen' },
  F: { type: 'fullscreen' },
  b: { type: 'blackout' },
  B: { type: 'blackout' },
  '.': { type: 'blackout' },
  s: { type: 'presenter' },
  S: { type: 'presenter' },
  Escape: { type: 'exit' },
};

/** The keys that do an action, as `KeyboardEvent.key` values, in the table's order (for the keyboard help). */
export function keysFor(type: BriefingAction['type']): string[] {
  return Object.entries(BY_KEY).filter(([, a]) => a.type === type).map(([key]) => key);
}

/** The action for a key press, or null to leave the key to the browser (Ctrl+P, Alt+Tab…). */
export function actionForKey(e: KeyLike): BriefingAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (/^[0-9]$/.test(e.key)) return { type: 'digit', digit: Number(e.key) };
  return BY_KEY[e.key] ?? null;
}

/**
 * Digits jump to a step at once; a second digit typed soon after makes a two-digit number when
 * such a step exists ("1" then "2" goes to step 1, then to step 12).
 */
export function stepForDigits(previous: string, digit: number, count: number): { step: number | null; buffer: string } {
  const joined = previous + String(digit);
  if (previous && Number(joined) >= 1 && Number(joined) <= count) return { step: Number(joined), buffer: '' };
  if (digit >= 1 && digit <= count) return { step: digit, buffer: String(digit) };
  return { step: null, buffer: '' };
}

export function clampStep(step: number, count: number): number {
  return Math.min(Math.max(1, Math.round(step)), Math.max(1, count));
}
