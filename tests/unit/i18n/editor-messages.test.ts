// The tour editor's own tables: every language has every key, in the same shape, and says
// something in its own words (not English left in place).
import { describe, expect, it } from 'vitest';
import { editorEn } from '../../../src/i18n/editor/en';
import { editorRo } from '../../../src/i18n/editor/ro';
import { editorPl } from '../../../src/i18n/editor/pl';
import { editorTr } from '../../../src/i18n/editor/tr';
import { editorRu } from '../../../src/i18n/editor/ru';
import { loadEditorMessages } from '../../../src/i18n/editor/load';

const tables = { ro: editorRo, pl: editorPl, tr: editorTr, ru: editorRu };
/** The arguments each function is called with: numbers where it counts, text elsewhere. */
const args = (key: string, arity: number) => (['moveUp', 'moveDown'].includes(key) ? [3] : key === 'stepHeading' ? [3, 11] : key === 'fileLoaded' ? ['a.json', 5] : Array.from({ length: arity }, (_, i) => `ARG${i}`));
const say = (table: Record<string, unknown>, key: string) => {
  const v = table[key];
  return typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)(...args(key, v.length))) : String(v);
};

describe("the tour editor's tables", () => {
  it.each(Object.entries(tables))('%s has every key, in the same shape, every text filled in', (_, table) => {
    const t = table as Record<string, unknown>;
    expect(Object.keys(t).sort()).toEqual(Object.keys(editorEn).sort());
    for (const [key, value] of Object.entries(editorEn)) {
      expect(typeof t[key], key).toBe(typeof value);
      if (typeof value === 'function') expect((t[key] as () => unknown).length, key).toBe(value.length);
      const text = say(t, key);
      expect(text.trim(), key).not.toBe('');
      // Each argument ends up in the text.
      if (typeof value === 'function') for (const a of args(key, value.length)) expect(text, key).toContain(String(a));
    }
  });

  it.each(Object.entries(tables))('%s is translated (only key hints stay as in English)', (_, table) => {
    const same = Object.keys(editorEn).filter((k) => say(table as Record<string, unknown>, k) === say(editorEn, k));
    expect(same).toEqual(['undoHint']);
  });

  it('counts steps by each language’s plural rules', () => {
    expect(editorRu.fileLoaded('a', 1)).toContain('1 шаг.');
    expect(editorRu.fileLoaded('a', 3)).toContain('3 шага.');
    expect(editorRu.fileLoaded('a', 12)).toContain('12 шагов.');
    expect(editorRu.fileLoaded('a', 22)).toContain('22 шага.');
    expect(editorPl.fileLoaded('a', 2)).toContain('2 kroki.');
    expect(editorPl.fileLoaded('a', 5)).toContain('5 kroków.');
    expect(editorPl.fileLoaded('a', 13)).toContain('13 kroków.');
    expect(editorRo.fileLoaded('a', 21)).toContain('21 de pași.');
    expect(editorEn.fileLoaded('a', 1)).toContain('1 step.');
  });

  it('loads the table of the language asked for', async () => {
    expect(await loadEditorMessages('ru')).toBe(editorRu);
    expect(await loadEditorMessages('en')).toBe(editorEn);
  });
});
