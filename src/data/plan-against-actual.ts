/**
 * The plan against what happened, phase by phase, as the briefing's table shows it: the year each
 * phase was planned for, and the dated events that changed its state (begun, done, cancelled).
 */
import type { Phase, PhaseEventState } from './schema';

/** One dated change of a phase's state: the event that says it, and the state it begins. */
export interface PlanChange {
  event: Phase['actual'][number];
  state: PhaseEventState;
}

export interface PlanRow {
  phase: Phase;
  /** The events that change the phase's state, oldest first, in the data's order. */
  changes: PlanChange[];
  /**
   * For a phase the data calls late and that was then done: whole years from the planned year to
   * the year it was done; otherwise null (on time, cancelled, pending, or late and not done yet).
   */
  delayYears: number | null;
}

/** The rows of the plan-against-actual table, one per phase, in the data's order. */
export function planAgainstActual(phases: readonly Phase[]): PlanRow[] {
  return phases.map((phase) => {
    const changes = phase.actual.flatMap((event) => (event.starts ? [{ event, state: event.starts }] : []));
    const done = changes.find((c) => c.state === 'done');
    const delayYears = phase.outcome === 'late' && done ? Number(done.event.date.slice(0, 4)) - phase.plannedYear : null;
    return { phase, changes, delayYears };
  });
}
