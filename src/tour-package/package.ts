/**
 * Writes a presenter's tour into the one-file briefing package. The site ships the package beside
 * its index.html (`epaa-briefing.html`); the editor fetches it from there and puts the tour file
 * JSON inside, as a JSON script element the package's briefing reads on start. Loaded only by the
 * editor.
 */
import { EMBEDDED_TOUR_ID } from './embedded';
import { PACKAGE_FILE, PACKAGE_MARK } from './mark';

/** Why the package could not be written: `missing` (not in this build), `not-package` or `invalid-tour`. */
export type PackageProblem = 'missing' | 'not-package' | 'invalid-tour';

/** A package that cannot be written, with the reason as a code the interface can name in its language. */
export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    message: string,
  ) {
    super(message);
    this.name = 'PackageError';
  }
}

interface Element {
  /** Where the element starts (its `<`) and ends (after its closing tag's `>`). */
  start: number;
  end: number;
  /** Its opening tag, as written. */
  open: string;
}

interface Head {
  /** Where `</head>` starts. */
  close: number;
  scripts: Element[];
  /** The opening tags of the head's other elements (meta, link, title…). */
  tags: string[];
}

const RAW_TEXT = /^<(script|style|title|textarea)\b[^>]*>/i;

/**
 * Reads the head as the browser does, far enough to find its real end: the text inside
 * scripts, styles and comments is skipped, so a `</head>` or `<script` written inside the
 * package's inline code is not taken for markup. Indices are into `html` itself.
 */
function scanHead(html: string): Head | null {
  const scripts: Element[] = [];
  const tags: string[] = [];
  let i = html.indexOf('<');
  while (i !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) return null;
      i = html.indexOf('<', end + 3);
      continue;
    }
    const rest = html.slice(i, i + 200);
    if (/^<\/head\s*>/i.test(rest)) return { close: i, scripts, tags };
    const raw = RAW_TEXT.exec(html.slice(i, html.indexOf('>', i) + 1));
    if (raw) {
      const closing = new RegExp(`</${raw[1]}\\s*>`, 'gi');
      closing.lastIndex = i + raw[0].length;
      const found = closing.exec(html);
      if (!found) return null;
      const end = found.index + found[0].length;
      if (raw[1]!.toLowerCase() === 'script') scripts.push({ start: i, end, open: raw[0] });
      else tags.push(raw[0]);
      i = html.indexOf('<', end);
      continue;
    }
    const tag = /^<[a-z][^>]*>/i.exec(rest);
    if (tag) tags.push(tag[0]);
    i = html.indexOf('<', i + 1);
  }
  return null;
}

/** An attribute of an opening tag, or null. */
function attribute(open: string, name: string): string | null {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(open);
  return found ? (found[1] ?? found[2] ?? found[3] ?? '') : null;
}

/** Whether `html` is the one-file briefing package (its head carries the build's mark). */
export function isPackage(html: string): boolean {
  const head = scanHead(html);
  return !!head?.tags.some((t) => /^<meta\b/i.test(t) && attribute(t, 'name') === PACKAGE_MARK.name && attribute(t, 'content') === PACKAGE_MARK.content);
}

/**
 * The tour file JSON as the text of a script element: every `<` is written as `\u003c` (the same
 * character to a JSON reader), so no text in the tour can close the element, open a comment or
 * start any markup. Not build/single-file.ts's `</script` rewrite, made for code: a tour's text
 * holding `<!--<script` would still keep that from closing the element.
 */
export function embeddedTourElement(tourJson: string): string {
  return `<script type="application/json" id="${EMBEDDED_TOUR_ID}">${tourJson.replaceAll('<', '\\u003c')}</script>`;
}

/**
 * The page `html` with the tour inside: the script element goes just before `</head>`, in place
 * of a tour the page already carries. Throws a PackageError when the page has no head end to
 * put it before, or when `tourJson` is not JSON.
 */
export function withEmbeddedTour(html: string, tourJson: string): string {
  try {
    JSON.parse(tourJson);
  } catch (e) {
    throw new PackageError('invalid-tour', `The tour is not JSON: ${(e as Error).message}`);
  }
  const head = scanHead(html);
  // Said without the tag itself: this text ends up inside the package's own inline code.
  if (!head) throw new PackageError('not-package', 'The page has no end of its head to put the tour before.');
  const old = head.scripts.filter((s) => attribute(s.open, 'id') === EMBEDDED_TOUR_ID);
  let page = html.slice(0, head.close) + embeddedTourElement(tourJson) + html.slice(head.close);
  for (const s of old.reverse()) page = page.slice(0, s.start) + page.slice(s.end);
  return page;
}

/**
 * The one-file briefing package with `tourJson` (a tour file, as the editor downloads it) inside,
 * as an HTML file to save. Fetches the package from beside the app's page; rejects with a
 * PackageError when this build has none (the development server makes no package) or the file
 * there is not the package.
 */
export async function packageWithTour(tourJson: string): Promise<Blob> {
  const url = new URL(PACKAGE_FILE, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch (e) {
    throw new PackageError('missing', `The one-file package could not be fetched from ${url.href}: ${(e as Error).message}`);
  }
  if (!response.ok) throw new PackageError('missing', `This build has no one-file package (${url.href}: ${response.status}).`);
  const html = await response.text();
  if (!isPackage(html)) throw new PackageError('not-package', `${url.href} is not the one-file briefing package.`);
  return new Blob([withEmbeddedTour(html, tourJson)], { type: 'text/html;charset=utf-8' });
}
