// The data must agree with the editors' checked facts (docs/reference/FACTS.md) and quote the
// article (docs/reference/source-article.md) word for word: every dated event with the sources
// that say it, in both directions, each status and its sources, the phases' wording and which
// fact sheet it is credited to, the marks of uncertainty, and the dates and numbers of the tour.
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate-all';
import type { DatedEvent, Site, Source } from '../../../src/data/schema';
import { realFiles, reference, shippedTours } from '../helpers';
import { withLookups } from '../../../src/data/app-data';
import { findDates, findNumbers, matchSource, paragraphWith, parseCitations, splitTop, stems, tableAfter, topParens, words } from './facts-reference';

const data = validateDataset(realFiles());
const facts = reference('FACTS.md');
const ids = (sources: Source[]) => sources.map((s) => s.id).sort();
const site = (id: string) => data.sites.find((s) => s.id === id)!;

/**
 * The sources a FACTS.md cell names, as records of sources.json; of sources it offers as
 * examples ("e.g. A, or B"), those the data has, at least one.
 */
const cited = (cell: string, context: string, when?: string) => {
  const all = parseCitations(cell);
  const found = all.flatMap((c) => {
    if (!c.alternative) return [matchSource(c, data.sources, context, when)];
    try {
      return [matchSource(c, data.sources, context, when)];
    } catch {
      return [];
    }
  });
  if (all.some((c) => c.alternative) && !found.length) throw new Error(`none of the sources "${cell}" offers is in sources.json`);
  return ids(found);
};

// The dated-events table: | site / phase | date | event | sources that say it |
interface Row {
  site: string;
  date: string;
  to?: string;
  event: string;
  cell: string;
  sources: string[];
  /** What the row says of its certainty, when anything. */
  flagged: 'sources-differ' | 'unconfirmed' | 'secondary' | 'single-source' | null;
}
const rows: Row[] = tableAfter(facts, /^## Dated events/).map(([who, when, event, cell]) => {
  // "2018 (early; first reported Apr 2018)": the parenthesis says more of the date, not a second one.
  const [date, to] = [...when!.replace(/\(.*\)/, '').matchAll(/\d{4}(?:-\d{2}(?:-\d{2})?)?/g)].map((m) => m[0]);
  const flagged = /sources differ/i.test(event!)
    ? 'sources-differ'
    : /UNCONFIRMED/.test(event!)
      ? 'unconfirmed'
      : /secondary/i.test(cell!)
        ? 'secondary'
        : /\bOne source: mark it\b/i.test(cell!)
          ? 'single-source'
          : null;
  return { site: who!, date: date!, ...(to ? { to } : {}), event: event!, cell: cell!, sources: cited(cell!, `${who} ${event}`, date), flagged };
});
const rowsOf = (siteId: string) => rows.filter((r) => r.site === siteId);
const rowFor = (siteId: string, e: Pick<DatedEvent, 'date' | 'to'>) => rows.find((r) => r.site === siteId && r.date === e.date && r.to === e.to);

/** Dates a row gives: its date cell and every date written in its event and sources. */
const rowDates = (r: Row) => [r.date, ...(r.to ? [r.to] : []), ...findDates(`${r.event} ${r.cell}`).map((d) => d.iso)];

describe('the sites table', () => {
  const siteRows = tableAfter(facts, /^## Sites/);

  it('has the five sites, with the checked coordinates', () => {
    expect(siteRows.map((r) => r[0]).sort()).toEqual(data.sites.map((s) => s.id).sort());
    for (const [id, , , lat, lon] of siteRows) {
      expect(site(id!).lat, id).toBe(Number(lat));
      expect(site(id!).lon, id).toBe(Number(lon));
    }
  });

  it('gives each site its phases ("2 onward" is every later phase that was not cancelled)', () => {
    for (const r of siteRows) {
      const m = /^(\d+)( onward)?/.exec(r[7]!)!;
      const from = Number(m[1]);
      const want = m[2] ? data.phases.filter((p) => p.id >= from && p.outcome !== 'cancelled').map((p) => p.id) : [from];
      expect(site(r[0]!).phases, r[0]).toEqual(want);
    }
  });

  it('marks a position that FACTS.md says to show with its caveat, and no other', () => {
    const para = paragraphWith(facts, /^Coordinate sources/);
    const sentence = para.split(/(?<=\.)\s+(?=[A-Z])/).find((s) => /show its position as/.test(s))!;
    // "Rota's position rests on one source (…): mark it single-source as Kürecik's is."
    const status = paragraphWith(facts, /^Status lines must say when/).split(/(?<=\.)\s+(?=[A-Z])/);
    const alsoOne = status.filter((x) => /position rests on one source/.test(x));
    for (const s of data.sites) {
      const one = alsoOne.find((x) => x.startsWith(s.name));
      expect(Boolean(s.positionCertainty), s.id).toBe(sentence.includes(s.name) || one !== undefined);
      if (one === undefined) continue;
      expect(s.positionCertainty!.kind, s.id).toBe('single-source');
      for (const n of findNumbers(one)) expect(findNumbers(s.positionCertainty!.note), s.id).toContain(n);
    }
    const marked = data.sites.find((s) => s.positionCertainty)!;
    expect(marked.positionCertainty!.kind).toBe('single-source');
    // The crowd-sourced list is named as the weak second source, not as a source of the position.
    expect(marked.positionCertainty!.sources?.map((id) => data.sources.find((s) => s.id === id)!.publisher)).toEqual(['zone-interdite.net']);
    expect(marked.positionCertainty!.note).toMatch(/0\.1 km/);
  });
});

describe('every dated event against the table, both ways', () => {
  it('reads every row of the table, and finds each source it names in sources.json', () => {
    expect(rows.length).toBeGreaterThanOrEqual(36);
    for (const r of rows) expect(r.sources.length, `${r.site} ${r.date}`).toBeGreaterThan(0);
  });

  it('each row is one event of its site, credited to exactly the sources of the row', () => {
    for (const r of rows) {
      const events = site(r.site).dates.filter((e) => e.date === r.date && e.to === r.to);
      expect(events.length, `${r.site} ${r.date}: ${r.event}`).toBe(1);
      expect([...events[0]!.sources].sort(), `${r.site} ${r.date}`).toEqual(r.sources);
    }
  });

  it("each site's event is a row of the table, about the same thing", () => {
    for (const s of data.sites) {
      for (const e of s.dates) {
        const r = rowFor(s.id, e);
        expect(r, `${s.id} ${e.date} "${e.text}" is not in the table`).toBeDefined();
        const shared = [...stems(e.text)].filter((w) => stems(r!.event).has(w));
        expect(shared.length, `${s.id} ${e.date}: "${e.text}" against "${r!.event}"`).toBeGreaterThan(0);
        // A date the text states (a departure, an approval) is one the row gives.
        for (const d of findDates(e.text)) expect(rowDates(r!).some((x) => x.startsWith(d.iso)), `${s.id} ${e.date}: ${d.iso}`).toBe(true);
      }
    }
  });

  it("each phase's event is its site's row (same date, same sources), or a result the phases table credits", () => {
    const phaseRows = tableAfter(facts, /^## The four EPAA phases/);
    for (const p of data.phases) {
      for (const e of p.actual) {
        const what = `phase ${p.id} ${e.date} "${e.text}"`;
        if (e.site !== undefined) {
          const r = rowFor(e.site, e);
          expect(r, what).toBeDefined();
          expect([...e.sources].sort(), what).toEqual(r!.sources);
          expect(Boolean(e.certainty), `${what}: mark`).toBe(r!.flagged !== null);
          continue;
        }
        // Not a site's event: the phase's "what happened" cell states it and names its source.
        const cell = phaseRows.find((r) => Number(r[0]) === p.id)![4]!;
        expect(findDates(cell).map((d) => d.iso), what).toContain(e.date);
        const credits = [...cell.matchAll(/\(([^()]+)\)/g)].flatMap((m) => {
          try {
            return parseCitations(m[1]!).map((c) => matchSource(c, data.sources, cell).id);
          } catch {
            return []; // a parenthesis that is not a citation ("Defense Secretary Hagel")
          }
        });
        // Or a line of the phases' section records it ("Record it as a phase 1 event with
        // those sources"): its parenthesis names them, each quotation it gives left out.
        const recorded = facts.split('\n').find((line) => new RegExp(`Record it as a phase ${p.id} event`).test(line));
        const named = credits.length || !recorded
          ? credits
          : topParens(recorded)
              .filter((x) => findDates(x).length > 0)
              .flatMap((x) => parseCitations(x.replace(/:\s*"[^"]*"/g, '')).map((c) => matchSource(c, data.sources, recorded).id));
        if (recorded && !credits.length) expect(findDates(recorded).map((d) => d.iso), what).toContain(e.date);
        expect(named.length, what).toBeGreaterThan(0);
        expect([...e.sources].sort(), what).toEqual(named.sort());
      }
    }
  });

  it('marks exactly the events whose row says the sources differ, the day is unconfirmed, or the source is secondary', () => {
    for (const r of rows) {
      const e = site(r.site).dates.find((x) => x.date === r.date && x.to === r.to)!;
      expect(Boolean(e.certainty), `${r.site} ${r.date}`).toBe(r.flagged !== null);
      if (r.flagged === 'sources-differ') expect(e.certainty!.kind).toBe('sources-differ');
      if (r.flagged === 'secondary') expect(e.certainty!.note).toMatch(/secondary/);
      if (r.flagged === 'single-source') expect(e.certainty!.kind).toBe('single-source');
    }
  });
});

describe('statuses', () => {
  const para = paragraphWith(facts, /^Status lines must say when/);
  const checkedOn = /checked on (\d{4}-\d{2}-\d{2})/.exec(para)![1]!;

  it('each says when it was checked, as FACTS.md gives', () => {
    for (const s of data.sites) expect(s.statusChecked, s.id).toBe(checkedOn);
  });

  /**
   * Rows of the site whose date the status states: "since 15 October 2024" is that day's row,
   * "about January 2012" the row of that month, a year alone every row of that year.
   */
  const statedRows = (s: Site) =>
    findDates(s.status).flatMap((d) => {
      // "back in service on 9 August 2019" is the end of a span ("2019-04 -> 2019-08-09").
      const exact = rowsOf(s.id).filter((x) => x.date === d.iso || x.to === d.iso);
      const found = exact.length ? exact : rowsOf(s.id).filter((x) => x.date.startsWith(d.iso));
      // "as said in 2013 and in a 2023 report": the date of a source the status credits.
      const ofSource = s.statusSources.some((id) => data.sources.find((x) => x.id === id)?.date?.startsWith(d.iso));
      if (!found.length && ofSource) return [];
      expect(found.length, `${s.id}: the status's date ${d.iso} is no row of the site`).toBeGreaterThan(0);
      return d.iso.length === 4 ? found : found.slice(0, 1);
    });

  it('each date a status states is an event of its site, and the status is credited to those events\' sources', () => {
    for (const s of data.sites) {
      const stated = statedRows(s);
      expect(stated.length, `${s.id} states no date`).toBeGreaterThan(0);
      const required = new Set(stated.flatMap((r) => r.sources));
      for (const id of required) expect(s.statusSources, `${s.id} status lacks ${id}`).toContain(id);
      // Or the status paragraph asks for the mark on words of the status: mark "a sixth is planned" as "sources differ".
      const asked = [...para.matchAll(/mark "([^"]+)" as "sources differ"/g)].some((m) => s.status.toLowerCase().includes(m[1]!.toLowerCase()));
      const differ = asked || stated.some((r) => r.flagged === 'sources-differ');
      expect(s.statusCertainty?.kind, s.id).toBe(differ ? 'sources-differ' : undefined);
    }
  });

  it("credits no source that FACTS.md does not give for the site (its rows, or the paragraph on today's status)", () => {
    // A source the status paragraph names: its publisher and its date's year are both in it.
    const inParagraph = (src: Source) => para.includes(src.publisher) && (!src.date || para.includes(src.date.slice(0, 4)));
    for (const s of data.sites) {
      const allowed = new Set(rowsOf(s.id).flatMap((r) => r.sources));
      for (const id of [...s.statusSources, ...s.sources]) {
        const src = data.sources.find((x) => x.id === id)!;
        const named = allowed.has(id) || (para.includes(s.name) && inParagraph(src));
        expect(named, `${s.id} credits ${id}`).toBe(true);
      }
    }
  });
});

describe('the phases: wording and which fact sheet says it', () => {
  const phaseRows = tableAfter(facts, /^## The four EPAA phases/);
  const heading = facts.split('\n').find((l) => /^## The four EPAA phases/.test(l))!;
  // "(White House fact sheet, 17 Sep 2009; restated 15 Sep 2011)"
  const [sheet2009, sheet2011] = findDates(heading).map((d) => matchSource({ text: heading, words: words('White House fact sheet'), date: d.iso }, data.sources, heading).id);
  const ANNOTATION = new Set(['2009', '2011', 'wording', 'none', 'named', 'not', 'found']);
  const sameWording = (dataText: string, cell: string) =>
    expect(words(dataText)).toEqual(new Set([...words(cell)].filter((w) => !ANNOTATION.has(w))));

  it('finds both fact sheets in sources.json', () => {
    expect(sheet2009).toBeDefined();
    expect(sheet2011).toBeDefined();
    expect(sheet2009).not.toBe(sheet2011);
  });

  it.each(phaseRows.map((r) => [Number(r[0]), r] as const))('phase %i: year, interceptor and sensors as FACTS.md words them', (id, r) => {
    const p = data.phases.find((x) => x.id === id)!;
    expect(p.plannedYear).toBe(Number(r[1]));
    sameWording(p.interceptor, r[2]!);
    const sensors = r[3]!;
    if (/wording not found/.test(sensors)) expect(p.sensors).toBeUndefined();
    else sameWording(p.sensors!, /2011:/.test(sensors) ? sensors.split('2011:')[1]! : sensors);
  });

  it.each(phaseRows.map((r) => [Number(r[0]), r] as const))('phase %i: each field credited to the fact sheet that says it', (id, r) => {
    const p = data.phases.find((x) => x.id === id)!;
    // The 2011 sheet's words are marked "2011" in a cell; where the 2009 wording of a phase was
    // not found at all, every field of it is the 2011 sheet's.
    const notIn2009 = r.some((c) => /2009 wording not found/.test(c));
    const sheetFor = (cell: string) => (notIn2009 || /\b2011( wording|:)/.test(cell) ? sheet2011 : sheet2009);
    expect(p.plannedSources.plannedYear).toEqual([sheetFor(r[1]!)]);
    expect(p.plannedSources.interceptor).toEqual([sheetFor(r[2]!)]);
    expect(p.plannedSources.sensors).toEqual(p.sensors === undefined ? undefined : [sheetFor(r[3]!)]);
  });

  it('each outcome summary states only what the phase row says happened', () => {
    for (const r of phaseRows) {
      const p = data.phases.find((x) => x.id === Number(r[0]))!;
      const said = findDates(r[4]!).map((d) => d.iso);
      for (const d of findDates(p.outcomeSummary)) expect(said.some((x) => x.startsWith(d.iso)), `phase ${p.id}: ${d.iso}`).toBe(true);
      const numbers = findNumbers(r.join(' '));
      for (const n of findNumbers(p.outcomeSummary)) expect(numbers, `phase ${p.id}: ${n}`).toContain(n);
    }
  });
});

describe('the source article and its statements', () => {
  const article = reference('source-article.md');
  // The article's statements: those citing the source most statements cite (as the app finds it).
  const articleSource = withLookups(data).article!;
  const fromArticle = data.statements.filter((s) => s.source === articleSource.id);
  const about = paragraphWith(facts, /publication date and byline/);
  const normal = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');

  it.each(fromArticle.map((s) => [s.id, s.quote] as const))('%s is word for word in the article', (_id, quote) => {
    expect(article).toContain(quote);
  });

  it('the statements carry the breakfast date; the article is shown as published in that month, marked as not confirmed', () => {
    const breakfast = findDates(paragraphWith(facts, /breakfast with reporters on/))[0]!.iso;
    expect(fromArticle).toHaveLength(8);
    const source = articleSource;
    expect(about).toMatch(/"published January 2012"/);
    expect(source.date).toBe(breakfast.slice(0, 7));
    expect(source.certainty?.kind).toBe('unconfirmed');
    // What Tauscher said carries the day of the breakfast; the article's own sentences (a report)
    // only the month it was published in, since its day is not confirmed.
    for (const s of fromArticle) expect(s.date, s.id).toBe(s.kind === 'quote' ? breakfast : breakfast.slice(0, 7));
  });

  it('the quote found in no other copy is marked, with the nearest confirmed wording and its source', () => {
    const [, quoted] = /The quote "([^"]+)" is in the seed article but in no other/.exec(about)!;
    const [, nearest, when, publisher] = /nearest confirmed wording is Tauscher's "([^"]+)" \(([^,]+), ([^)]+)\)/.exec(about)!;
    for (const s of fromArticle) {
      const isIt = normal(s.quote).includes(quoted!);
      expect(Boolean(s.certainty), s.id).toBe(isIt);
      if (!isIt) continue;
      expect(s.certainty!.kind).toBe('single-source');
      expect(normal(s.certainty!.note)).toContain(nearest);
      const [src] = parseCitations(`${publisher}, ${when}`).map((c) => matchSource(c, data.sources, about));
      expect(s.certainty!.sources).toEqual([src!.id]);
    }
  });
});

describe.each(shippedTours(data).map(({ id, tour }) => [id, tour] as const))('the tour %s states only dates and numbers the data and FACTS.md give', (_tourId, tour) => {
  const factsRowsOf = (siteId: string) => tableAfter(facts, /^## Sites/).filter((r) => r[0] === siteId).map((r) => r.join(' '));
  const phaseRowOf = (id: number) => tableAfter(facts, /^## The four EPAA phases/).filter((r) => Number(r[0]) === id).map((r) => r.join(' '));

  it.each(tour.steps.map((s) => [s.id, s] as const))('step %s', (_id, step) => {
    const sites = step.sites.map(site);
    // A step with no phase speaks across all of them.
    const phases = step.phase === null ? data.phases : data.phases.filter((p) => p.id === step.phase);
    const statements = data.statements.filter((s) => step.statements.includes(s.id));
    const whole = sites.length === 0 && step.phase === null;
    // What the step is about: its sites, phases and statements, in the data and in FACTS.md.
    const texts = whole
      ? [facts]
      : [
          ...sites.flatMap((s) => [
            s.status,
            s.system,
            s.role,
            s.statusCertainty?.note ?? '',
            s.positionCertainty?.note ?? '',
            ...s.dates.map((e) => e.text),
            ...factsRowsOf(s.id),
            ...rowsOf(s.id).map((r) => `${r.event} ${r.cell}`),
          ]),
          ...phases.flatMap((p) => [p.interceptor, p.sensors ?? '', p.outcomeSummary, String(p.plannedYear), ...p.actual.map((e) => e.text), ...phaseRowOf(p.id)]),
          ...statements.map((s) => `${s.quote} ${s.linkNote ?? ''} ${s.certainty?.note ?? ''} ${data.sources.find((x) => x.id === s.source)?.note ?? ''}`),
        ];
    const events = whole
      ? [...data.sites.flatMap((s) => s.dates), ...data.phases.flatMap((p) => p.actual)]
      : [...sites.flatMap((s) => s.dates), ...phases.flatMap((p) => p.actual)];
    const sourceDates = data.sources
      .filter((s) => whole || events.some((e) => e.sources.includes(s.id)) || statements.some((x) => x.source === s.id))
      .flatMap((s) => (s.date ? [s.date] : []));
    const known = [
      ...events.flatMap((e) => [e.date, ...(e.to ? [e.to] : [])]),
      ...statements.map((s) => s.date),
      ...sourceDates,
      ...texts.flatMap((t) => findDates(t, { iso: true }).map((d) => d.iso)),
      ...phases.map((p) => String(p.plannedYear)),
    ];
    const numbers = new Set([...texts.flatMap(findNumbers), ...phases.map((p) => p.id)]);

    // The shipped tours give the presenter notes for every step (a presenter's own tour may not).
    expect(step.notes, `${step.id}: speaker notes`).toBeTruthy();
    for (const text of [step.title, step.text ?? '', step.notes ?? '']) {
      for (const d of findDates(text)) expect(known.some((k) => k.startsWith(d.iso)), `${step.id}: "${d.iso}" in "${text}"`).toBe(true);
      for (const n of findNumbers(text)) expect(numbers.has(n), `${step.id}: ${n} in "${text}"`).toBe(true);
    }
  });

  it('a step that says no statement is linked has none, and none is linked to its sites', () => {
    for (const step of tour.steps) {
      if (!/no statement is linked/i.test(`${step.text ?? ''} ${step.notes}`)) continue;
      expect(step.statements, step.id).toEqual([]);
      for (const id of step.sites) expect(data.statements.filter((s) => s.sites.includes(id)), `${step.id}: ${id}`).toEqual([]);
    }
  });

  it('splits citations the way FACTS.md writes them', () => {
    // Guards for the reader above, on the cells that are easiest to misread.
    expect(splitTop('A, "x; y" (1; 2); B', ';')).toEqual(['A, "x; y" (1; 2)', 'B']);
    expect(parseCitations('Navy Times, 20 Jun 2022 and 8 Sep 2022').map((c) => c.date)).toEqual(['2022-06-20', '2022-09-08']);
    expect(parseCitations('Defense Daily, Jun 2021 (Hill at CSIS, 22 Jun 2021)').map((c) => c.date)).toEqual(['2021-06']);
    expect(parseCitations('GAO findings as reported by Defense Daily (2019)').map((c) => c.date)).toEqual(['2019']);
    expect([...parseCitations('GlobalSecurity, Kürecik page')[0]!.words]).toEqual(['globalsecurity', 'kurecik']);
  });
});
