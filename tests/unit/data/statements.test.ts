/**
 * Every published statement against the checked record in docs/reference/: its words word for
 * word in its own entry (the article's in the article), its translator and its verification as
 * the entry says, and nothing published that the record marks UNVERIFIED unless confirmed.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate-all';
import type { Statement } from '../../../src/data/schema';
import { realFiles, reference } from '../helpers';

const data = validateDataset(realFiles());
const corpus = reference('STATEMENTS.md');
const article = reference('source-article.md');

/** The record's entries by id: the text from "### N. `id`" to the next entry. */
const entries = new Map(
  corpus
    .split(/^### \d+\. /m)
    .slice(1)
    .map((e) => [/^`([^`]+)`/.exec(e)![1]!, e.split(/^## /m)[0]!] as const),
);

/** A quote's passages: two passages of one statement are joined by " … ". */
const passages = (quote: string) => quote.split(' … ');
/** Whether every passage is in the text, word for word. */
const verbatimIn = (text: string, quote: string) => passages(quote).every((p) => text.includes(p));
/** The entry's status: VERIFIED, VERIFIED-IN-TRANSLATION or UNVERIFIED. */
const statusOf = (entry: string) => /\*\*Status:\*\* (VERIFIED-IN-TRANSLATION|VERIFIED|UNVERIFIED)/.exec(entry)?.[1];

const fromRecord = data.statements.filter((s) => entries.has(s.id));
const fromArticle = data.statements.filter((s) => !entries.has(s.id));

describe('statements word for word', () => {
  it('the record has its entries, and each published statement is from the record or the article', () => {
    expect(entries.size).toBe(35);
    expect(fromRecord.length).toBeGreaterThanOrEqual(29);
    for (const s of fromArticle) expect(verbatimIn(article, s.quote), `${s.id} is neither an entry of the record nor in the article`).toBe(true);
  });

  it.each(fromRecord.map((s) => [s.id, s] as const))('%s: its words are in its entry, word for word', (id, s) => {
    const entry = entries.get(id)!;
    expect(verbatimIn(entry, s.quote), s.quote).toBe(true);
    // An institution's or an agency's English is theirs word for word too; ours is not in the record.
    if (s.english && s.english.translatedBy.kind !== 'us') expect(verbatimIn(entry, s.english.text), s.english.text).toBe(true);
  });

  it.each(fromArticle.map((s) => [s.id, s] as const))('%s: its words are in the article, word for word', (_id, s) => {
    expect(verbatimIn(article, s.quote)).toBe(true);
  });

  it('a changed word is not found', () => {
    for (const s of [...fromRecord, ...fromArticle]) {
      const words = s.quote.split(' ');
      const i = Math.floor(words.length / 2);
      const changed = [...words.slice(0, i), `${words[i]}x`, ...words.slice(i + 1)].join(' ');
      expect(verbatimIn(entries.get(s.id) ?? article, changed), s.id).toBe(false);
    }
  });
});

describe('verification and translators as the record says', () => {
  const published = new Set(data.statements.map((s) => s.id));

  it.each(fromRecord.map((s) => [s.id, s] as const))('%s: its verification matches the entry', (id, s: Statement) => {
    const status = statusOf(entries.get(id)!);
    if (status === 'UNVERIFIED') {
      expect(s.verification).toBe('confirmed');
      expect(s.confirmedHow).toBeTruthy();
    } else {
      expect(s.verification).toBe(status === 'VERIFIED' ? 'verified' : 'verified-in-translation');
    }
    // Words the speaker said in another language, read in an English translation, name who made it.
    if (s.verification === 'verified-in-translation') expect(s.translatedBy && s.spokenIn, id).toBeTruthy();
    // An agency is named in the entry; an institution's English is the entry's official or Kremlin's English.
    for (const by of [s.translatedBy, s.english?.translatedBy]) {
      if (by?.kind === 'agency') expect(entries.get(id)!).toContain(by.name);
      if (by?.kind === 'institution') expect(entries.get(id)!).toMatch(/official English|Kremlin's English/);
    }
  });

  it('every VERIFIED and VERIFIED-IN-TRANSLATION entry is published; an UNVERIFIED one only when confirmed', () => {
    for (const [id, entry] of entries) {
      const status = statusOf(entry);
      if (status === 'UNVERIFIED') expect(published.has(id), id).toBe(data.statements.some((s) => s.id === id && s.verification === 'confirmed'));
      else expect(published.has(id), `${id} (${status}) is not published`).toBe(true);
    }
  });
});
