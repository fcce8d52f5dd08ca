import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { ICONS, LICENCE, OEMBED_FILE, PREVIEW, iconSvg, oembed, pageDescription, previewSites, previewSvg, previewTags, siteUrlFrom, svgToPng, woffToSfnt, wrapLines } from '../../../build/link-preview';
import { en } from '../../../src/i18n/messages/en';
import { DATA_LICENCE } from '../../../src/export/data-download';
import { root } from '../helpers';

const require = createRequire(import.meta.url);
const SITE = 'https://maps.example.org/epaa/';

/** Width and height from a PNG's header. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The tags of a page's head as attribute maps, read with a pattern (the build writes them plainly). */
function headTags(html: string): Record<string, string>[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<(meta|link)\s([^>]*?)\/?>/g)].map(([, tag, attrs]) => ({
    tag: tag!,
    ...Object.fromEntries([...attrs!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!])),
  }));
}
const meta = (tags: Record<string, string>[], key: string) => tags.find((t) => t.property === key || t.name === key)?.content;
const links = (tags: Record<string, string>[], rel: string) => tags.filter((t) => t.tag === 'link' && t.rel === rel);

describe('link preview parts', () => {
  it('unpacks the WOFF fonts into OpenType that resvg draws text with', () => {
    const woff = readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff'));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the flavour (TrueType outlines)
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12)); // every table
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // the size the WOFF header announces
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all'))).toThrow(/WOFF/);
  });

  it('SITE_URL: an http(s) address ending in a slash, or nothing', () => {
    expect(siteUrlFrom(undefined)).toBeNull();
    expect(siteUrlFrom('')).toBeNull();
    expect(siteUrlFrom('https://maps.example.org/epaa')).toBe(SITE);
    expect(siteUrlFrom('https://maps.example.org/epaa/?x=1#site=rota')).toBe(SITE);
    expect(() => siteUrlFrom('maps.example.org')).toThrow(/not a URL/);
    expect(() => siteUrlFrom('ftp://maps.example.org/')).toThrow(/http/);
  });

  it('wraps the title by an average glyph width', () => {
    expect(wrapLines('one two three four', 5 * 10 * 0.53, 10, true)).toEqual(['one', 'two', 'three', 'four']);
    expect(wrapLines('one two three four', 100 * 10, 10, true)).toEqual(['one two three four']);
  });

  it('the image shows the title, every site by name and the legend of the kinds on the map', () => {
    const sites = previewSites(readFileSync(`${root}geodata/sites.geojson`, 'utf8'));
    expect(sites.length).toBeGreaterThan(3);
    const svg = previewSvg(readFileSync(`${root}geodata/basemap/static-basemap.svg`, 'utf8'), sites, { title: en.title, subtitle: en.subtitle, kinds: en.kinds });
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    for (const s of sites) expect(texts).toContain(s.name);
    expect(texts.join(' ')).toContain(en.title);
    for (const k of new Set(sites.map((s) => s.kind))) expect(texts).toContain(en.kinds[k]);
    expect(() => previewSvg('<svg></svg>', sites, { title: '', subtitle: '', kinds: en.kinds })).toThrow(/static basemap/);
  });

  it('tags: relative addresses without a site address; absolute ones, the canonical link and oEmbed with one', () => {
    const m = { title: 'T', description: 'D', imageAlt: 'A', siteName: 'S', frameTitle: 'F' };
    const attrs = (tags: ReturnType<typeof previewTags>) => tags.map((t) => ({ tag: t.tag, ...(t.attrs as Record<string, string>) }));
    const local = attrs(previewTags(m, null));
    expect(meta(local, 'og:image')).toBe('./preview.png');
    expect(meta(local, 'twitter:image')).toBe('./preview.png');
    expect(links(local, 'canonical')).toEqual([]);
    expect(links(local, 'alternate')).toEqual([]);
    expect(meta(local, 'og:url')).toBeUndefined();
    const published = attrs(previewTags(m, SITE));
    expect(meta(published, 'og:image')).toBe(`${SITE}preview.png`);
    expect(links(published, 'canonical')[0]!.href).toBe(SITE);
    expect(links(published, 'alternate')[0]).toMatchObject({ type: 'application/json+oembed', href: `${SITE}oembed.json` });
    expect(links(published, 'icon').map((l) => l.href)).toEqual([`${SITE}favicon.svg`, `${SITE}favicon-32.png`]);
  });

  it('reads the description from the page, and a page without one stops the build', () => {
    expect(pageDescription('<meta name="description" content="A &amp; B &quot;c&quot;" />')).toBe('A & B "c"');
    expect(() => pageDescription('<title>x</title>')).toThrow(/description/);
  });

  it('the favicon draws at 32 px', () => {
    expect(pngSize(svgToPng(iconSvg(), 32, []))).toEqual({ width: 32, height: 32 });
  });
});

describe('the build', () => {
  // Two real builds of the site, with the project's own config: without and with SITE_URL.
  const out = mkdtempSync(join(tmpdir(), 'epaa-build-'));
  const plain = join(out, 'plain');
  const published = join(out, 'published');
  beforeAll(async () => {
    const quiet = { configFile: `${root}vite.config.ts`, root, logLevel: 'silent' as const };
    await build({ ...quiet, build: { outDir: plain, emptyOutDir: true } });
    process.env.SITE_URL = 'https://maps.example.org/epaa';
    try {
      await build({ ...quiet, build: { outDir: published, emptyOutDir: true } });
    } finally {
      delete process.env.SITE_URL;
    }
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('without SITE_URL: description, Open Graph and Twitter tags with relative image addresses, icons, theme colour; no canonical, no oEmbed', () => {
    const tags = headTags(readFileSync(join(plain, 'index.html'), 'utf8'));
    expect(meta(tags, 'description')).toMatch(/^An interactive, offline map/);
    expect(meta(tags, 'og:title')).toBe(en.title);
    expect(meta(tags, 'og:description')).toBe(meta(tags, 'description')!.replace(/'/g, '&#39;'));
    expect(meta(tags, 'og:type')).toBe('website');
    expect(meta(tags, 'og:image')).toBe('./preview.png');
    expect(meta(tags, 'og:image:width')).toBe('1200');
    expect(meta(tags, 'og:image:height')).toBe('630');
    expect(meta(tags, 'og:image:alt')).toBeTruthy();
    expect(meta(tags, 'twitter:card')).toBe('summary_large_image');
    expect(meta(tags, 'twitter:title')).toBe(en.title);
    expect(meta(tags, 'twitter:image')).toBe('./preview.png');
    expect(tags.filter((t) => t.name === 'theme-color').length).toBe(2);
    // A real favicon (no more "data:,") and a touch icon, all files of the build.
    const icons = [...links(tags, 'icon'), ...links(tags, 'apple-touch-icon')].map((l) => l.href!);
    expect(icons).toEqual(['./favicon.svg', './favicon-32.png', './apple-touch-icon.png']);
    for (const href of icons) expect(existsSync(join(plain, href)), href).toBe(true);
    expect(pngSize(readFileSync(join(plain, ICONS.touch)))).toEqual({ width: 180, height: 180 });
    expect(pngSize(readFileSync(join(plain, PREVIEW.file)))).toEqual({ width: 1200, height: 630 });
    expect(links(tags, 'canonical')).toEqual([]);
    expect(links(tags, 'alternate')).toEqual([]);
    expect(existsSync(join(plain, OEMBED_FILE))).toBe(false);
    // Nothing in the page's head points to another host.
    expect(tags.flatMap((t) => [t.href, t.content]).filter((v) => v && /^[a-z]+:\/\//.test(v))).toEqual([]);
  });

  it('with SITE_URL: absolute image addresses, a canonical link, and the oEmbed file linked for discovery', () => {
    const tags = headTags(readFileSync(join(published, 'index.html'), 'utf8'));
    expect(meta(tags, 'og:image')).toBe(`${SITE}preview.png`);
    expect(meta(tags, 'twitter:image')).toBe(`${SITE}preview.png`);
    expect(meta(tags, 'og:url')).toBe(SITE);
    expect(links(tags, 'canonical').map((l) => l.href)).toEqual([SITE]);
    expect(links(tags, 'apple-touch-icon')[0]!.href).toBe(`${SITE}apple-touch-icon.png`);
    const discovery = links(tags, 'alternate').filter((l) => l.type === 'application/json+oembed');
    expect(discovery.map((l) => l.href)).toEqual([`${SITE}${OEMBED_FILE}`]);

    const answer = JSON.parse(readFileSync(join(published, OEMBED_FILE), 'utf8'));
    expect(answer).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: en.title,
      provider_name: en.share.publisher,
      provider_url: SITE,
      width: 800,
      height: 600,
      license: 'CC-BY-4.0',
      thumbnail_url: `${SITE}preview.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(answer.license_url).toMatch(/^https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/$/);
    // The snippet is the share dialog's iframe, on the published address, in embed mode.
    expect(answer.html).toMatch(new RegExp(`^<iframe src="${SITE.replace(/[./]/g, '\\$&')}#embed=1" title="${en.share.iframeTitle.replace(/[()]/g, '\\$&')}"`));
    expect(answer.html).toContain('height="600"');
    expect(answer.html).not.toContain('<script');
  });

  it('the oEmbed answer is built from the same snippet as the share dialog, under the data files\' licence', () => {
    expect(LICENCE).toEqual(DATA_LICENCE);
    const a = oembed({ title: 'T', description: 'D', imageAlt: 'A', siteName: 'S', frameTitle: 'F' }, SITE);
    expect(a.html).toBe(`<iframe src="${SITE}#embed=1" title="F" width="100%" height="600" style="border:0;width:100%;height:600px" loading="lazy" allow="fullscreen"></iframe>`);
  });
});
