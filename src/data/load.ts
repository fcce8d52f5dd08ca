/**
 * Fetches the geodata files (emitted by Vite as separate assets, so data editors change JSON, not
 * code) and validates them. Each file is fetched on its own: one missing file costs only itself.
 */
import { inlineFile } from '../single-file/data-files';
import { CORRECTIONS_FILE, FIRST_VIEW_FILES, STATEMENTS_FILE, STATEMENT_SOURCES_FILE, describeProblem, validateCorrections, validateFiles } from './validate';
import type { CoreFile, DataProblem, Dataset, RawFiles, TourFile } from './validate';
import type { Correction } from './schema';
import { tourFile } from './validate';
import { DEFAULT_TOUR } from './tour-id';
import type { Tour } from './tour';

// Every data file at the top of geodata/ and every tour in geodata/tours/, emitted as an asset of
// its own: which data files the app reads is DATA_FILES (validate.ts), the one list of them; the
// tours are whatever geodata/tours/ holds.
const URLS = import.meta.glob<string>(['../../geodata/*.{json,geojson}', '../../geodata/tours/*.json'], { query: '?url', import: 'default', eager: true });

/** The ids of the tours the project ships (geodata/tours/<id>.json), the default tour first. */
export const SHIPPED_TOURS: readonly string[] = Object.keys(URLS)
  .map((path) => /^\.\.\/\.\.\/geodata\/tours\/(.+)\.json$/.exec(path)?.[1])
  .filter((id) => id !== undefined)
  .sort((a, b) => Number(b === DEFAULT_TOUR) - Number(a === DEFAULT_TOUR) || a.localeCompare(b));

/** One geodata file's text: fetched, or (in the one-file package) inlined at build time. */
export async function readFile(file: CoreFile | TourFile): Promise<string | { error: string }> {
  if (__SINGLE_FILE__) return inlineFile(file);
  const url = URLS[`../../geodata/${file}`];
  if (!url) return { error: 'not in the build' };
  try {
    const res = await fetch(url);
    if (!res.ok) return { error: `HTTP ${res.status}` };
    return await res.text();
  } catch (e) {
    return { error: (e as Error).message };
  }
}

let firstFiles: Promise<RawFiles> | null = null;
const readFirstFiles = (): Promise<RawFiles> =>
  (firstFiles ??= Promise.all(FIRST_VIEW_FILES.map(async (file) => [file, await readFile(file)] as const)).then((e) => Object.fromEntries(e) as RawFiles));

/** The files the first view needs, validated; without the statements (`statementsRead` false). */
export async function loadDataset(): Promise<Dataset> {
  const dataset = validateFiles(await readFirstFiles(), null);
  logProblems(dataset.problems);
  return dataset;
}

let withStatements: Promise<Dataset> | null = null;

/**
 * The whole dataset with its statements, read once, when a view first shows them (or just after
 * the first view). Validated again as a whole, so that every reference to a statement is checked.
 */
export function loadStatements(): Promise<Dataset> {
  withStatements ??= Promise.all([readFirstFiles(), readFile(STATEMENTS_FILE), readFile(STATEMENT_SOURCES_FILE), import('./statement-schema')]).then(([files, statements, statementSources, { statement }]) => {
    const dataset = validateFiles({ ...files, [STATEMENTS_FILE]: statements, [STATEMENT_SOURCES_FILE]: statementSources }, statement);
    logProblems(dataset.problems.filter((p) => p.file === STATEMENTS_FILE || p.file === STATEMENT_SOURCES_FILE));
    return dataset;
  });
  return withStatements;
}

let corrections: Promise<{ corrections: Correction[]; problems: DataProblem[] }> | null = null;

/** The corrections, read once, when the list view first shows them. */
export function loadCorrections(): Promise<{ corrections: Correction[]; problems: DataProblem[] }> {
  corrections ??= readFile(CORRECTIONS_FILE).then((raw) => {
    const problems: DataProblem[] = [];
    const list = validateCorrections(raw, problems);
    logProblems(problems);
    return { corrections: list, problems };
  });
  return corrections;
}

/**
 * A shipped tour (one of SHIPPED_TOURS), checked against the dataset; loaded when a briefing
 * starts. Its file must carry its own id.
 */
export async function loadTour(id: string, data: Pick<Dataset, 'targets'>): Promise<Tour> {
  const file = tourFile(id);
  // Read with the briefing's code: the first view never needs the tour reader.
  const [{ checkShippedId, validateTourFile }, raw] = await Promise.all([import('./tour'), readFile(file)]);
  const tour = validateTourFile(file, raw, data);
  checkShippedId(tour, file, id);
  logProblems(tour.problems);
  return tour;
}

function logProblems(problems: Dataset['problems']): void {
  // One readable log entry, not one per problem.
  if (problems.length) console.error(`Map data problems (${problems.length}):\n${problems.map(describeProblem).join('\n')}`);
}
