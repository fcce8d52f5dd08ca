import { describe, expect, it } from 'vitest';
import { wantedMapHeight } from '../../../src/embed/host';
import { clampHeight, embedSnippet, embedUrl, exportFileName, fullMapUrl, newFrameKey, viewUrl, withSharedLanguage } from '../../../src/export/share';
import { ru } from '../../../src/i18n/messages/ru';
import { pl } from '../../../src/i18n/messages/pl';
import { citations } from '../../../src/export/cite';
import { CORRECTIONS_SECTION, listSectionKeys } from '../../../src/ui/list-section';
import { parseEmbedOptions, parseHashState } from '../../../src/state/url-state';

const page = 'https://news.example/maps/epaa/index.html';

describe('links', () => {
  it('a view link keeps the page and replaces the hash', () => {
    expect(viewUrl(`${page}#old=1`, '#site=rota&phase=2')).toBe(`${page}#site=rota&phase=2`);
  });
  it('the embed link adds only the keys that differ from the defaults', () => {
    expect(embedUrl(page, '#phase=3', { fixed: false, panel: true })).toBe(`${page}#phase=3&embed=1`);
    expect(embedUrl(page, '', { fixed: true, panel: false })).toBe(`${page}#embed=1&fixed=1&panel=0`);
  });
  it('the embed link opens the details on load only when asked, and only with the panel', () => {
    expect(embedUrl(page, '#site=rota', { fixed: false, panel: true, details: true })).toBe(`${page}#site=rota&embed=1&details=1`);
    expect(embedUrl(page, '#site=rota', { fixed: false, panel: true, details: false })).toBe(`${page}#site=rota&embed=1`);
    expect(embedUrl(page, '#site=rota', { fixed: false, panel: false, details: true })).toBe(`${page}#site=rota&embed=1&panel=0`);
    expect(fullMapUrl(`${page}#site=rota&embed=1&details=1`)).toBe(`${page}#site=rota`);
  });
  it('the embed link names its theme unless it is light, and the full map link drops it', () => {
    expect(embedUrl(page, '#phase=3', { fixed: false, panel: true, theme: 'light' })).toBe(`${page}#phase=3&embed=1`);
    expect(embedUrl(page, '#phase=3', { fixed: false, panel: true, theme: 'dark' })).toBe(`${page}#phase=3&embed=1&theme=dark`);
    expect(embedUrl(page, '#phase=3', { fixed: false, panel: true, theme: 'auto' })).toBe(`${page}#phase=3&embed=1&theme=auto`);
    expect(fullMapUrl(`${page}#phase=3&embed=1&theme=dark`)).toBe(`${page}#phase=3`);
  });
  it('the embed link carries the frame key after the embed keys', () => {
    expect(embedUrl(page, '#phase=3', { fixed: false, panel: true }, 'epaa0a1b2c3')).toBe(`${page}#phase=3&embed=1&frame=epaa0a1b2c3`);
  });
  it('the full map link drops the embed keys and keeps the view', () => {
    expect(fullMapUrl(`${page}#site=rota&embed=1&fixed=1&panel=0&frame=epaa0a1b2c3&map=4/40/0`)).toBe(`${page}#site=rota&map=4/40/0`);
  });
  it('the corrections link opens the full map at the list view and its corrections', () => {
    const url = fullMapUrl(`${page}#site=rota&embed=1&panel=0`, listSectionKeys(CORRECTIONS_SECTION));
    expect(url).toBe(`${page}#site=rota&list=1&section=corrections`);
    expect(parseHashState(url.slice(url.indexOf('#')), null).section).toBe(CORRECTIONS_SECTION);
    expect(parseHashState('#section=%3Cimg%3E', null).section).toBeNull();
    expect(parseHashState('#list=1', null).section).toBeNull();
  });
});

describe('parseEmbedOptions', () => {
  it('reads embed from the hash or the query', () => {
    expect(parseEmbedOptions('#embed=1').embed).toBe(true);
    expect(parseEmbedOptions('', '?embed=1').embed).toBe(true);
    expect(parseEmbedOptions('#site=rota')).toEqual({ embed: false, fixed: false, panel: true, details: false, frameKey: null, theme: 'light' });
  });
  it.each(['embed=0', 'embed=true', 'embed=', 'embed', 'EMBED=1', 'embed=%31%31'])('ignores %s', (h) => {
    expect(parseEmbedOptions(`#${h}`).embed).toBe(false);
  });
  it('reads fixed and panel', () => {
    expect(parseEmbedOptions('#embed=1&fixed=1&panel=0')).toEqual({ embed: true, fixed: true, panel: false, details: false, frameKey: null, theme: 'light' });
    expect(parseEmbedOptions('#embed=1&fixed=yes&panel=no')).toEqual({ embed: true, fixed: false, panel: true, details: false, frameKey: null, theme: 'light' });
  });
  it('reads details=1, only where the panel is on', () => {
    expect(parseEmbedOptions('#embed=1&site=rota&details=1').details).toBe(true);
    expect(parseEmbedOptions('#embed=1', '?details=1').details).toBe(true);
    expect(parseEmbedOptions('#embed=1&details=1&panel=0').details).toBe(false);
  });
  it.each(['details=0', 'details=true', 'details=', 'details', 'DETAILS=1', 'details=11'])('ignores %s', (h) => {
    expect(parseEmbedOptions(`#embed=1&${h}`).details).toBe(false);
  });
  it('reads the theme: light unless the address says dark or auto', () => {
    expect(parseEmbedOptions('#embed=1').theme).toBe('light');
    expect(parseEmbedOptions('#embed=1&theme=dark').theme).toBe('dark');
    expect(parseEmbedOptions('#embed=1', '?theme=auto').theme).toBe('auto');
    expect(parseEmbedOptions('#embed=1&theme=Dark').theme).toBe('light');
    expect(parseEmbedOptions('#embed=1&theme=%3Cb%3E').theme).toBe('light');
  });
  it('reads the frame key from the hash or the query, the first valid one', () => {
    expect(parseEmbedOptions('#embed=1&frame=epaa0a1b2c3').frameKey).toBe('epaa0a1b2c3');
    expect(parseEmbedOptions('#embed=1', '?frame=map_2').frameKey).toBe('map_2');
    expect(parseEmbedOptions('#frame=a%27b&frame=ok-1').frameKey).toBe('ok-1');
  });
  it.each(['frame=', "frame=a'b", 'frame=a%22b', 'frame=a]b', 'frame=a%20b', 'frame=%3Cx%3E', `frame=${'k'.repeat(65)}`])(
    'drops a frame key unsafe in an id or a selector: %s',
    (h) => {
      expect(parseEmbedOptions(`#embed=1&${h}`).frameKey).toBeNull();
    },
  );
});

describe('embedSnippet', () => {
  const choice = { fixed: false, panel: true, height: 520, autoHeight: true };
  it('is an iframe with title, height and no border, plus the resize script', () => {
    const html = embedSnippet(`${page}#embed=1`, 'Map: EPAA sites', choice);
    expect(html).toMatch(/^<iframe src="https:\/\/news\.example\/maps\/epaa\/index\.html#embed=1" title="Map: EPAA sites" width="100%" height="520" /);
    expect(html).toContain('<script>');
    expect(html).toContain('epaa-map:height');
  });
  it('names the iframe as this map, with its frame key, which its address carries too', () => {
    const html = embedSnippet(`${page}#embed=1&frame=epaa0a1b2c3`, 't', choice, 'epaa0a1b2c3');
    expect(html).toMatch(/^<iframe id="epaa-map-epaa0a1b2c3" src="[^"]*frame=epaa0a1b2c3"/);
    expect(html).not.toContain('datawrapper');
    expect(embedSnippet(page, 't', choice)).not.toContain(' id=');
  });
  it('has no script with a fixed height', () => {
    expect(embedSnippet(page, 't', { ...choice, autoHeight: false })).not.toContain('<script');
  });
  it('escapes quotes and markup in the address and the title', () => {
    const html = embedSnippet('https://x/?a="b"&c=<d>', 'A "quoted" <title>', { ...choice, autoHeight: false });
    expect(html).toContain('src="https://x/?a=&quot;b&quot;&amp;c=&lt;d&gt;"');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
  });
  it('clamps the height', () => {
    expect(clampHeight(50)).toBe(200);
    expect(clampHeight(99999)).toBe(2000);
    expect(clampHeight(Number.NaN)).toBe(500);
  });
});

describe('file name', () => {
  it('names the file after the view and the date, without diacritics or spaces', () => {
    expect(exportFileName(['Phase 3', 'Kürecik'], new Date('2026-11-25T23:00:00Z'), '@2x')).toBe('epaa-map_phase-3_kurecik_2026-11-25@2x.png');
    expect(exportFileName([null], new Date('2026-01-02T00:00:00Z'))).toBe('epaa-map_2026-01-02.png');
    expect(exportFileName(['Phase 2'], new Date('2026-01-02T00:00:00Z'), '', 'svg')).toBe('epaa-map_phase-2_2026-01-02.svg');
    // A map of a date: its month first, then the day the file was made.
    expect(exportFileName(['2019-01', null, 'Redzikowo'], new Date('2026-12-07T10:00:00Z'), '_print')).toBe('epaa-map_2019-01_redzikowo_2026-12-07_print.png');
  });
});

describe('wantedMapHeight', () => {
  it('is landscape, with a floor for phones and a ceiling for wide columns', () => {
    expect(wantedMapHeight(800)).toBe(496);
    expect(wantedMapHeight(320)).toBe(260);
    expect(wantedMapHeight(2000)).toBe(620);
  });
});

describe('newFrameKey', () => {
  it('is letters and digits after "epaa", never "epaa-map", and new each time', () => {
    const keys = Array.from({ length: 200 }, () => newFrameKey());
    for (const k of keys) expect(k).toMatch(/^epaa[a-z0-9]{14}$/);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('what leaves the map is in its language', () => {
  it('a citation in another language has its quotation marks, date and "accessed"', () => {
    const at = new Date('2026-11-25T10:00:00Z');
    const input = (view: string, url: string) => ({ title: 'EPAA', view, url, accessed: at, published: null, checked: '' });
    expect(citations(ru, input('все объекты', 'https://x/#lang=ru')).plain).toBe(
      `«EPAA», все объекты. ${ru.share.publisher}. https://x/#lang=ru (дата обращения: 25 ноября 2026 г.).`,
    );
    expect(citations(pl, input('wszystkie', 'https://x/')).plain).toBe(`„EPAA”, wszystkie. ${pl.share.publisher}. https://x/ (dostęp: 25 listopada 2026).`);
  });

  it('a link names any language but English; English only where the address already does', () => {
    expect(withSharedLanguage('#site=rota', 'ru', false)).toBe('#site=rota&lang=ru');
    expect(withSharedLanguage('', 'tr', false)).toBe('#lang=tr');
    expect(withSharedLanguage('#lang=ro&site=rota', 'ro', false)).toBe('#site=rota&lang=ro');
    expect(withSharedLanguage('#site=rota', 'en', false)).toBe('#site=rota');
    expect(withSharedLanguage('#lang=en&site=rota', 'en', false)).toBe('#lang=en&site=rota');
  });

  it('an embed always names its language, English too', () => {
    expect(withSharedLanguage('#phase=3', 'en', true)).toBe('#phase=3&lang=en');
    expect(withSharedLanguage('#phase=3', 'pl', true)).toBe('#phase=3&lang=pl');
    expect(embedUrl('https://x/', withSharedLanguage('', 'ru', true), { fixed: false, panel: true })).toBe('https://x/#lang=ru&embed=1');
  });
});
