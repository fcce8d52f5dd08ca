/**
 * Fetches the geodata files (emitted by Vite as separate assets, so data editors change JSON, not
 * code) and validates them. Each file is fetched on its own: one missing file costs only itself.
 */
import { inlineFile } from '../single-file/data-files';
import { CORRECTIONS_FILE, FIRST_VIEW_FILES, describeProblem, validateCorrections, validateDataset } from './validate';
import type { CoreFile, DataProblem, Dataset, RawFiles } from './validate';
import type { Correction } from './schema';
import { validateTourFile } from './tour';
import type { Tour } from './tour';

// Every data file at the top of geodata/, emitted as an asset of its own: which ones the app
// reads is DATA_FILES and TOUR_FILE (validate.ts), the one list of them.
const URLS = import.meta.glob<string>('../../geodata/*.{json,geojson}', { query: '?url', import: 'default', eager: true });

/** One geodata file's text: fetched, or (in the one-file package) inlined at build time. */
export async function readFile(file: CoreFile): Promise<string | { error: string }> {
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

export async function loadDataset(): Promise<Dataset> {
  const entries = await Promise.all(FIRST_VIEW_FILES.map(async (file) => [file, await readFile(file)] as const));
  const dataset = validateDataset(Object.fromEntries(entries) as RawFiles);
  logProblems(dataset.problems);
  return dataset;
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

/** The briefing tour, checked against the dataset; loaded only when a briefing starts. */
export async function loadTour(data: Pick<Dataset, 'targets'>): Promise<Tour> {
  const tour = validateTourFile('tour.json', await readFile('tour.json'), data);
  logProblems(tour.problems);
  return tour;
}

function logProblems(problems: Dataset['problems']): void {
  // One readable log entry, not one per problem.
  if (problems.length) console.error(`Map data problems (${problems.length}):\n${problems.map(describeProblem).join('\n')}`);
}
