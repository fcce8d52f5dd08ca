/**
 * What the keyboard help lists in each mode: the keys and what they do, in the reader's language.
 * The briefing's keys come from its own key table (ui/briefing-keys.ts), so the list cannot drift
 * from what the keys do. Pure, so each mode's list has a unit test.
 */
import { keysFor } from './briefing-keys';
import type { BriefingAction } from './briefing-keys';
import type { Messages } from '../i18n/messages/en';
import { dateKeysWhere } from './date-keys';

export type HelpMode = 'map' | 'list' | 'measure' | 'briefing';

/** One line of the list: the keys that do it (each one key, or a combination) and what it does. */
export interface KeyRow {
  keys: string[][];
  action: string;
}

const ARROWS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

/** A `KeyboardEvent.key` as printed on the key: arrows as arrows, letters as capitals, Escape as Esc. */
export function keyName(key: string, strings: Messages): string {
  if (key === ' ') return strings.takeAway.keys.space;
  if (key === 'Escape') return 'Esc';
  return ARROWS[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

export function keyRows(mode: HelpMode, strings: Messages): KeyRow[] {
  const t = strings.takeAway.keys;
  const one = (...keys: string[]) => keys.map((k) => [keyName(k, strings)]);
  const tab: KeyRow = { keys: [['Tab'], ['Shift', 'Tab']], action: t.tab };
  const help: KeyRow = { keys: [['?']], action: t.help };
  const activate = one('Enter', ' ');
  // The date slider sits beside both the map and the list view.
  const date: KeyRow[] = [
    { keys: one(...dateKeysWhere((m) => m === 1 || m === -1)), action: t.dateMonth },
    { keys: one(...dateKeysWhere((m) => m === 12 || m === -12)), action: t.dateYear },
    { keys: one(...dateKeysWhere((m) => typeof m === 'string')), action: t.dateEnds },
    { keys: one(' '), action: t.datePlay },
  ];
  switch (mode) {
    case 'map':
      return [
        tab,
        { keys: one('ArrowLeft', 'ArrowRight'), action: t.siteEastWest },
        { keys: one('ArrowUp', 'ArrowDown'), action: t.siteNorthSouth },
        { keys: one('Home', 'End'), action: t.siteEnds },
        { keys: activate, action: t.activate },
        { keys: one('Escape'), action: t.close },
        { keys: ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].map((k) => ['Shift', keyName(k, strings)]), action: t.pan },
        { keys: [['+'], ['−']], action: t.zoom },
        ...date,
        help,
      ];
    case 'list':
      return [tab, { keys: activate, action: t.listSelect }, { keys: one('Escape'), action: t.close }, ...date, help];
    case 'measure':
      return [
        tab,
        { keys: one('ArrowUp', 'ArrowDown'), action: t.measureMenus },
        { keys: activate, action: t.measurePick },
        { keys: one('Escape'), action: t.measureStop },
        help,
      ];
    case 'briefing': {
      // Each action's keys, once each (f and F are one key).
      const keys = (type: BriefingAction['type']) => [...new Set(keysFor(type).map((k) => keyName(k, strings)))].map((k) => [k]);
      return [
        { keys: keys('next'), action: t.next },
        { keys: keys('prev'), action: t.previous },
        { keys: [...keys('first'), ...keys('last')], action: t.ends },
        { keys: [['1–9']], action: t.digits },
        { keys: keys('fullscreen'), action: t.fullscreen },
        { keys: keys('blackout'), action: t.blackout },
        { keys: keys('presenter'), action: t.presenter },
        { keys: [['Ctrl', 'P']], action: t.handout },
        { keys: keys('exit'), action: t.exit },
        help,
      ];
    }
  }
}
