/**
 * Fetches the geodata files (emitted by Vite as separate assets, so data editors change JSON, not
 * code) and validates them. Each file is fetched on its own: one missing file costs only itself.
 */
import sitesUrl from '../../geodata/sites.geojson?url';
import phasesUrl from '../../geodata/phases.json?url';
import statementsUrl from '../../geodata/statements.json?url';
import sourcesUrl from '../../geodata/sources.json?url';
import tourUrl from '../../geodata/tour.json?url';
import glossaryUrl from '../../geodata/glossary.json?url';
import rangesUrl from '../../geodata/ranges.json?url';
import correctionsUrl from '../../geodata/corrections.json?url';
import { INLINE_FILES } from '../single-file/data-files';
import { DATA_FILES, describeProblem, validateDataset } from './validate';
import type { CoreFile, Dataset, RawFiles } from './validate';
import { validateTour } from './tour';
import type { Tour } from './tour';

const URLS: Record<CoreFile, string> = {
  'sites.geojson': sitesUrl,
  'phases.json': phasesUrl,
  'statements.json': statementsUrl,
  'sources.json': sourcesUrl,
  'tour.json': tourUrl,
  'glossary.json': glossaryUrl,
  'ranges.json': rangesUrl,
  'corrections.json': correctionsUrl,
};

/** One geodata file's text: fetched, or (in the one-file package) inlined at build time. */
export async function readFile(file: CoreFile): Promise<string | { error: string }> {
  if (__SINGLE_FILE__) return INLINE_FILES[file];
  const url = URLS[file];
  try {
    const res = await fetch(url);
    if (!res.ok) return { error: `HTTP ${res.status}` };
    return await res.text();
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export async function loadDataset(): Promise<Dataset> {
  const entries = await Promise.all(DATA_FILES.map(async (file) => [file, await readFile(file)] as const));
  const dataset = validateDataset(Object.fromEntries(entries) as RawFiles);
  logProblems(dataset.problems);
  return dataset;
}

/** The briefing tour, checked against the dataset; loaded only when a briefing starts. */
export async function loadTour(data: Dataset): Promise<Tour> {
  const tour = validateTour(await readFile('tour.json'), data);
  logProblems(tour.problems);
  return tour;
}

function logProblems(problems: Dataset['problems']): void {
  // One readable log entry, not one per problem.
  if (problems.length) console.error(`Map data problems (${problems.length}):\n${problems.map(describeProblem).join('\n')}`);
}
