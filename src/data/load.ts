/**
 * Fetches the geodata files (emitted by Vite as separate assets, so data editors change JSON, not
 * code) and validates them. Each file is fetched on its own: one missing file costs only itself.
 */
import sitesUrl from '../../geodata/sites.geojson?url';
import phasesUrl from '../../geodata/phases.json?url';
import statementsUrl from '../../geodata/statements.json?url';
import sourcesUrl from '../../geodata/sources.json?url';
import { describeProblem, validateDataset } from './validate';
import type { DataFile, Dataset, RawFiles } from './validate';

const URLS: Record<DataFile, string> = {
  'sites.geojson': sitesUrl,
  'phases.json': phasesUrl,
  'statements.json': statementsUrl,
  'sources.json': sourcesUrl,
};

async function fetchText(url: string): Promise<string | { error: string }> {
  try {
    const res = await fetch(url);
    if (!res.ok) return { error: `HTTP ${res.status}` };
    return await res.text();
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export async function loadDataset(): Promise<Dataset> {
  const entries = await Promise.all(
    (Object.keys(URLS) as DataFile[]).map(async (file) => [file, await fetchText(URLS[file])] as const),
  );
  const dataset = validateDataset(Object.fromEntries(entries) as RawFiles);
  if (dataset.problems.length) {
    // One readable log entry, not one per problem.
    console.error(`Map data problems (${dataset.problems.length}):\n${dataset.problems.map(describeProblem).join('\n')}`);
  }
  return dataset;
}
