/**
 * Where a briefing's tours come from: the tours the project ships (geodata/tours/), the draft kept
 * in this browser by the tour editor, and the tour a one-file package carries. Each is read with
 * the same validation; a shipped tour is shown in the reader's language where it is translated, the
 * others always in the language they were written in.
 */
import { SHIPPED_TOURS, loadTour } from '../data/load';
import { validateTourFile } from '../data/tour';
import type { Tour } from '../data/tour';
import type { TourStep } from '../data/schema';
import type { DataFile, DataProblem, Dataset } from '../data/validate';
import { describeProblem } from '../data/validate';
import { localizeTour } from '../data/content';
import type { Content } from '../data/content';
import type { Lang } from '../i18n/languages';
import type { Messages } from '../i18n/messages/en';
import { DRAFT_TOUR } from '../data/tour-id';
import { packageTourIdOf } from './package-tour';
import { readEmbeddedTour } from './embedded';

/** Where the tour editor keeps its draft in this browser: the tour file's JSON. */
export const DRAFT_KEY = 'epaa-map.tour-draft';
/**
 * The event the editor sends on `window` when it saves the draft in this tab (another tab's save
 * arrives as a `storage` event): a briefing playing the draft reads it again.
 */
export const DRAFT_SAVED_EVENT = 'epaa-map:tour-draft-saved';
/** How the draft and the package's tour are named in their problems (in English: the console's). */
const DRAFT_FILE: DataFile = 'file:the draft kept in this browser';
const EMBEDDED_FILE: DataFile = 'file:the tour in this file';

/** A tour's problem as the briefing lists it: the draft and the package's tour named in the reader's language. */
export function describeTourProblem(p: DataProblem, files: Messages['tourFiles']): string {
  const name = p.file === DRAFT_FILE ? files.draft : p.file === EMBEDDED_FILE ? files.embedded : null;
  return describeProblem(name === null ? p : { ...p, file: `file:${name}` });
}

export type TourKind = 'embedded' | 'shipped' | 'draft';

/** A tour as read, before it is put in the reader's language. */
export interface TourSource {
  /** The id the URL names it by: the file's id, or `draft` for the draft. */
  id: string;
  kind: TourKind;
  tour: Tour;
}

/** A tour ready to play: its title and steps in the language shown, and that language. */
export interface PlayableTour {
  id: string;
  kind: TourKind;
  title: string;
  /** The language its text is shown in (the reader's, for a translated shipped tour). */
  lang: Lang;
  steps: TourStep[];
  problems: DataProblem[];
}

/** What this browser keeps under a key; null when nothing, or when storage is switched off. */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function logProblems(what: string, problems: DataProblem[]): void {
  if (problems.length) console.error(`${what} (${problems.length}):\n${problems.map(describeProblem).join('\n')}`);
}

/**
 * Every tour there is here, in the menu's order: the package's own tour first, then the shipped
 * tours (default first), then the draft (with no steps when there is none). Those that cannot be
 * played are kept, so that asking for one says why; the menu offers only the playable ones.
 */
export async function loadTourSources(data: Pick<Dataset, 'targets'>): Promise<TourSource[]> {
  const raw = readEmbeddedTour();
  let embedded: TourSource | null = null;
  if (raw !== null) {
    const tour = validateTourFile(EMBEDDED_FILE, raw, data);
    logProblems('Problems in the tour this file carries', tour.problems);
    // Named as the first view names it when it picks the tour to open (packageTourId).
    const id = packageTourIdOf(raw);
    if (id !== null) embedded = { id, kind: 'embedded', tour };
  }
  const shipped = await Promise.all(SHIPPED_TOURS.map(async (id) => ({ id, kind: 'shipped' as const, tour: await loadTour(id, data) })));
  return [...arrangeTours(embedded, shipped), readDraftSource(data)];
}

/**
 * The package's tour first, then the shipped ones. The package's tour stands in for a shipped tour
 * of the same id only when it has steps to play; one that has none leaves the shipped tour in its
 * place and is kept under an id of its own (`<id>-in-file`), so that asking for it says what is wrong.
 */
export function arrangeTours(embedded: TourSource | null, shipped: TourSource[]): TourSource[] {
  if (embedded === null) return shipped;
  const taken = (id: string) => shipped.some((s) => s.id === id);
  if (!taken(embedded.id)) return [embedded, ...shipped];
  if (playable(embedded)) return [embedded, ...shipped.filter((s) => s.id !== embedded.id)];
  const stem = embedded.id.slice(0, 40 - '-in-file'.length);
  let id = `${stem}-in-file`;
  for (let n = 2; taken(id); n++) id = `${stem.slice(0, 40 - `-in-file-${n}`.length)}-in-file-${n}`;
  return [{ ...embedded, id }, ...shipped];
}

/**
 * The draft, read now (the editor may have changed it since the briefing started). `_when` is
 * what made the caller read it again; only its identity matters, to the caller's memo.
 */
export function readDraftSource(data: Pick<Dataset, 'targets'>, _when?: unknown): TourSource {
  const raw = readStored(DRAFT_KEY);
  if (raw === null) return { id: DRAFT_TOUR, kind: 'draft', tour: { info: null, steps: [], problems: [] } };
  return { id: DRAFT_TOUR, kind: 'draft', tour: validateTourFile(DRAFT_FILE, raw, data) };
}

/** Whether a source can be offered in the menu: it has steps to play. */
export const playable = (s: TourSource): boolean => s.tour.info !== null && s.tour.steps.length > 0;

/** A tour in the reader's language: shipped tours are translated where they can be, the rest never. */
export function toPlayable(s: TourSource, content: Content | null, readerLang: Lang): PlayableTour {
  const info = s.tour.info;
  const base = { id: s.id, kind: s.kind, problems: s.tour.problems };
  if (!info) return { ...base, title: s.id, lang: 'en', steps: [] };
  if (s.kind !== 'shipped') return { ...base, title: info.title, lang: info.lang, steps: s.tour.steps };
  const local = localizeTour({ id: s.id, title: info.title, steps: s.tour.steps }, content);
  return { ...base, title: local.title, lang: local.translated ? readerLang : info.lang, steps: local.steps };
}
