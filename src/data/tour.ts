/**
 * Reads a tour file and checks it against the dataset it walks through: the file's own header
 * (id, title, language), then each step on its own, and each site, statement and phase a step
 * names must exist. One bad step costs only itself; the valid steps still play. Text is kept as
 * it is written: it is only ever shown as text, never as markup.
 */
import * as v from 'valibot';
import { tourStep } from './schema';
import type { TourStep } from './schema';
import { keepReferences, parseJson, validateRecords } from './validate';
import type { DataFile, DataProblem, Dataset } from './validate';
import { LANGUAGES } from './lang';
import type { Lang } from './lang';

/** The largest tour file read, in bytes (UTF-8): a tour is text, so far less than this. */
export const TOUR_FILE_MAX_BYTES = 1_000_000;

// The id's form and the old format's id are also read by the first view (the URL, a package's
// tour), which must not load this reader: they live in a module of their own.
import { NEW_TOUR_ID, TOUR_ID } from './tour-id';
import { tourFileId } from './tour-file-id';
export { NEW_TOUR_ID, TOUR_ID };

/** Who a tour is and the language its own text is written in. */
export interface TourInfo {
  id: string;
  title: string;
  lang: Lang;
}

export interface Tour {
  /** Null when the file could not be read as a tour at all. */
  info: TourInfo | null;
  steps: TourStep[];
  problems: DataProblem[];
}

const header = {
  id: v.pipe(v.string(), v.regex(TOUR_ID, 'must be 1 to 40 lower-case letters, digits and dashes')),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty')),
  lang: v.picklist(LANGUAGES, `must be one of: ${LANGUAGES.join(', ')}`),
};

/**
 * Validates a tour file: `{ id, title, lang, steps }`, or the old format, a bare array of steps
 * (it becomes the tour `my-tour`, titled by its first step, in English). `file` names the file in
 * the problems (`tours/briefing.json`, or `file:<name>` for a reader's own file). Never throws.
 */
export function validateTourFile(file: DataFile, raw: string | { error: string }, data: Pick<Dataset, 'targets'>): Tour {
  const problems: DataProblem[] = [];
  if (typeof raw === 'string' && raw.length > TOUR_FILE_MAX_BYTES / 3) {
    const bytes = raw.length > TOUR_FILE_MAX_BYTES ? raw.length : new TextEncoder().encode(raw).length;
    if (bytes > TOUR_FILE_MAX_BYTES) {
      problems.push({ file, message: `is too large for a tour file (${bytes.toLocaleString('en')} bytes; at most ${TOUR_FILE_MAX_BYTES.toLocaleString('en')})` });
      return { info: null, steps: [], problems };
    }
  }
  const json = parseJson(file, raw, problems);
  if (json === undefined) return { info: null, steps: [], problems };

  let rawSteps: unknown[];
  const head: Partial<TourInfo> = {};
  if (Array.isArray(json)) {
    rawSteps = json;
  } else if (json && typeof json === 'object' && Array.isArray((json as { steps?: unknown }).steps)) {
    const obj = json as Record<string, unknown>;
    rawSteps = obj.steps as unknown[];
    for (const key of ['id', 'title', 'lang'] as const) {
      const result = v.safeParse(header[key], obj[key]);
      if (result.success) (head as Record<string, string>)[key] = result.output;
      else problems.push({ file, field: key, message: obj[key] === undefined ? 'is missing' : result.issues[0].message });
    }
  } else {
    problems.push({ file, message: 'must be a tour: { "id", "title", "lang", "steps": [ … ] }, or a JSON array of steps' });
    return { info: null, steps: [], problems };
  }

  const records = validateRecords(file, rawSteps, tourStep, (r) => r.id, problems);
  const { sites, statements, phases } = data.targets;
  const steps = records.valid.map(({ value: step }) => {
    const known = <T extends string | number>(field: string, refs: T[], to: typeof sites) => keepReferences(problems, file, step.id, field, refs, to);
    const phase = step.phase === null ? null : (known('phase', [step.phase], phases)[0] ?? null);
    return { ...step, phase, sites: known('sites', step.sites, sites), statements: known('statements', step.statements, statements) };
  });
  // keepReferences names the field "phase[0]": a single phase is just "phase".
  for (const p of problems) if (p.field === 'phase[0]') p.field = 'phase';
  if (steps.length === 0 && rawSteps.length === 0) problems.push({ file, message: 'has no steps' });

  const info: TourInfo = {
    // Named as the first view names it: a missing or malformed id makes it `my-tour`.
    id: tourFileId(json) ?? NEW_TOUR_ID,
    title: head.title ?? steps[0]?.title ?? NEW_TOUR_ID,
    lang: head.lang ?? 'en',
  };
  return { info, steps, problems };
}

/**
 * A shipped tour is known by its file name: the id inside must say the same (a file in the old
 * format, with no id, is named "my-tour" and so is reported too).
 */
export function checkShippedId(tour: Tour, file: DataFile, id: string): void {
  if (tour.info && tour.info.id !== id) {
    tour.problems.push({ file, field: 'id', message: `is "${tour.info.id}", but the file is named for "${id}"` });
  }
  if (tour.info) tour.info.id = id;
}
