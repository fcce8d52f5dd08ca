import { describe, expect, it } from 'vitest';
import { keyName, keyRows } from '../../../src/ui/key-help';
import type { HelpMode } from '../../../src/ui/key-help';
import { dateMoveFor } from '../../../src/ui/date-keys';
import { actionForKey } from '../../../src/ui/briefing-keys';
import { en } from '../../../src/i18n/messages/en';
import { ro } from '../../../src/i18n/messages/ro';
import { pl } from '../../../src/i18n/messages/pl';
import { tr } from '../../../src/i18n/messages/tr';
import { ru } from '../../../src/i18n/messages/ru';

// The month slider's keys, beside the map and the list alike.
const DATE = ['←', '↓', '→', '↑', 'PageDown', 'PageUp', 'Home', 'End', 'Space'];

const listed = (mode: HelpMode, strings = en) => keyRows(mode, strings).flatMap((r) => r.keys.map((k) => k.join('+')));

describe('keyboard help', () => {
  it('names keys as they are printed: arrows, capitals, Esc, and Space in the reader\'s language', () => {
    expect(keyName('ArrowLeft', en)).toBe('←');
    expect(keyName('f', en)).toBe('F');
    expect(keyName('Escape', en)).toBe('Esc');
    expect(keyName(' ', en)).toBe('Space');
    expect(keyName(' ', ru)).toBe('Пробел');
    expect(keyName('PageDown', en)).toBe('PageDown');
  });

  it('on the map: Tab, the arrows between sites, Home/End, Enter, Esc, the map\'s own pan and zoom, and ?', () => {
    expect(listed('map')).toEqual(['Tab', 'Shift+Tab', '←', '→', '↑', '↓', 'Home', 'End', 'Enter', 'Space', 'Esc', 'Shift+←', 'Shift+→', 'Shift+↑', 'Shift+↓', '+', '−', ...DATE, '?']);
  });

  it('in the list view and while measuring, their own keys', () => {
    expect(listed('list')).toEqual(['Tab', 'Shift+Tab', 'Enter', 'Space', 'Esc', ...DATE, '?']);
    expect(keyRows('measure', en).map((r) => r.action)).toEqual([en.takeAway.keys.tab, en.takeAway.keys.measureMenus, en.takeAway.keys.measurePick, en.takeAway.keys.measureStop, en.takeAway.keys.help]);
  });

  it('the month slider: every key it answers to is listed, with what it does', () => {
    const rows = keyRows('map', en);
    const month = rows.find((r) => r.action === en.takeAway.keys.dateMonth)!;
    expect(month.keys.flat()).toEqual(['←', '↓', '→', '↑']);
    expect(rows.find((r) => r.action === en.takeAway.keys.dateYear)!.keys.flat()).toEqual(['PageDown', 'PageUp']);
    for (const k of ['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']) expect(dateMoveFor(k), k).not.toBeNull();
    expect(dateMoveFor('a')).toBeNull();
    expect(dateMoveFor('toString')).toBeNull();
  });

  it('in the briefing, every key the briefing answers to, from its own key table, once each', () => {
    const keys = listed('briefing');
    expect(new Set(keys).size).toBe(keys.length);
    const all = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'Home', 'End', 'f', 'F', 'b', 'B', '.', 's', 'S', 'Escape'];
    for (const k of all) {
      expect(actionForKey({ key: k }), k).not.toBeNull();
      expect(keys, k).toContain(keyName(k, en));
    }
    expect(keys).toEqual(expect.arrayContaining(['1–9', 'Ctrl+P', '?']));
  });

  it.each(Object.entries({ en, ro, pl, tr, ru }))('%s: every line says what it does, in the language', (lang, strings) => {
    for (const mode of ['map', 'list', 'measure', 'briefing'] as const) {
      const rows = keyRows(mode, strings);
      expect(rows.length).toBeGreaterThan(3);
      for (const r of rows) {
        expect(r.action.trim()).not.toBe('');
        expect(r.keys.length).toBeGreaterThan(0);
      }
      if (lang !== 'en') expect(rows.map((r) => r.action)).not.toContain(en.takeAway.keys.help);
    }
  });
});
