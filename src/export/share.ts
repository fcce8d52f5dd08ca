/**
 * What the share dialog hands out: links, the embed snippet and a file
 * name. Pure string building, so every piece has a unit test; nothing here touches the DOM.
 */
import { withHashKeys } from '../state/url-state.ts';
import type { EmbedTheme } from '../state/url-state.ts';

export const HEIGHT_MESSAGE = 'epaa-map:height';
/** The key Datawrapper's responsive embed script listens for; CMS plugins built for it work too. */
export const DATAWRAPPER_KEY = 'datawrapper-height';
/**
 * The iframe's id: this map's name plus the frame's key, so an editor reading the article's HTML
 * sees what the frame is. (Datawrapper's older host script looks for its own id first, then for a
 * frame whose address holds the key, which finds this one.)
 */
export const FRAME_ID_PREFIX = 'epaa-map-';

/**
 * A new key to name one embed to its host page: in the frame's address (`frame=<key>`), in the
 * iframe's id, and in the frame's Datawrapper message. Hosts whose script finds the frame by id or
 * by a key in its address then find this frame and no other, wherever the map is hosted, with
 * any number of embeds on the page. Random, so two embeds made apart never share one; letters
 * and digits only, so it is safe in an id, an address and a CSS selector; it starts with "epaa" and
 * never contains "epaa-map", the key of frames without one.
 */
export function newFrameKey(): string {
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint32Array(2));
  return `epaa${a.toString(36).padStart(7, '0')}${b.toString(36).padStart(7, '0')}`;
}

export interface EmbedChoice {
  /** Fixed view: the camera cannot be moved. */
  fixed: boolean;
  /** Selecting a site opens its statements. */
  panel: boolean;
  /** A chosen site's details open on load; otherwise the site is highlighted on the map only. */
  details?: boolean;
  /** Initial frame height in CSS pixels. */
  height: number;
  /** Resize the frame to what the map asks for (adds a small script to the snippet). */
  autoHeight: boolean;
  /** The frame's colours: light (the default, left out of the address), dark, or the reader's system's. */
  theme?: EmbedTheme;
}

/** The page's address without hash, with a view hash. */
export function viewUrl(pageUrl: string, hash: string): string {
  const base = pageUrl.split('#')[0]!;
  return `${base}${hash}`;
}

/** The address for the frame: the view plus the embed keys, and the frame's key if it has one. */
export function embedUrl(pageUrl: string, viewHash: string, choice: Pick<EmbedChoice, 'fixed' | 'panel' | 'details' | 'theme'>, frameKey: string | null = null): string {
  const details = choice.panel && choice.details ? '1' : null;
  const theme = choice.theme && choice.theme !== 'light' ? choice.theme : null;
  return viewUrl(pageUrl, withHashKeys(viewHash, { embed: '1', fixed: choice.fixed ? '1' : null, panel: choice.panel ? null : '0', details, frame: frameKey, theme }));
}

/**
 * The address of the full map for the current embed view: the same view without embed keys,
 * with `keys` set as well (none by default).
 */
export function fullMapUrl(pageUrl: string, keys: Record<string, string | null> = {}): string {
  const [base, hash = ''] = pageUrl.split('#') as [string, string?];
  return `${base}${withHashKeys(hash, { embed: null, fixed: null, panel: null, details: null, frame: null, theme: null, ...keys })}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const MIN_HEIGHT = 200;
export const MAX_HEIGHT = 2000;

/** Clamps a height typed by a person into what the snippet accepts. */
export function clampHeight(h: number): number {
  return Number.isFinite(h) ? Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(h))) : 500;
}

/**
 * The HTML to paste into an article: an iframe, plus, with auto height, a few lines that resize
 * it when the map posts its wanted height. With a frame key the iframe's id names the map and the
 * key; the key is also in `src`, where host scripts that find frames by address look for it.
 */
export function embedSnippet(src: string, title: string, choice: EmbedChoice, frameKey: string | null = null): string {
  const height = clampHeight(choice.height);
  const id = frameKey ? `id="${escapeAttr(FRAME_ID_PREFIX + frameKey)}" ` : '';
  const iframe =
    `<iframe ${id}src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;height:${height}px" loading="lazy" allow="fullscreen"></iframe>`;
  if (!choice.autoHeight) return iframe;
  const script =
    `<script>window.addEventListener("message",function(e){var d=e.data;` +
    `if(!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>0))return;` +
    // Runs in the host's article, not in this app: it finds the frame that sent the message.
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.round(d.height)+"px";});});</script>`;
  return `${iframe}\n${script}`;
}

/** epaa-map_phase-3_redzikowo_2026-11-25.png: the view and the date, safe in any file system. */
export function exportFileName(parts: (string | null)[], date: Date, suffix = '', extension: 'png' | 'svg' = 'png'): string {
  const slug = ['epaa-map', ...parts.filter((p): p is string => !!p)]
    .map((p) => p.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('_');
  return `${slug}_${date.toISOString().slice(0, 10)}${suffix}.${extension}`;
}

/**
 * The view's hash as shared, with its language. A link names the language whenever it is not
 * English, however the sharer came to it (the menu, the address or their browser): the words sent
 * with it (the citation, the image) are in that language, and which language the receiver's browser
 * would pick is unknown. English, what every browser gets when it asks for none of the map's
 * languages, is named only where the address already names it (a reader chose it). An embed always
 * names its language: it sits in an article written in one, whatever its readers' browsers ask for.
 */
export function withSharedLanguage(hash: string, lang: string, embed: boolean): string {
  return lang === 'en' && !embed ? hash : withHashKeys(hash, { lang });
}
