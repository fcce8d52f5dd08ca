import { describe, expect, it } from 'vitest';
import { CITE_FORMATS, bibtex, bibtexText, citations } from '../../../src/export/cite';
import { en } from '../../../src/i18n/messages/en';
import { ro } from '../../../src/i18n/messages/ro';
import { pl } from '../../../src/i18n/messages/pl';
import { tr } from '../../../src/i18n/messages/tr';
import { ru } from '../../../src/i18n/messages/ru';
import type { Messages } from '../../../src/i18n/messages/en';

const url = 'https://news.example/maps/epaa/#phase=3&site=redzikowo&map=4.2/50.1/17';
const input = {
  title: 'The map',
  view: 'Phase 3 (SM-3 Block IIA), Redzikowo selected',
  url,
  accessed: new Date('2026-09-05T10:00:00Z'),
  checked: 'Facts checked on 28 November 2026.',
  published: new Date('2026-11-28T00:00:00Z'),
};
const cite = citations(en, input);

/** Whether every brace in a BibTeX entry is closed, none too early. */
function balanced(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === '{') depth++;
    if (s[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('citation formats (English)', () => {
  it('plain text: “title”, view, publisher, facts checked, address and access date', () => {
    expect(cite.plain).toBe(
      `“The map”, Phase 3 (SM-3 Block IIA), Redzikowo selected. EPAA missile-defence map. Facts checked on 28 November 2026. ${url} (accessed 5 September 2026).`,
    );
    expect(citations(en, { ...input, checked: '' }).plain).toBe(
      `“The map”, Phase 3 (SM-3 Block IIA), Redzikowo selected. EPAA missile-defence map. ${url} (accessed 5 September 2026).`,
    );
  });

  it('APA, for a work without an author: Title: view [Interactive map]. (Year, Month day). Site. Retrieved Month day, year, from URL', () => {
    expect(cite.apa).toBe(
      `The map: Phase 3 (SM-3 Block IIA), Redzikowo selected [Interactive map]. (2026, November 28). EPAA missile-defence map. Retrieved September 5, 2026, from ${url}`,
    );
    // The record's date is when its facts were checked; without it, "n.d.".
    expect(citations(en, { ...input, checked: '', published: null }).apa).toMatch(/^The map: .* \[Interactive map\]\. \(n\.d\.\)\. EPAA missile-defence map\. Retrieved/);
  });

  it('MLA: “Title: view.” Site, URL. Accessed day Mon. year (abbreviated as MLA does)', () => {
    expect(cite.mla).toBe(
      `“The map: Phase 3 (SM-3 Block IIA), Redzikowo selected.” EPAA missile-defence map, ${url}. Facts checked on 28 November 2026. Accessed 5 Sept. 2026.`,
    );
    expect(citations(en, { ...input, accessed: new Date('2026-06-30T00:00:00Z') }).mla).toMatch(/Accessed 30 June 2026\.$/);
  });

  it('Chicago: Site. “Title: view.” Interactive map. Accessed Month day, year. URL.', () => {
    expect(cite.chicago).toBe(
      `EPAA missile-defence map. “The map: Phase 3 (SM-3 Block IIA), Redzikowo selected.” Interactive map. Facts checked on 28 November 2026. Accessed September 5, 2026. ${url}.`,
    );
  });

  it('BibTeX: one @misc entry with balanced braces, a key by date, and the fields a bibliography needs', () => {
    const b = cite.bibtex;
    expect(b.startsWith('@misc{epaa-map-2026-09-05,\n')).toBe(true);
    expect(b.endsWith('\n}')).toBe(true);
    expect(balanced(b)).toBe(true);
    const fields = Object.fromEntries([...b.matchAll(/^ {2}(\w+) = \{(.*)\},$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(fields)).toEqual(['title', 'author', 'howpublished', 'url', 'urldate', 'note']);
    expect(fields.title).toBe('{The map: Phase 3 (SM-3 Block IIA), Redzikowo selected}');
    expect(fields.author).toBe('{EPAA missile-defence map}');
    expect(fields.howpublished).toBe(`\\url{${url}}`);
    expect(fields.url).toBe(url);
    expect(fields.urldate).toBe('2026-09-05');
    expect(fields.note).toBe('Interactive map. Facts checked on 28 November 2026. Accessed 5 September 2026.');
  });

  it("BibTeX escapes LaTeX's special characters in text and keeps braces out of the address", () => {
    expect(bibtexText('A & B: 50% of $3 #1 a_b ~ ^ \\ {x}')).toBe('A \\& B: 50\\% of \\$3 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\{x\\}');
    const b = bibtex({ ...input, view: 'R&D {draft}', publisher: 'P', url: 'https://x/#a={b}' }, 'n');
    expect(balanced(b)).toBe(true);
    expect(b).toContain('title = {{The map: R\\&D \\{draft\\}}}');
    expect(b).toContain('url = {https://x/#a=%7Bb%7D}');
  });
});

describe('citation formats in every language', () => {
  const tables: Record<string, Messages> = { en, ro, pl, tr, ru };
  it.each(Object.keys(tables))('%s: every format names the title, the view, the publisher, the address, the check and the year', (lang) => {
    const strings = tables[lang]!;
    const all = citations(strings, input);
    for (const f of CITE_FORMATS) {
      const c = all[f];
      expect(c, `${lang} ${f}`).toContain('The map');
      expect(c, `${lang} ${f}`).toContain('Redzikowo selected');
      expect(c, `${lang} ${f}`).toContain(f === 'bibtex' ? 'EPAA' : strings.share.publisher);
      expect(c, `${lang} ${f}`).toContain(url);
      // APA gives the check's date as the work's date; the others say it in words.
      if (f === 'apa') expect(c, `${lang} ${f}`).toContain(`(2026, ${input.published.toLocaleDateString(lang === 'en' ? 'en-US' : strings.locale, { month: 'long', day: 'numeric', timeZone: 'UTC' })})`);
      else expect(c, `${lang} ${f}`).toContain('Facts checked on 28 November 2026.');
      // The map is not its own author: the title leads an APA entry.
      if (f === 'apa') expect(c.startsWith('The map: ')).toBe(true);
      expect(c, `${lang} ${f}`).toContain('2026');
      expect(c, `${lang} ${f}`).not.toMatch(/undefined|\.\.(?!\.)/);
    }
    expect(balanced(all.bibtex)).toBe(true);
    if (lang !== 'en') {
      // The words around the parts are the reader's, not English.
      expect(all.apa).not.toMatch(/Retrieved|n\.d\./);
      expect(all.mla).not.toContain('Accessed');
      expect(all.chicago).not.toContain('Interactive map');
      expect(all.plain).not.toContain('accessed');
      // The access date in words, in the language.
      expect(all.plain).toContain(input.accessed.toLocaleDateString(strings.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
    }
  });
});
