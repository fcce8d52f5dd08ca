/**
 * The plan against what happened, phase by phase, as the briefing's table shows it: the year each
 * phase was planned for, and the dated events that changed its state (begun, done, cancelled).
 */
import type { Phase, PhaseEventState } from './schema';

/** One dated change of a phase's state: the event that says it, and the state it begins. */
export interface PlanChange {
  event: Phase['actual'][number];
  state: PhaseEventState;
  /**
   * True for the change that reached the phase's outcome (done, cancelled): its line says the
   * outcome word with its date, and the row says that word nowhere else.
   */
  isOutcome: boolean;
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
  /**
   * Whether the row leads with its outcome word on its own: only when no dated change says it
   * (late, pending), so that no row says its outcome twice ("Done / Done: January 2012").
   */
  outcomeAlone: boolean;
}

/** The rows of the plan-against-actual table, one per phase, in the data's order. */
export function planAgainstActual(phases: readonly Phase[]): PlanRow[] {
  return phases.map((phase) => {
    const states = phase.actual.flatMap((event) => (event.starts ? [{ event, state: event.starts }] : []));
    // The last change into the outcome's own state is the one that reached it.
    let reached = -1;
    states.forEach((c, i) => {
      if (c.state === phase.outcome) reached = i;
    });
    const changes = states.map((c, i) => ({ ...c, isOutcome: i === reached }));
    const done = changes.find((c) => c.state === 'done');
    const delayYears = phase.outcome === 'late' && done ? Number(done.event.date.slice(0, 4)) - phase.plannedYear : null;
    return { phase, changes, delayYears, outcomeAlone: reached === -1 };
  });
}

/**
 * The milestone an event names, short enough for a table cell: its first clause, without a
 * closing parenthesis ("Kürecik radar in operation (sources differ on the day)" is "Kürecik radar
 * in operation"; "Cancelled by …; funds moved to …" is "Cancelled by …").
 */
export function milestoneOf(text: string): string {
  return text.split(';')[0]!.replace(/\s*\([^()]*\)\s*$/, '').trim();
}
