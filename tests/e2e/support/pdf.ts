// Reads back what Chromium's print-to-PDF wrote: the number of pages, the text of each and the
// pictures, enough to check what a printed page says and shows and what it leaves out. Handles the PDFs Chromium (Skia) makes:
// plain objects, Flate-compressed streams, Type0 fonts with a ToUnicode map, text shown with Tj/TJ
// as hex glyph codes. Not a general PDF reader.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** Every `N 0 obj … endobj` of the file, by number, with its stream inflated. */
function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\b/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const bodyStart = m.index + m[0].length;
    const end = text.indexOf('endobj', bodyStart);
    const body = text.slice(bodyStart, end);
    const at = body.indexOf('stream');
    let stream: Buffer | null = null;
    let dict = body;
    if (at >= 0) {
      dict = body.slice(0, at);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      let from = bodyStart + at + 'stream'.length;
      if (text[from] === '\r') from++;
      if (text[from] === '\n') from++;
      const raw = pdf.subarray(from, from + length);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    found.set(Number(m[1]), { dict, stream });
    start.lastIndex = end;
  }
  return found;
}

const hexCodes = (hex: string) => (hex.replace(/\s/g, '').match(/.{1,4}/g) ?? []).map((h) => parseInt(h, 16));

/** A ToUnicode CMap: glyph code to text. */
function toUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const chars = (hex: string) => String.fromCharCode(...hexCodes(hex));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, to] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(code!, 16), chars(to!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, to, list] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(?:<([0-9a-fA-F]+)>|\[([^\]]*)\])/g)) {
      const from = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      if (to) {
        const base = hexCodes(to);
        for (let c = from; c <= last; c++) map.set(c, String.fromCharCode(...base.slice(0, -1), base.at(-1)! + (c - from)));
      } else {
        [...list!.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((h, i) => map.set(from + i, chars(h[1]!)));
      }
    }
  }
  return map;
}

/** The text of one content stream, runs of text separated by spaces, with its fonts' maps. */
function contentText(content: string, fonts: Map<string, Map<number, string>>): string {
  let font: Map<number, string> | undefined;
  const out: string[] = [];
  const decode = (hex: string) => hexCodes(hex).map((c) => font?.get(c) ?? '').join('');
  const token = /\/([\w.+-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ|\b(Td|TD|Tm|T\*|ET)\b/g;
  for (const m of content.matchAll(token)) {
    if (m[1]) font = fonts.get(m[1]);
    else if (m[2] !== undefined) out.push(decode(m[2]));
    else if (m[3] !== undefined) out.push([...m[3].matchAll(/<([0-9a-fA-F\s]*)>/g)].map((h) => decode(h[1]!)).join(''));
    else out.push(' ');
  }
  return out.join('');
}

export interface PdfImage {
  width: number;
  height: number;
  /** The pixels, RGB, 8 bits a channel, row by row (only for Flate-compressed RGB images; else null). */
  rgb: Buffer | null;
}

export interface PdfText {
  pageCount: number;
  /** Each page's text, in drawing order. */
  pages: string[];
  /** The pictures in the file (image XObjects). */
  images: PdfImage[];
}

/** The pages of a PDF that Chromium printed, and the text on each. */
export function readPdf(pdf: Buffer): PdfText {
  const objs = objects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);
  const fontMaps = new Map<number, Map<number, string>>();
  for (const [n, o] of objs) {
    const cmap = ref(o.dict, 'ToUnicode');
    const stream = objs.get(cmap)?.stream;
    if (/\/Type \/Font/.test(o.dict) && stream) fontMaps.set(n, toUnicode(stream.toString('latin1')));
  }
  const root = [...objs.values()].find((o) => /\/Type \/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict));
  // The page tree, in order: a long document's has /Pages nodes between the root and the pages.
  const leaves = (dict: string): number[] =>
    [...(/\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].flatMap((m) => {
      const kid = objs.get(Number(m[1]))!;
      return /\/Type \/Pages\b/.test(kid.dict) ? leaves(kid.dict) : [Number(m[1])];
    });
  const kids = leaves(root?.dict ?? '');
  const pages = kids.map((k) => {
    const page = objs.get(k)!;
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(page.dict)?.[1] ?? '';
    for (const [, name, n] of fontDict.matchAll(/\/([\w.+-]+) (\d+) 0 R/g)) fonts.set(name!, fontMaps.get(Number(n)) ?? new Map());
    const contents = /\/Contents \[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents (\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    return [...contents.matchAll(/(\d+) 0 R/g)]
      .map((m) => contentText(objs.get(Number(m[1]))?.stream?.toString('latin1') ?? '', fonts))
      .join(' ');
  });
  const images = [...objs.values()]
    .filter((o) => /\/Subtype \/Image/.test(o.dict))
    .map((o) => {
      const width = Number(/\/Width (\d+)/.exec(o.dict)?.[1]);
      const height = Number(/\/Height (\d+)/.exec(o.dict)?.[1]);
      const rgb = /\/FlateDecode/.test(o.dict) && o.stream?.length === width * height * 3 ? o.stream : null;
      return { width, height, rgb };
    });
  return { pageCount: Number(/\/Count (\d+)/.exec(root?.dict ?? '')?.[1] ?? kids.length), pages, images };
}

/** Text without any whitespace: runs of a printed line may split anywhere, words included. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The share of an image's pixels within `tolerance` (per channel) of each named colour ("#rrggbb"). */
export function imageColourShares(image: PdfImage, colours: Record<string, string>, tolerance = 12): Record<string, number> {
  const rgb = image.rgb!;
  const targets = Object.entries(colours).map(([name, hex]) => [name, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))] as const);
  const counts: Record<string, number> = Object.fromEntries(targets.map(([name]) => [name, 0]));
  for (let i = 0; i < rgb.length; i += 3) {
    for (const [name, [r, g, b]] of targets) {
      if (Math.abs(rgb[i]! - r!) <= tolerance && Math.abs(rgb[i + 1]! - g!) <= tolerance && Math.abs(rgb[i + 2]! - b!) <= tolerance) counts[name]!++;
    }
  }
  const pixels = rgb.length / 3;
  return Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, n / pixels]));
}
