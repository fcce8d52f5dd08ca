/**
 * What a pasted link shows: the page's description, Open Graph and Twitter card tags, a 1200x630
 * preview image (the static basemap, the title, the sites and the legend), a favicon and a touch
 * icon, and the theme colour; with a site address (`SITE_URL` at build time) the image URLs are
 * absolute, as crawlers need, the page names its canonical address, and an oEmbed file describes
 * the embed for CMSs that discover it.
 *
 * The images are drawn as SVG here and rasterised by resvg, without a browser, in the interface
 * font (Noto Sans, unpacked from the WOFF files the page uses), so they come out the same on any
 * machine. Nothing here fetches anything.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { DATA_LICENCE } from '../src/data/licence.ts';
import { boxAspect, projectInBox } from '../src/geo/projection.ts';
import type { Box } from '../src/geo/projection.ts';
import palette from '../src/theme/palette.json' with { type: 'json' };
import symbols from '../src/theme/symbols.json' with { type: 'json' };
import { embedSnippet, embedUrl } from '../src/export/share.ts';

type Kind = keyof typeof symbols;
const C = palette.light;
export const PREVIEW = { width: 1200, height: 630, file: 'preview.png' } as const;
export const ICONS = { svg: 'favicon.svg', png: 'favicon-32.png', touch: 'apple-touch-icon.png' } as const;
export const OEMBED_FILE = 'oembed.json';
/** The frame the oEmbed snippet asks for. */
export const OEMBED_SIZE = { width: 800, height: 600 } as const;
/** The data's licence, as the data files state it. */
export const LICENCE = DATA_LICENCE;

export interface PreviewSite {
  name: string;
  kind: Kind;
  lon: number;
  lat: number;
}

export interface PreviewText {
  /** The map's title, its subtitle, and the name of each kind of site for the legend. */
  title: string;
  subtitle: string;
  kinds: Record<Kind, string>;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Lines no wider than `width` at font size `size`, by an average glyph width (Noto Sans runs
 * about 0.52 em a character, bold or not, in mixed-case text): the image is made once, and checked by eye.
 */
export function wrapLines(text: string, width: number, size: number, bold: boolean): string[] {
  const fits = (s: string) => s.length * size * (bold ? 0.53 : 0.54) <= width;
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A site's symbol, `size` across, centred on (x, y), with the white edge of the live map. */
const symbol = (kind: Kind, x: number, y: number, size: number) =>
  `<path d="${symbols[kind]}" transform="translate(${r1(x - size / 2)} ${r1(y - size / 2)}) scale(${r1((size / 24) * 1000) / 1000})" fill="${C[kind]}" stroke="${C['symbol-edge']}" stroke-width="${r1((2 * 24) / size + 1)}"/>`;

/**
 * The preview image as SVG: the text on the left (title, subtitle, legend), the map on the right
 * (the static basemap around the sites, each with its symbol and name).
 */
export function previewSvg(basemapSvg: string, sites: PreviewSite[], text: PreviewText): string {
  const { width: W, height: H } = PREVIEW;
  const left = 500;
  const mapW = W - left;
  // The basemap's own frame: its size and the box it projects (data-bounds), as the app reads it.
  const frame = /viewBox="0 0 (\d+) (\d+)"/.exec(basemapSvg);
  const bounds = /data-bounds="([^"]+)"/.exec(basemapSvg)?.[1]?.split(',').map(Number) as unknown as Box | undefined;
  const inner = /<svg[^>]*>([\s\S]*)<\/svg>/.exec(basemapSvg)?.[1];
  if (!frame || !bounds || !inner) throw new Error('link preview: the static basemap has no viewBox, data-bounds or content');
  const bw = Number(frame[1]);
  const bh = Number(frame[2]);
  if (Math.abs(bh / bw - boxAspect(bounds)) > 0.01) throw new Error('link preview: the static basemap is not the Mercator frame of its data-bounds');
  const at = sites.map((s) => {
    const p = projectInBox(s.lon, s.lat, bounds);
    return { ...s, x: p.x * bw, y: p.y * bh };
  });
  // The part of the basemap around the sites, with room for their names, at the map's aspect.
  const xs = at.map((s) => s.x);
  const ys = at.map((s) => s.y);
  let vx = Math.min(...xs) - 90;
  let vw = Math.max(...xs) + 190 - vx;
  let vy = Math.min(...ys) - 110;
  let vh = Math.max(...ys) + 110 - vy;
  if (vw / vh > mapW / H) {
    const grow = (vw * H) / mapW - vh;
    vy -= grow / 2;
    vh += grow;
  } else {
    const grow = (vh * mapW) / H - vw;
    vx -= grow / 2;
    vw += grow;
  }
  const scale = mapW / vw; // image pixels per basemap unit
  const marks = at
    .map((s) => {
      const size = 30 / scale;
      const font = 24 / scale;
      return (
        symbol(s.kind, s.x, s.y, size) +
        `<text x="${r1(s.x + size * 0.75)}" y="${r1(s.y + font * 0.36)}" font-size="${r1(font)}" font-weight="700" fill="${C.ink}" stroke="${C.paper}" stroke-width="${r1(5 / scale)}" stroke-linejoin="round" paint-order="stroke">${xml(s.name)}</text>`
      );
    })
    .join('');
  const titleLines = wrapLines(text.title, left - 80, 44, true);
  const subLines = wrapLines(text.subtitle, left - 80, 23, false);
  let y = 92;
  const title = titleLines
    .map((l, i) => `<text x="40" y="${y + i * 54}" font-size="44" font-weight="700" fill="${C.ink}">${xml(l)}</text>`)
    .join('');
  y += titleLines.length * 54 + 8;
  const sub = subLines.map((l, i) => `<text x="40" y="${y + i * 32}" font-size="23" fill="${C.muted}">${xml(l)}</text>`).join('');
  const kinds = (Object.keys(text.kinds) as Kind[]).filter((k) => sites.some((s) => s.kind === k));
  const legend = kinds
    .map((k, i) => {
      const ly = H - 48 - (kinds.length - 1 - i) * 36;
      return symbol(k, 54, ly - 7, 24) + `<text x="78" y="${ly}" font-size="21" fill="${C.ink}">${xml(text.kinds[k])}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans">` +
    `<rect width="${W}" height="${H}" fill="${C.paper}"/>` +
    `<rect x="${left}" width="${mapW}" height="${H}" fill="${C.sea}"/>` +
    `<svg x="${left}" y="0" width="${mapW}" height="${H}" viewBox="${r1(vx)} ${r1(vy)} ${r1(vw)} ${r1(vh)}" preserveAspectRatio="xMidYMid slice">${inner}${marks}</svg>` +
    `<rect x="${left - 2}" width="2" height="${H}" fill="${C.line}"/>` +
    `<rect width="${left - 2}" height="10" fill="${C.accent}"/>` +
    title +
    sub +
    legend +
    `</svg>`
  );
}

/**
 * The favicon: the interceptor's triangle on the sea's blue, in a rounded square; `square` for the
 * touch icon, whose corners the phone rounds itself.
 */
export function iconSvg(square = false): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="${square ? 0 : 12}" fill="${C.sea}"/>` +
    symbol('interceptor', 32, 33, 48) +
    `</svg>`
  );
}

/**
 * A WOFF 1.0 font file as the plain OpenType (sfnt) file inside it: the tables unpacked, in a
 * new table directory. resvg reads only sfnt; the page's fonts ship as WOFF.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + count * 16;
  const out = Buffer.alloc(headerSize + tables.reduce((n, t) => n + pad(t.data.length), 0));
  const power = 2 ** Math.floor(Math.log2(count));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(count, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const rec = 12 + i * 16;
    t.tag.copy(out, rec);
    out.writeUInt32BE(t.checksum, rec + 4);
    out.writeUInt32BE(offset, rec + 8);
    out.writeUInt32BE(t.data.length, rec + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

/** An SVG drawn to a PNG `width` pixels wide, with the given font files and no others. */
export function svgToPng(svg: string, width: number, fontFiles: string[]): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans', sansSerifFamily: 'Noto Sans' },
    logLevel: 'off',
  });
  return Buffer.from(resvg.render().asPng());
}

/** The site address from SITE_URL: an http(s) URL ending in "/", or null when unset. */
export function siteUrlFrom(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address: ${value}`);
  url.hash = '';
  url.search = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export interface PreviewMeta {
  title: string;
  description: string;
  imageAlt: string;
  siteName: string;
  /** The embed's iframe title, as the share dialog writes it. */
  frameTitle: string;
}

/** The head tags for link previews; relative addresses without a site URL, absolute with one. */
export function previewTags(meta: PreviewMeta, siteUrl: string | null): HtmlTagDescriptor[] {
  const at = (file: string) => (siteUrl ? new URL(file, siteUrl).href : `./${file}`);
  const m = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'meta', attrs, injectTo: 'head' });
  const link = (attrs: Record<string, string>): HtmlTagDescriptor => ({ tag: 'link', attrs, injectTo: 'head' });
  return [
    link({ rel: 'icon', href: at(ICONS.svg), type: 'image/svg+xml' }),
    link({ rel: 'icon', href: at(ICONS.png), type: 'image/png', sizes: '32x32' }),
    link({ rel: 'apple-touch-icon', href: at(ICONS.touch) }),
    m({ name: 'theme-color', content: C.accent, media: '(prefers-color-scheme: light)' }),
    m({ name: 'theme-color', content: palette.dark.paper, media: '(prefers-color-scheme: dark)' }),
    ...(siteUrl ? [link({ rel: 'canonical', href: siteUrl })] : []),
    m({ property: 'og:type', content: 'website' }),
    m({ property: 'og:site_name', content: meta.siteName }),
    m({ property: 'og:title', content: meta.title }),
    m({ property: 'og:description', content: meta.description }),
    ...(siteUrl ? [m({ property: 'og:url', content: siteUrl })] : []),
    m({ property: 'og:image', content: at(PREVIEW.file) }),
    m({ property: 'og:image:type', content: 'image/png' }),
    m({ property: 'og:image:width', content: String(PREVIEW.width) }),
    m({ property: 'og:image:height', content: String(PREVIEW.height) }),
    m({ property: 'og:image:alt', content: meta.imageAlt }),
    m({ property: 'og:locale', content: 'en_GB' }),
    ...['ro_RO', 'pl_PL', 'tr_TR', 'ru_RU'].map((l) => m({ property: 'og:locale:alternate', content: l })),
    m({ name: 'twitter:card', content: 'summary_large_image' }),
    m({ name: 'twitter:title', content: meta.title }),
    m({ name: 'twitter:description', content: meta.description }),
    m({ name: 'twitter:image', content: at(PREVIEW.file) }),
    m({ name: 'twitter:image:alt', content: meta.imageAlt }),
    ...(siteUrl ? [link({ rel: 'alternate', type: 'application/json+oembed', href: at(OEMBED_FILE), title: meta.title })] : []),
  ];
}

/** The oEmbed answer for the map's address: a rich embed (the share dialog's iframe snippet). */
export function oembed(meta: PreviewMeta, siteUrl: string): Record<string, string | number> {
  const src = embedUrl(siteUrl, '', { fixed: false, panel: true });
  return {
    version: '1.0',
    type: 'rich',
    title: meta.title,
    provider_name: meta.siteName,
    provider_url: siteUrl,
    html: embedSnippet(src, meta.frameTitle, { fixed: false, panel: true, height: OEMBED_SIZE.height, autoHeight: false }),
    width: OEMBED_SIZE.width,
    height: OEMBED_SIZE.height,
    thumbnail_url: new URL(PREVIEW.file, siteUrl).href,
    thumbnail_width: PREVIEW.width,
    thumbnail_height: PREVIEW.height,
    license: LICENCE.id,
    license_url: LICENCE.url,
    cache_age: 86400,
  };
}

export interface LinkPreviewOptions {
  /** SITE_URL: where the site is published, or null. */
  siteUrl: string | null;
  /** The static basemap (SVG), the sites (GeoJSON text), and the words. */
  basemapSvg: string;
  sitesGeojson: string;
  text: PreviewText;
  meta: Omit<PreviewMeta, 'description'>;
}

/** Sites from the sites file, for the image: name, kind and position only. */
export function previewSites(geojson: string): PreviewSite[] {
  const parsed = JSON.parse(geojson) as { features: { properties: { name: string; kind: Kind }; geometry: { coordinates: [number, number] } }[] };
  return parsed.features
    .filter((f) => f.properties && f.properties.kind in symbols && Array.isArray(f.geometry?.coordinates))
    .map((f) => ({ name: f.properties.name, kind: f.properties.kind, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
}

/** The text of the page's `<meta name="description">`. */
export function pageDescription(html: string): string {
  const found = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  if (!found) throw new Error('link preview: index.html has no <meta name="description">');
  return found.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * The Vite plugin: writes the preview image, the icons and (with a site address) the oEmbed file,
 * and puts the tags in index.html. The description is the page's own `<meta name="description">`.
 */
export function linkPreview(options: LinkPreviewOptions): Plugin {
  const require = createRequire(import.meta.url);
  let root = process.cwd();
  const meta = (): PreviewMeta => ({ ...options.meta, description: pageDescription(readFileSync(join(root, 'index.html'), 'utf8')) });
  return {
    name: 'epaa-link-preview',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => previewTags({ ...options.meta, description: pageDescription(html) }, options.siteUrl),
    },
    generateBundle() {
      const fonts = ['400', '700'].map((w) => require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff`));
      // resvg takes font files by path: the unpacked fonts go to a temporary folder.
      const files = fonts.map((f) => writeTemp(woffToSfnt(readFileSync(f)), f.replace(/.*\//, '').replace('.woff', '.ttf')));
      const svg = previewSvg(options.basemapSvg, previewSites(options.sitesGeojson), options.text);
      this.emitFile({ type: 'asset', fileName: PREVIEW.file, source: svgToPng(svg, PREVIEW.width, files) });
      const icon = iconSvg();
      this.emitFile({ type: 'asset', fileName: ICONS.svg, source: icon });
      this.emitFile({ type: 'asset', fileName: ICONS.png, source: svgToPng(icon, 32, files) });
      this.emitFile({ type: 'asset', fileName: ICONS.touch, source: svgToPng(iconSvg(true), 180, files) });
      if (options.siteUrl) this.emitFile({ type: 'asset', fileName: OEMBED_FILE, source: `${JSON.stringify(oembed(meta(), options.siteUrl), null, 2)}\n` });
    },
  };
}

let tempDir: string | undefined;
function writeTemp(data: Buffer, name: string): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'epaa-fonts-'));
  const path = join(tempDir, name);
  writeFileSync(path, data);
  return path;
}
