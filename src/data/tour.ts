/**
 * Validates the briefing tour against the dataset it walks through: each step on its
 * own, and each site, statement and phase it names must exist.
 */
import { tourStep } from './schema';
import type { TourStep } from './schema';
import { TOUR_FILE, arrayOf, keepReferences, parseJson, validateRecords } from './validate';
import type { DataProblem, Dataset } from './validate';

export interface Tour {
  steps: TourStep[];
  problems: DataProblem[];
}

export function validateTour(raw: string | { error: string }, data: Pick<Dataset, 'targets'>): Tour {
  const problems: DataProblem[] = [];
  const json = parseJson(TOUR_FILE, raw, problems);
  const records = validateRecords(TOUR_FILE, arrayOf(TOUR_FILE, json, problems), tourStep, (r) => r.id, problems);
  const { sites, statements, phases } = data.targets;

  const steps = records.valid.map(({ value: step }) => {
    const known = <T extends string | number>(field: string, refs: T[], to: typeof sites) => keepReferences(problems, TOUR_FILE, step.id, field, refs, to);
    const phase = step.phase === null ? null : (known('phase', [step.phase], phases)[0] ?? null);
    return { ...step, phase, sites: known('sites', step.sites, sites), statements: known('statements', step.statements, statements) };
  });
  // keepReferences names the field "phase[0]": a single phase is just "phase".
  for (const p of problems) if (p.field === 'phase[0]') p.field = 'phase';
  if (json !== undefined && steps.length === 0 && problems.length === 0) {
    problems.push({ file: TOUR_FILE, message: 'has no steps' });
  }
  return { steps, problems };
}
