/**
 * Everything the URL hash holds, as one typed state, with pure parse and serialize:
 * the view (`site=<id>&phase=<n>&map=<zoom>/<lat>/<lon>`, or `bounds=<west>,<south>,<east>,<north>`
 * for a shared view that each screen fits to its own size), the explore keys (`lang=`, `layers=`,
 * `list=1`), the briefing keys (`tour=<tour id>:<step>`, `presenter=1`) and the tour editor's
 * (`edit=tour`), and the "who said what" view (`said=1`, filtered by `sides=<side>,…` and by the
 * chosen site and phase). Keys this module does not own
 * (the embed keys, anything a host added) are kept as they were, ahead of ours, so a write from
 * here breaks nothing else. Malformed or unknown values are dropped one by one; the rest still
 * applies; the first valid value of a repeated key wins. Defaults are omitted.
 */
import { DEFAULT_TOUR, DRAFT_TOUR, TOUR_ID } from '../data/tour-id.ts';
import { SIDES } from '../data/sides.ts';
import type { Side } from '../data/sides.ts';

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

/**
 * A box of the map to show, fitted to whatever size the map has: west, south, east, north in
 * degrees. What a shared link or an embed carries instead of a camera, whose zoom only suits the
 * sharer's window.
 */
export type ViewBounds = [west: number, south: number, east: number, north: number];

/** The ids a hash may name: from the data, as loaded (the same in every language). */
export interface KnownIds {
  sites: ReadonlySet<string>;
  phases: ReadonlySet<number>;
}

export const EMPTY_VIEW: ViewState = { site: null, phase: null, camera: null };

/** The map's layers: each kind of site, and the illustrative geometry. */
export const LAYERS = ['interceptor', 'radar', 'naval', 'command', 'ranges', 'lines', 'measure'] as const;
export type Layer = (typeof LAYERS)[number];
/** On unless the URL says otherwise. Ranges and lines are opt-in: they look like coverage. */
export const DEFAULT_LAYERS: ReadonlySet<Layer> = new Set<Layer>(['interceptor', 'radar', 'naval', 'command', 'measure']);

export { DEFAULT_TOUR, DRAFT_TOUR };

/** Which tour a briefing plays, and its step from 1 (clamped to the tour by the briefing). */
export interface TourRef {
  id: string;
  step: number;
}

/**
 * Reads `tour=`: `<id>:<step>`, or only `<step>` for the default tour. Null for anything else
 * (a step below 1 or over 999, a malformed id).
 */
export function parseTourRef(value: string): TourRef | null {
  const m = /^(?:([^:]*):)?(\d{1,3})$/.exec(value);
  if (!m || Number(m[2]) < 1) return null;
  const id = m[1] ?? DEFAULT_TOUR;
  return TOUR_ID.test(id) ? { id, step: Number(m[2]) } : null;
}

/** `tour=`'s value: always with the id, so a link says which tour it plays. */
export function formatTourRef(t: TourRef): string {
  return `${t.id}:${t.step}`;
}

/** The whole hash, typed. */
export interface HashState extends ViewState {
  /** A two-letter language code; whether the map speaks it is the language module's call. */
  lang: string | null;
  layers: ReadonlySet<Layer>;
  /** The list view instead of the map. */
  list: boolean;
  /** The briefing: which tour, at which step. */
  tour: TourRef | null;
  /** The presenter's second window. */
  presenter: boolean;
  /** A section for the list view to open at (the corrections): taken once, then removed. */
  section: string | null;
  /** The box to fit when there is no camera (a shared view); written only without a camera. */
  bounds: ViewBounds | null;
  /** The month the map shows the plan at ("YYYY-MM"); null for today's map. */
  date: string | null;
  /** The tour editor is open (`edit=tour`), so a reload keeps it open. */
  edit: boolean;
  /** The "who said what" view: every statement on one timeline. */
  said: boolean;
  /** The sides whose statements the view shows; empty for every side. */
  sides: ReadonlySet<Side>;
}

export const EMPTY_STATE: HashState = { ...EMPTY_VIEW, bounds: null, lang: null, layers: DEFAULT_LAYERS, list: false, tour: null, presenter: false, section: null, date: null, edit: false, said: false, sides: new Set<Side>() };

/** The keys this module owns, in the order they are written. */
const OWN_KEYS = ['tour', 'presenter', 'lang', 'layers', 'list', 'said', 'sides', 'section', 'site', 'phase', 'map', 'bounds', 'date', 'edit'] as const;
const OWN = new Set<string>(OWN_KEYS);
const MAX_ZOOM = 22;
const MAX_LAT = 85.0511;
/** The form of a data id; used before the data says which ids exist. */
const ID_FORM = /^[a-z0-9][a-z0-9-]{0,79}$/;

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

/**
 * Parses `west,south,east,north`, rejecting anything out of range, an empty box, or a box that
 * crosses the antimeridian (the map never shows one).
 */
export function parseBounds(value: string): ViewBounds | null {
  const parts = value.split(',');
  if (parts.length !== 4) return null;
  const [west, south, east, north] = parts.map(parseDecimal);
  if (west == null || south == null || east == null || north == null) return null;
  if (Math.abs(west) > 180 || Math.abs(east) > 180 || Math.abs(south) > MAX_LAT || Math.abs(north) > MAX_LAT) return null;
  if (!(west < east) || !(south < north)) return null;
  return [west + 0, south + 0, east + 0, north + 0];
}

/** Four decimals (about 10 m): enough for a box, and equal boxes write equally. */
export function formatBounds(b: ViewBounds): string {
  return b.map((n) => Math.round(n * 1e4) / 1e4 + 0).join(',');
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Splits a hash (or query) into ordered key/value pairs, without throwing on bad percent-encoding. */
function pairs(hash: string): [string, string][] {
  const body = hash.startsWith('#') || hash.startsWith('?') ? hash.slice(1) : hash;
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

/**
 * Reads every key this module owns. With `known`, a site or phase must exist in the data; without
 * it (before the data has loaded), only its form is checked.
 */
export function parseHashState(hash: string, known: KnownIds | null): HashState {
  const s: { -readonly [K in keyof HashState]: HashState[K] } = { ...EMPTY_STATE };
  let layersSeen = false;
  let sidesSeen = false;
  for (const [key, value] of pairs(hash)) {
    if (key === 'site') {
      if (s.site === null && (known ? known.sites.has(value) : ID_FORM.test(value))) s.site = value;
    } else if (key === 'phase') {
      if (s.phase === null && /^\d{1,2}$/.test(value) && (known ? known.phases.has(Number(value)) : Number(value) >= 1)) s.phase = Number(value);
    } else if (key === 'map') {
      if (s.camera === null) s.camera = parseCamera(value);
    } else if (key === 'bounds') {
      if (s.bounds === null) s.bounds = parseBounds(value);
    } else if (key === 'lang') {
      if (s.lang === null && /^[a-z]{2}$/.test(value)) s.lang = value;
    } else if (key === 'list') {
      if (value === '1') s.list = true;
    } else if (key === 'layers') {
      if (layersSeen) continue;
      layersSeen = true;
      // Unknown names are dropped one by one; the rest still applies.
      s.layers = new Set(value === 'none' ? [] : value.split(',').filter((l): l is Layer => (LAYERS as readonly string[]).includes(l)));
    } else if (key === 'tour') {
      if (s.tour === null) s.tour = parseTourRef(value);
    } else if (key === 'presenter') {
      if (value === '1') s.presenter = true;
    } else if (key === 'section') {
      if (s.section === null && /^[a-z][a-z-]{0,40}$/.test(value)) s.section = value;
    } else if (key === 'date') {
      if (s.date === null) s.date = parseMonth(value);
    } else if (key === 'edit') {
      if (value === 'tour') s.edit = true;
    } else if (key === 'said') {
      if (value === '1') s.said = true;
    } else if (key === 'sides') {
      if (sidesSeen) continue;
      sidesSeen = true;
      // Unknown sides are dropped one by one; the rest still applies.
      s.sides = new Set(value.split(',').filter((x): x is Side => (SIDES as readonly string[]).includes(x)));
    }
  }
  return s;
}

/** Keeps only the site and phase the data has (the rest of the state needs no data to check). */
export function withKnownIds(state: HashState, known: KnownIds): HashState {
  const site = state.site !== null && !known.sites.has(state.site) ? null : state.site;
  const phase = state.phase !== null && !known.phases.has(state.phase) ? null : state.phase;
  return site === state.site && phase === state.phase ? state : { ...state, site, phase };
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

/** The `layers=` value for a set of layers: null (no key) for the default set. */
export function formatLayers(layers: ReadonlySet<Layer>): string | null {
  const on = LAYERS.filter((l) => layers.has(l));
  if (on.length === DEFAULT_LAYERS.size && on.every((l) => DEFAULT_LAYERS.has(l))) return null;
  return on.length ? on.join(',') : 'none';
}

/** Each owned key's value as written, or null where the state has the default. */
function ownValues(s: HashState): Record<(typeof OWN_KEYS)[number], string | null> {
  return {
    tour: s.tour === null ? null : formatTourRef(s.tour),
    presenter: s.presenter ? '1' : null,
    lang: s.lang,
    layers: formatLayers(s.layers),
    list: s.list ? '1' : null,
    said: s.said ? '1' : null,
    // In the order of SIDES, so that equal filters write equally.
    sides: s.sides.size ? SIDES.filter((x) => s.sides.has(x)).join(',') : null,
    section: s.section,
    site: s.site,
    phase: s.phase === null ? null : String(s.phase),
    map: s.camera === null ? null : formatCamera(s.camera),
    // A camera says exactly what to show; the box is only for views shared without one.
    bounds: s.camera === null && s.bounds !== null ? formatBounds(s.bounds) : null,
    date: s.date,
    edit: s.edit ? 'tour' : null,
  };
}

const encodeValue = (value: string) => encodeURIComponent(value).replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':');

/**
 * Writes the whole state into a hash, keeping the keys this module does not own from
 * `previousHash`, in their original order, ahead of ours. Returns '' when there is nothing to write.
 */
export function serializeHashState(state: HashState, previousHash = ''): string {
  const parts = partsWithout(previousHash, OWN);
  for (const [key, value] of Object.entries(ownValues(state))) {
    // Commas, slashes and colons are allowed in a fragment and keep lists, cameras and tours readable.
    if (value !== null) parts.push(`${key}=${encodeValue(value)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  const x = roundCamera(a);
  const y = roundCamera(b);
  return x.zoom === y.zoom && x.lat === y.lat && x.lon === y.lon;
}

/** Whether two states write the same hash. */
export function sameState(a: HashState, b: HashState): boolean {
  const x = ownValues(a);
  const y = ownValues(b);
  return OWN_KEYS.every((k) => x[k] === y[k]);
}

/**
 * Sets or removes keys in a hash, keeping every other key as it was. A null value removes the key.
 */
export function withHashKeys(hash: string, changes: Record<string, string | null>): string {
  const kept = partsWithout(hash, new Set(Object.keys(changes)));
  for (const [key, value] of Object.entries(changes)) {
    if (value !== null) kept.push(`${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  }
  return kept.length ? `#${kept.join('&')}` : '';
}

/**
 * Embed mode: `embed=1` in the hash or the query turns it on; `fixed=1` locks the camera;
 * `panel=0` turns off the statements panel; `details=1` opens the chosen site's details on load
 * (else the site is only highlighted on the map, and a reader opens them from its marker);
 * `frame=<key>` names this frame to host scripts that
 * find frames by id or address (letters, digits, `-` and `_` only, so that it is safe in an id
 * and in a CSS selector); `theme=dark` or `theme=auto` (the reader's system colours) instead of
 * light, the colours of almost every article it sits in. Anything else is ignored. The host
 * chooses these in the frame's address, so they hold for the life of the page.
 */
export interface EmbedOptions {
  embed: boolean;
  fixed: boolean;
  panel: boolean;
  /** The chosen site's panel open on load (only where the panel is on). */
  details: boolean;
  frameKey: string | null;
  theme: EmbedTheme;
}

export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
const isEmbedTheme = (v: string): v is EmbedTheme => (EMBED_THEMES as readonly string[]).includes(v);

const FRAME_KEY_FORM = /^[A-Za-z0-9_-]{1,64}$/;

export function parseEmbedOptions(hash: string, search = ''): EmbedOptions {
  const options: EmbedOptions = { embed: false, fixed: false, panel: true, details: false, frameKey: null, theme: 'light' };
  for (const [key, value] of [...pairs(search), ...pairs(hash)]) {
    if (key === 'embed' && value === '1') options.embed = true;
    else if (key === 'fixed' && value === '1') options.fixed = true;
    else if (key === 'panel' && value === '0') options.panel = false;
    else if (key === 'details' && value === '1') options.details = true;
    else if (key === 'frame' && options.frameKey === null && FRAME_KEY_FORM.test(value)) options.frameKey = value;
    else if (key === 'theme' && isEmbedTheme(value)) options.theme = value;
  }
  if (!options.panel) options.details = false;
  return options;
}

/**
 * A month as the `date=` key writes it, `YYYY-MM`, or null. Whether the plan has anything to show
 * then (not before its first dated event, not after today) is the caller's call.
 */
export function parseMonth(value: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= 1900 && year <= 2999 && month >= 1 && month <= 12 ? value : null;
}
