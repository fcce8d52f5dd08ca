/**
 * Validates the briefing tour against the dataset it walks through (issue #3): each step on its
 * own, and each site, statement and phase it names must exist.
 */
import { tourStep } from './schema';
import type { TourStep } from './schema';
import { TOUR_FILE, arrayOf, parseJson, validateRecords } from './validate';
import type { DataProblem, Dataset } from './validate';

export interface Tour {
  steps: TourStep[];
  problems: DataProblem[];
}

export function validateTour(raw: string | { error: string }, data: Pick<Dataset, 'sites' | 'statements' | 'phases'>): Tour {
  const problems: DataProblem[] = [];
  const json = parseJson(TOUR_FILE, raw, problems);
  const records = validateRecords(TOUR_FILE, arrayOf(TOUR_FILE, json, problems), tourStep, (r) => r.id, problems);
  const sites = new Set(data.sites.map((s) => s.id));
  const statements = new Set(data.statements.map((s) => s.id));
  const phases = new Set(data.phases.map((p) => p.id));

  const steps = records.valid.map(({ value: step }) => {
    const known = <T extends string | number>(field: string, refs: T[], valid: Set<T>, noun: string, file: string) =>
      refs.filter((ref, i) => {
        if (valid.has(ref)) return true;
        problems.push({ file: TOUR_FILE, record: step.id, field: `${field}[${i}]`, message: `names ${noun} "${ref}", which is not in geodata/${file}` });
        return false;
      });
    let phase = step.phase;
    if (phase !== null && !phases.has(phase)) {
      problems.push({ file: TOUR_FILE, record: step.id, field: 'phase', message: `names phase ${phase}, which is not in geodata/phases.json` });
      phase = null;
    }
    return {
      ...step,
      phase,
      sites: known('sites', step.sites, sites, 'site', 'sites.geojson'),
      statements: known('statements', step.statements, statements, 'statement', 'statements.json'),
    };
  });
  if (json !== undefined && steps.length === 0 && problems.length === 0) {
    problems.push({ file: TOUR_FILE, message: 'has no steps' });
  }
  return { steps, problems };
}
