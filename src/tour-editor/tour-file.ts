/**
 * The tour file as the editor writes it (pretty JSON, the format the briefing and the package
 * read) and the draft this browser keeps of it. Reading a user's file goes through the same
 * validation as the shipped tours (src/data/tour.ts); only the editor's own draft, which may hold
 * steps still being written, is read leniently here.
 */
import { DRAFT_KEY, DRAFT_SAVED_EVENT } from '../tour-package/tour-sources';
import { SHIPPED_TOURS } from '../data/load';
import { NEW_TOUR_ID, TOUR_ID } from '../data/tour-id';
import type { TourStep } from '../data/schema';
import { isLang } from '../i18n/languages';
import type { TourDraft } from './model';

/** Where the draft lives (the key the briefing reads it from): the tour file JSON, written on every change. */
export { DRAFT_KEY };
/** The last download of the draft: which file, when, and what it held (to tell "saved" honestly). */
export const SAVED_KEY = 'epaa-map.tour-draft-saved';

/** The id a new tour, or a copy of a shipped one, gets. */
export { NEW_TOUR_ID };

/**
 * The id a tour is written out with: its own, unless that is a shipped tour's (a presenter who
 * started from the shipped file, or opened it): a package carrying it would then stand in for the
 * translated shipped tour, so it is written as a new tour.
 */
export const ownTourId = (id: string): string => (SHIPPED_TOURS.includes(id) ? NEW_TOUR_ID : id);

/** One step as the file writes it: fields in the documented order, empty optional ones left out. */
function fileStep(step: TourStep): TourStep {
  const out: TourStep = { id: step.id, title: step.title.trim() } as TourStep;
  if (step.text?.trim()) out.text = step.text.trim();
  if (step.camera) out.camera = step.camera;
  out.phase = step.phase;
  out.sites = step.sites;
  out.statements = step.statements;
  if (step.notes?.trim()) out.notes = step.notes.trim();
  if (step.date) out.date = step.date;
  if (step.table) out.table = step.table;
  return out;
}

/** The tour file's text: pretty, ending with a new line. */
export function tourFileJson(tour: TourDraft): string {
  return `${JSON.stringify({ id: ownTourId(tour.id), title: tour.title.trim(), lang: tour.lang, steps: tour.steps.map(fileStep) }, null, 2)}\n`;
}

/** `<id>.json`, the id being a file-safe name already (lower-case letters, digits, dashes). */
export function tourFileName(tour: TourDraft): string {
  return `${ownTourId(tour.id)}.json`;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * The editor's own draft, read back as it was left, unfinished steps included (the briefing reads
 * it strictly and says what is wrong). Null if there is none or it is not a tour at all.
 */
export function readDraft(json: string | null): TourDraft | null {
  if (!json) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { steps?: unknown }).steps)) return null;
  const r = raw as Record<string, unknown>;
  const steps = (r.steps as unknown[]).filter((s): s is Record<string, unknown> => !!s && typeof s === 'object').map((s, i) => {
    const step: TourStep = { id: str(s.id) || `step-${i + 1}`, title: str(s.title), phase: num(s.phase), sites: ids(s.sites), statements: ids(s.statements), notes: str(s.notes) };
    if (str(s.text)) step.text = str(s.text);
    if (str(s.date)) step.date = str(s.date);
    const c = s.camera as Record<string, unknown> | undefined;
    if (c && typeof c === 'object' && num(c.zoom) !== null && num(c.lat) !== null && num(c.lon) !== null) step.camera = { zoom: num(c.zoom)!, lat: num(c.lat)!, lon: num(c.lon)! };
    if (typeof s.table === 'string') step.table = s.table as TourStep['table'];
    return step;
  });
  return { id: TOUR_ID.test(str(r.id)) ? str(r.id) : NEW_TOUR_ID, title: str(r.title), lang: isLang(r.lang) ? r.lang : 'en', steps };
}

/** What the last download wrote, or null. */
export interface SavedRecord {
  file: string;
  /** When, in milliseconds since 1970. */
  at: number;
  json: string;
}

export function readSaved(json: string | null): SavedRecord | null {
  if (!json) return null;
  try {
    const r = JSON.parse(json) as Partial<SavedRecord>;
    return typeof r.file === 'string' && typeof r.at === 'number' && typeof r.json === 'string' ? { file: r.file, at: r.at, json: r.json } : null;
  } catch {
    return null;
  }
}

/** Storage the browser may refuse (private mode, full, or turned off): false when it did. */
export function store(key: string, value: string | null, storage: Pick<Storage, 'setItem' | 'removeItem'> | null = safeLocalStorage()): boolean {
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the draft and tells a briefing open in this page to read it again (another tab hears of
 * it through its own `storage` event): false when the browser refused to keep it.
 */
export function storeDraft(json: string, storage: Pick<Storage, 'setItem' | 'removeItem'> | null = safeLocalStorage(), target: EventTarget = window): boolean {
  if (!store(DRAFT_KEY, json, storage)) return false;
  target.dispatchEvent(new Event(DRAFT_SAVED_EVENT));
  return true;
}


function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
