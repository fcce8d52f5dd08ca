/**
 * The view in the URL hash: `#site=<id>&phase=<n>&map=<zoom>/<lat>/<lon>` (issue #2).
 * Pure parse and serialize. Unknown keys are kept as they were, so features that own other keys
 * (embeds, briefings) are not broken by a write from here. Malformed or unknown values are
 * dropped one by one; the rest still applies. Defaults are omitted.
 */

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

export interface ViewState {
  site: string | null;
  phase: number | null;
  camera: Camera | null;
}

export interface KnownIds {
  sites: ReadonlySet<string>;
  phases: ReadonlySet<number>;
}

export const EMPTY_VIEW: ViewState = { site: null, phase: null, camera: null };

const OWN_KEYS = new Set(['site', 'phase', 'map']);
const MAX_ZOOM = 22;
const MAX_LAT = 85.0511;

/** A decimal number as people and MapLibre write it; no exponents, hex, or Infinity. */
function parseDecimal(s: string): number | null {
  if (!/^-?\d{1,4}(\.\d{1,12})?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Parses `zoom/lat/lon`, rejecting anything out of range. */
export function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length !== 3) return null;
  const [zoom, lat, lon] = parts.map(parseDecimal);
  if (zoom == null || lat == null || lon == null) return null;
  if (zoom < 0 || zoom > MAX_ZOOM) return null;
  if (Math.abs(lat) > MAX_LAT || Math.abs(lon) > 180) return null;
  // Normalise -0 so that serialize(parse(x)) is stable.
  return { zoom: zoom + 0, lat: lat + 0, lon: lon + 0 };
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a hash into ordered key/value pairs, without throwing on bad percent-encoding. */
function pairs(hash: string): [string, string][] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const out: [string, string][] = [];
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = decode(eq < 0 ? '' : part.slice(eq + 1));
    if (key === null || value === null) continue;
    out.push([key, value]);
  }
  return out;
}

/** The raw `key=value` parts of a hash, in order, less those whose key is in `drop`. */
function partsWithout(hash: string, drop: ReadonlySet<string>): string[] {
  const kept: string[] = [];
  for (const part of (hash.startsWith('#') ? hash.slice(1) : hash).split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    if (key !== null && drop.has(key)) continue;
    kept.push(part);
  }
  return kept;
}

/** Reads the view from a hash. The first valid value of a repeated key wins. */
export function parseHash(hash: string, known: KnownIds): ViewState {
  const view: ViewState = { ...EMPTY_VIEW };
  for (const [key, value] of pairs(hash)) {
    if (key === 'site' && view.site === null && known.sites.has(value)) view.site = value;
    else if (key === 'phase' && view.phase === null && /^\d{1,2}$/.test(value) && known.phases.has(Number(value))) view.phase = Number(value);
    else if (key === 'map' && view.camera === null) view.camera = parseCamera(value);
  }
  return view;
}

/** Rounds a camera the way it is written, so equal views compare equal. */
export function roundCamera(c: Camera): Camera {
  const r = (n: number, d: number) => {
    const f = 10 ** d;
    return Math.round(n * f) / f + 0;
  };
  return { zoom: r(c.zoom, 2), lat: r(c.lat, 4), lon: r(c.lon, 4) };
}

export function formatCamera(c: Camera): string {
  const { zoom, lat, lon } = roundCamera(c);
  return `${zoom}/${lat}/${lon}`;
}

/**
 * Writes the view into a hash, keeping keys this module does not own from `previousHash`, in
 * their original order, ahead of ours. Returns '' when there is nothing to write.
 */
export function serializeHash(view: ViewState, previousHash = ''): string {
  const parts = partsWithout(previousHash, OWN_KEYS);
  if (view.site !== null) parts.push(`site=${encodeURIComponent(view.site)}`);
  if (view.phase !== null) parts.push(`phase=${view.phase}`);
  if (view.camera !== null) parts.push(`map=${formatCamera(view.camera)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  const x = roundCamera(a);
  const y = roundCamera(b);
  return x.zoom === y.zoom && x.lat === y.lat && x.lon === y.lon;
}

/** The briefing's keys (issue #3): `tour=<step from 1>`, `presenter=1` for the speaker's window. */
export interface BriefingKeys {
  tour: number | null;
  presenter: boolean;
}

/** Reads the briefing keys. The step is only checked to be a positive integer here; the tour clamps it. */
export function parseBriefingKeys(hash: string): BriefingKeys {
  let tour: number | null = null;
  let presenter = false;
  for (const [key, value] of pairs(hash)) {
    if (key === 'tour' && tour === null && /^\d{1,3}$/.test(value) && Number(value) >= 1) tour = Number(value);
    else if (key === 'presenter' && value === '1') presenter = true;
  }
  return { tour, presenter };
}

/**
 * Sets or removes keys in a hash, keeping every other key as it was. A null value removes the key.
 */
export function withHashKeys(hash: string, changes: Record<string, string | null>): string {
  const kept = partsWithout(hash, new Set(Object.keys(changes)));
  for (const [key, value] of Object.entries(changes)) {
    // Commas are allowed in a fragment and keep lists readable (`layers=ranges,lines`).
    if (value !== null) kept.push(`${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  }
  return kept.length ? `#${kept.join('&')}` : '';
}

/**
 * Embed mode (issue #4): `embed=1` in the hash or the query turns it on; `fixed=1` locks the
 * camera; `panel=0` turns off the statements panel. Anything else is ignored.
 */
export interface EmbedOptions {
  embed: boolean;
  fixed: boolean;
  panel: boolean;
}

export function parseEmbedOptions(hash: string, search = ''): EmbedOptions {
  const options: EmbedOptions = { embed: false, fixed: false, panel: true };
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const [key, value] of [...pairs(query), ...pairs(hash)]) {
    if (key === 'embed' && value === '1') options.embed = true;
    else if (key === 'fixed' && value === '1') options.fixed = true;
    else if (key === 'panel' && value === '0') options.panel = false;
  }
  return options;
}

/** The map's layers (issue #5): each kind of site, and the illustrative geometry. */
export const LAYERS = ['interceptor', 'radar', 'naval', 'command', 'ranges', 'lines', 'measure'] as const;
export type Layer = (typeof LAYERS)[number];
/** On unless the URL says otherwise. Ranges and lines are opt-in: they look like coverage. */
export const DEFAULT_LAYERS: ReadonlySet<Layer> = new Set<Layer>(['interceptor', 'radar', 'naval', 'command', 'measure']);

/**
 * Explore keys (issue #5): `lang=<code>` (checked by the caller, who knows the languages),
 * `layers=<the layers that are on, comma-separated>` or `layers=none`, and `list=1` for the list view.
 */
export interface ExploreKeys {
  lang: string | null;
  layers: ReadonlySet<Layer>;
  list: boolean;
}

export function parseExploreKeys(hash: string): ExploreKeys {
  const keys: ExploreKeys = { lang: null, layers: DEFAULT_LAYERS, list: false };
  let layersSeen = false;
  for (const [key, value] of pairs(hash)) {
    if (key === 'lang' && keys.lang === null && /^[a-z]{2}$/.test(value)) keys.lang = value;
    else if (key === 'list' && value === '1') keys.list = true;
    else if (key === 'layers' && !layersSeen) {
      layersSeen = true;
      // Unknown names are dropped one by one; the rest still applies.
      keys.layers = new Set(value === 'none' ? [] : value.split(',').filter((l): l is Layer => (LAYERS as readonly string[]).includes(l)));
    }
  }
  return keys;
}

/** The `layers=` value for a set of layers: null (no key) for the default set. */
export function formatLayers(layers: ReadonlySet<Layer>): string | null {
  const on = LAYERS.filter((l) => layers.has(l));
  if (on.length === DEFAULT_LAYERS.size && on.every((l) => DEFAULT_LAYERS.has(l))) return null;
  return on.length ? on.join(',') : 'none';
}
