// The data must agree with the editors' checked facts (docs/reference/FACTS.md) and quote the
// article (docs/reference/source-article.md) word for word.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate';
import { realFiles, reference } from '../helpers';

const data = validateDataset(realFiles());

describe('geodata against FACTS.md', () => {
  const facts = reference('FACTS.md');
  // Rows of the sites table: | id | name | country | lat | lon | ...
  const rows = [...facts.matchAll(/^\| ([a-z]+) \| [^|]+ \| [^|]+ \| (-?\d+\.\d+) \| (-?\d+\.\d+) \|/gm)];

  it('finds the five site rows in FACTS.md', () => {
    expect(rows.map((r) => r[1]).sort()).toEqual(data.sites.map((s) => s.id).sort());
  });

  it.each(rows.map((r) => [r[1]!, Number(r[2]), Number(r[3])] as const))('%s has the checked coordinates', (id, lat, lon) => {
    const site = data.sites.find((s) => s.id === id);
    expect(site?.lat).toBe(lat);
    expect(site?.lon).toBe(lon);
  });
});

describe('statements quote source-article.md word for word', () => {
  const article = reference('source-article.md');
  it.each(data.statements.map((s) => [s.id, s.quote] as const))('%s', (_id, quote) => {
    expect(article).toContain(quote);
  });

  it('the article source is dated 12 January 2012', () => {
    const cited = new Set(data.statements.map((s) => s.source));
    expect(cited.size).toBe(1);
    const source = data.sources.find((s) => cited.has(s.id));
    expect(source?.date).toBe('2012-01-12');
    for (const s of data.statements) expect(s.date).toBe('2012-01-12');
  });
});
