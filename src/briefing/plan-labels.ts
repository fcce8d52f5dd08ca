import type { PlanRow } from '../data/plan-against-actual';
import type { Messages } from '../i18n/messages/en';

export interface PlanRowLabels {
  /** The outcome word on its own line, or null when a dated change says it. */
  lead: string | null;
  /** One label per dated change, in the row's order: the outcome word for the change that reached it. */
  changes: string[];
}

/**
 * The words of one row of the plan table in a language. The outcome word and the state labels come
 * from two tables that may say the same thing ("Done" and "Done"): the change that reached the
 * outcome takes the outcome word, and the row does not lead with it again.
 */
export function planRowLabels(row: PlanRow, strings: Pick<Messages, 'outcome' | 'timeline'>): PlanRowLabels {
  const outcome = strings.outcome[row.phase.outcome];
  return {
    lead: row.outcomeAlone ? outcome : null,
    changes: row.changes.map((c) => (c.isOutcome ? outcome : strings.timeline.phase[c.state])),
  };
}
