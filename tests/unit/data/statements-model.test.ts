import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem, validateFiles } from '../../../src/data/validate';
import { statement } from '../../../src/data/statement-schema';
import { validateDataset } from '../../../src/data/validate-all';
import { realFiles, root } from '../helpers';

/** The real data with the statements of a deliberately broken fixture. */
const withStatements = (fixture: string) => validateDataset({ ...realFiles(), 'statements.json': readFileSync(`${root}tests/fixtures/${fixture}`, 'utf8') });

describe('the statement model: one clear message per broken record', () => {
  const data = withStatements('statements-model-broken.json');
  const messages = data.problems.map(describeProblem);

  it('names the record and field of each problem, in the words a data editor needs', () => {
    expect(messages).toEqual([
      'geodata/statements.json, record "translation-without-translator", field "translatedBy": a translation needs its translator',
      'geodata/statements.json, record "no-original-language", field "lang": is missing',
      'geodata/statements.json, record "no-side", field "sides": a quote needs the side it speaks for',
      'geodata/statements.json, record "no-english", field "english": an English translation is given exactly when the words are not in English',
      'geodata/statements.json, record "confirmed-without-how", field "confirmedHow": how it was confirmed is given exactly when it is "confirmed"',
      'geodata/statements.json, record "unknown-source-and-site", field "source": names source "nowhere-2024", which is not in geodata/sources.json',
      'geodata/statements.json, record "unknown-source-and-site", field "sites[0]": names site "atlantis", which is not in geodata/sites.geojson',
    ]);
  });

  it('keeps the valid records, a dangling link dropped and the rest kept', () => {
    expect(data.statements.map((s) => s.id)).toEqual(['fine', 'unknown-source-and-site']);
    const dangling = data.statements.find((s) => s.id === 'unknown-source-and-site')!;
    expect(dangling.sites).toEqual(['kurecik']);
    expect(dangling.source).toBe('nowhere-2024');
  });

  it('gives the English beside a quote in another language, with who made it', () => {
    const fine = data.statements.find((s) => s.id === 'fine')!;
    expect(fine.translation).toBe('The words as they are');
    expect(fine.translationBy).toEqual({ kind: 'us' });
  });

  it('a translator of the words needs the language they were said in, and another than theirs', () => {
    const edited = JSON.parse(readFileSync(`${root}tests/fixtures/statements-model-broken.json`, 'utf8')) as Record<string, unknown>[];
    edited[0] = { ...edited[0], translatedBy: { kind: 'agency', name: 'An agency' } };
    const problems = validateDataset({ ...realFiles(), 'statements.json': JSON.stringify(edited.slice(0, 1)) }).problems.map(describeProblem);
    expect(problems).toEqual(['geodata/statements.json, record "fine", field "spokenIn": names a translator, but "spokenIn" does not give another language the words were said in']);
  });

  it('the real statements are valid, every side heard, and are read by date', () => {
    const real = validateDataset(realFiles());
    expect(real.problems.map(describeProblem)).toEqual([]);
    const sides = new Set(real.statements.flatMap((s) => s.sides ?? []));
    expect([...sides].sort()).toEqual(['iran', 'nato', 'poland', 'romania', 'russia', 'spain', 'turkey', 'us']);
    const dates = real.statements.map((s) => s.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('without statements.json the first view has none, and says it has not read them', () => {
    const files = realFiles();
    delete files['statements.json'];
    const first = validateDataset(files);
    expect(first.statementsRead).toBe(false);
    expect(first.statements).toEqual([]);
    expect(first.problems).toEqual([]);
    expect(validateDataset(realFiles()).statementsRead).toBe(true);
  });

  it('without their schema (the first view\'s validation) the statements are left unread, not reported broken', () => {
    const first = validateFiles(realFiles(), null);
    expect(first.statementsRead).toBe(false);
    expect(first.statements).toEqual([]);
    expect(first.problems).toEqual([]);
    // With it, the same files give every statement.
    expect(validateFiles(realFiles(), statement).statements).toEqual(validateDataset(realFiles()).statements);
    expect(validateDataset(realFiles()).statements.length).toBeGreaterThan(30);
  });
});
