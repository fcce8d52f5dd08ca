// Reading the editors' checked facts (docs/reference/FACTS.md) for the facts test: its tables,
// the dates written in it and in the data's English texts, and which record of sources.json a
// citation such as "Navy Times, 20 Jun 2022" is. Citations are matched by what they say (the
// publisher and title words, and the date as precise as it is given), never by a list of answers.
import type { Source } from '../../../src/data/schema';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const pad = (n: number) => String(n).padStart(2, '0');

export interface FoundDate {
  /** As precise as written: 2011, 2011-05 or 2011-05-03. */
  iso: string;
  index: number;
  length: number;
}

/**
 * The dates written in a text, in order: "3 May 2011", "May 2011", "2011" (a year alone), and
 * "2014-15" (two years). ISO dates ("2011-05") are found only when `iso` is true (the tables).
 */
export function findDates(text: string, { iso = false } = {}): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const free = (i: number, n: number) => taken.every(([a, b]) => i + n <= a || i >= b);
  const add = (m: RegExpExecArray, dates: string[]) => {
    if (!free(m.index, m[0].length)) return;
    taken.push([m.index, m.index + m[0].length]);
    for (const d of dates) found.push({ iso: d, index: m.index, length: m[0].length });
  };
  const patterns: [RegExp, (m: RegExpExecArray) => string[]][] = [
    ...(iso ? [[/\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g, (m: RegExpExecArray) => [m[0]]] as [RegExp, (m: RegExpExecArray) => string[]]] : []),
    [new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'gi'), (m) => [`${m[3]}-${pad(month(m[2]!))}-${pad(Number(m[1]))}`]],
    [new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'gi'), (m) => [`${m[2]}-${pad(month(m[1]!))}`]],
    [/\b((?:19|20)\d{2})-(\d{2})\b/g, (m) => [m[1]!, `${m[1]!.slice(0, 2)}${m[2]}`]],
    [/\b((?:19|20)\d{2})\b/g, (m) => [m[1]!]],
  ];
  for (const [re, toIso] of patterns) for (const m of text.matchAll(re)) add(m as RegExpExecArray, toIso(m as RegExpExecArray));
  return found.sort((a, b) => a.index - b.index);
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** The numbers a text states, other than in its dates: digits ("14", "0.1") and words ("six"). */
export function findNumbers(text: string): number[] {
  let rest = text;
  for (const d of findDates(text, { iso: true }).reverse()) rest = rest.slice(0, d.index) + ' '.repeat(d.length) + rest.slice(d.index + d.length);
  const out: number[] = [];
  // Not the digits of a name such as "SM-3", "AN/TPY-2", "Mk 41", "99th", "Defence24".
  for (const m of rest.matchAll(/(?<![\w/-])(\d+(?:[.,]\d+)?)(?![\w-])/g)) out.push(Number(m[1]!.replace(',', '.')));
  for (const m of rest.toLowerCase().matchAll(/\b([a-z]+)\b/g)) {
    const n = NUMBER_WORDS.indexOf(m[1]!);
    if (n > 0) out.push(n);
  }
  return out;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'by', 'as', 'and', 'via', 'at', 'to', 'for', 'from', 'with', 'page', 'report', 'reports', 'reported', 'reporting', 'quoting', 'issue']);

/** The words of a text that identify it: lower case, without accents, dots or common small words. */
export function words(text: string): Set<string> {
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/\./g, '').toLowerCase();
  return new Set(plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w)));
}

/** Splits at a separator that is outside parentheses and quotation marks. */
export function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '“' || c === '”') quoted = c === '“' ? true : c === '”' ? false : !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(start, i));
      start = i + sep.length;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** One source named in a table cell: the words that identify it, and its date as given. */
export interface Citation {
  text: string;
  words: Set<string>;
  date: string | undefined;
  /** One of several sources the cell offers ("e.g. A, or B"): the data credits those it has. */
  alternative?: boolean;
}

/** The sentences of a cell, split outside parentheses after a full stop that ends a word ("A. Rose" is one). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '.' && depth === 0 && /[a-z0-9)]{2}$/.test(text.slice(0, i)) && /^\s+[A-Z]/.test(text.slice(i + 1)) && !/\be\.g$/.test(text.slice(0, i))) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((p) => p.trim()).filter(Boolean);
}

/**
 * The sources a cell names. "A, 3 May 2011; B (May 2011)" is two; "Navy Times, 20 Jun 2022 and
 * 8 Sep 2022" is two reports of one publisher. Words outside parentheses, and quoted titles, must
 * all be found in the source; a date outside parentheses is the source's, else the first inside.
 */
export function parseCitations(cell: string): Citation[] {
  return splitTop(cell, ';').flatMap((part) => {
    // What follows the citation is the editors' instruction ("… 2013). A State Department text,
    // not …"): a sentence that starts after a word of two letters or more and a full stop.
    const text = splitSentences(part)[0]!.replace(/,\s*which\b.*$/, '');
    // "a report from the day, e.g. A, or B": any of the named sources will do.
    const eg = /\be\.g\.\s*(.+)$/.exec(text);
    if (eg) return eg[1]!.split(/,?\s+or\s+|,\s*/).flatMap((alt) => parseCitations(alt).map((c) => ({ ...c, alternative: true })));
    const quotes: string[] = [];
    let rest = text.replace(/["“]([^"”]*)["”]/g, (_, q: string) => {
      quotes.push(q);
      return ' ';
    });
    const inParens: string[] = [];
    while (/\([^()]*\)/.test(rest)) rest = rest.replace(/\(([^()]*)\)/g, (_, p: string) => (inParens.push(p), ' '));
    const outside = findDates(rest);
    let name = rest;
    for (const d of [...outside].reverse()) name = name.slice(0, d.index) + name.slice(d.index + d.length);
    const ws = words(`${name} ${quotes.join(' ')}`);
    const dates = outside.length ? outside.map((d) => d.iso) : [findDates(inParens.join(' ; '))[0]?.iso];
    return [...new Set(dates)].map((date) => ({ text, words: ws, date }));
  });
}

/**
 * The record of sources.json a citation names: same date (both undated, or equal as given), and
 * every identifying word in its publisher or title. Where several fit (two undated releases of
 * the US Navy), the one whose title shares most words with `context` (the row's site and event).
 */
export function matchSource(c: Citation, sources: Source[], context: string, when?: string): Source {
  // An undated citation is a dated record too when the record's month is the event's ("Seapower
  // Magazine" for an arrival of 16 May 2020 is the report of May 2020).
  const dateFits = (s: Source) => s.date === c.date || (c.date === undefined && when !== undefined && s.date !== undefined && s.date.slice(0, 7) === when.slice(0, 7));
  const fits = sources.filter((s) => dateFits(s) && [...c.words].every((w) => words(`${s.publisher} ${s.title}`).has(w)));
  if (fits.length === 1) return fits[0]!;
  if (fits.length === 0) throw new Error(`no record in sources.json for "${c.text}" (date ${c.date ?? 'none'})`);
  const about = words(context);
  const score = (s: Source) => [...words(s.title)].filter((w) => about.has(w)).length;
  const ranked = fits.map((s) => [s, score(s)] as const).sort((a, b) => b[1] - a[1]);
  if (ranked[0]![1] === ranked[1]![1]) throw new Error(`"${c.text}" fits ${fits.map((s) => s.id).join(', ')} equally`);
  return ranked[0]![0];
}

/** The contents of each outermost parenthesis of a text, nested ones kept inside ("(… (EPAA) …)"). */
export function topParens(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(' && depth++ === 0) start = i + 1;
    else if (text[i] === ')' && --depth === 0) out.push(text.slice(start, i));
  }
  return out;
}

/** The body rows of the first table after the line that matches `heading`, as trimmed cells. */
export function tableAfter(md: string, heading: RegExp): string[][] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) throw new Error(`no heading ${heading} in FACTS.md`);
  const rows: string[][] = [];
  let i = lines.findIndex((l, j) => j > start && l.startsWith('|'));
  for (i += 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!.split('|').slice(1, -1).map((c) => c.trim()));
  return rows;
}

/** The paragraph (lines up to a blank line) that contains `needle`. */
export function paragraphWith(md: string, needle: RegExp): string {
  const para = md.split(/\n\s*\n/).find((p) => needle.test(p));
  if (!para) throw new Error(`no paragraph ${needle} in FACTS.md`);
  return para.replace(/\s*\n\s*/g, ' ');
}

/** Word stems (first five letters) of a text, to see whether two wordings speak of the same thing. */
export function stems(text: string): Set<string> {
  return new Set([...words(text)].filter((w) => w.length > 3 && !/^\d+$/.test(w)).map((w) => w.slice(0, 5)));
}
