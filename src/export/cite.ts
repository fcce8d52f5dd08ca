/**
 * "Cite this view" in five formats: plain text, APA, MLA, Chicago and BibTeX. The words around the
 * parts ("Retrieved", "Accessed", "n.d.") and their order are in the reader's language, in the
 * message tables; BibTeX's syntax is built here. Pure, so each format's shape has a unit test.
 */
import type { CiteParts, Messages } from '../i18n/messages/en';

export const CITE_FORMATS = ['plain', 'apa', 'mla', 'chicago', 'bibtex'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** What the caller knows of the view; the publisher's name comes from the strings. */
export type CiteInput = Omit<CiteParts, 'publisher'>;

/** Every format of the citation of one view, in the strings' language. */
export function citations(strings: Messages, input: CiteInput): Record<CiteFormat, string> {
  const t = strings.takeAway.cite;
  const parts: CiteParts = { ...input, publisher: strings.share.publisher };
  return {
    plain: t.plain(parts),
    apa: t.apa(parts),
    mla: t.mla(parts),
    chicago: t.chicago(parts),
    bibtex: bibtex(parts, t.bibtexNote(parts)),
  };
}

/** Text made safe inside a BibTeX field: LaTeX's special characters escaped. */
export function bibtexText(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

/**
 * A BibTeX `@misc` entry: the title in double braces (its capitals kept), the publisher as a
 * corporate author, the address (raw in `url`, for biblatex; in `\url{}` in `howpublished`, for
 * classic styles), the access date as `urldate` and the note in words.
 */
export function bibtex(c: CiteParts, note: string): string {
  const day = c.accessed.toISOString().slice(0, 10);
  const url = c.url.replace(/[{}\s]/g, encodeURIComponent);
  const fields: [string, string][] = [
    ['title', `{${bibtexText(`${c.title}: ${c.view}`)}}`],
    ['author', `{${bibtexText(c.publisher)}}`],
    ['howpublished', `\\url{${url}}`],
    ['url', url],
    ['urldate', day],
    ['note', bibtexText(note)],
  ];
  return `@misc{epaa-map-${day},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}`;
}
