/**
 * What the share dialog hands out: links, the embed snippet, a citation and a file
 * name. Pure string building, so every piece has a unit test; nothing here touches the DOM.
 */
import { withHashKeys } from '../state/url-state';

export const HEIGHT_MESSAGE = 'epaa-map:height';
/** The key Datawrapper's responsive embed script listens for; CMS plugins built for it work too. */
export const DATAWRAPPER_KEY = 'datawrapper-height';

export interface EmbedChoice {
  /** Fixed view: the camera cannot be moved. */
  fixed: boolean;
  /** Selecting a site opens its statements. */
  panel: boolean;
  /** Initial frame height in CSS pixels. */
  height: number;
  /** Resize the frame to what the map asks for (adds a small script to the snippet). */
  autoHeight: boolean;
}

/** The page's address without hash, with a view hash. */
export function viewUrl(pageUrl: string, hash: string): string {
  const base = pageUrl.split('#')[0]!;
  return `${base}${hash}`;
}

/** The address for the frame: the view plus the embed keys. */
export function embedUrl(pageUrl: string, viewHash: string, choice: Pick<EmbedChoice, 'fixed' | 'panel'>): string {
  return viewUrl(pageUrl, withHashKeys(viewHash, { embed: '1', fixed: choice.fixed ? '1' : null, panel: choice.panel ? null : '0' }));
}

/**
 * The address of the full map for the current embed view: the same view without embed keys,
 * with `keys` set as well (none by default).
 */
export function fullMapUrl(pageUrl: string, keys: Record<string, string | null> = {}): string {
  const [base, hash = ''] = pageUrl.split('#') as [string, string?];
  return `${base}${withHashKeys(hash, { embed: null, fixed: null, panel: null, ...keys })}`;
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
 * it when the map posts its wanted height.
 */
export function embedSnippet(src: string, title: string, choice: EmbedChoice): string {
  const height = clampHeight(choice.height);
  const iframe =
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;height:${height}px" loading="lazy" allow="fullscreen"></iframe>`;
  if (!choice.autoHeight) return iframe;
  const script =
    `<script>window.addEventListener("message",function(e){var d=e.data;` +
    `if(!d||d.type!=="${HEIGHT_MESSAGE}"||!(d.height>0))return;` +
    `document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.round(d.height)+"px";});});</script>`;
  return `${iframe}\n${script}`;
}

/**
 * "Title", description. Publisher. Facts checked on 28 November 2026. URL (accessed 30 November 2026).
 * `checked` is the "facts checked" sentence, with its full stop; '' (the default) leaves it out.
 */
export function citation(title: string, description: string, publisher: string, url: string, accessed: Date, checked = ''): string {
  const day = accessed.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `“${title}”, ${description}. ${publisher}.${checked ? ` ${checked}` : ''} ${url} (accessed ${day}).`;
}

/** epaa-map_phase-3_redzikowo_2026-11-25.png: the view and the date, safe in any file system. */
export function exportFileName(parts: (string | null)[], date: Date, suffix = ''): string {
  const slug = ['epaa-map', ...parts.filter((p): p is string => !!p)]
    .map((p) => p.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean)
    .join('_');
  return `${slug}_${date.toISOString().slice(0, 10)}${suffix}.png`;
}
