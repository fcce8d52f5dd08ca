import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { planAgainstActual } from '../../../src/data/plan-against-actual';
import type { Phase } from '../../../src/data/schema';
import { planRowLabels } from '../../../src/briefing/plan-labels';
import { en } from '../../../src/i18n/messages/en';
import { ro } from '../../../src/i18n/messages/ro';
import { pl } from '../../../src/i18n/messages/pl';
import { tr } from '../../../src/i18n/messages/tr';
import { ru } from '../../../src/i18n/messages/ru';

const phase = (id: number, outcome: Phase['outcome'], starts: ('in-progress' | 'done' | 'cancelled')[]): Phase => ({
  id,
  name: `Phase ${id}`,
  plannedYear: 2015,
  interceptor: 'x',
  plannedSources: { plannedYear: ['s'], interceptor: ['s'] },
  outcome,
  outcomeSummary: 'y',
  actual: starts.map((s, i) => ({ date: `${2010 + i}-01`, text: 't', sources: ['s'], starts: s })),
});
const made = [
  phase(1, 'done', ['done']),
  phase(2, 'done', ['in-progress', 'done']),
  phase(3, 'late', ['in-progress', 'done']),
  phase(4, 'cancelled', ['cancelled']),
  phase(5, 'pending', []),
  phase(6, 'cancelled', ['in-progress', 'cancelled']),
];
const real = JSON.parse(readFileSync(new URL('../../../geodata/phases.json', import.meta.url), 'utf8')) as Phase[];
const count = (words: string[], word: string) => words.filter((w) => w.toLocaleLowerCase() === word.toLocaleLowerCase()).length;

describe('a row of the plan table', () => {
  it.each(Object.entries({ en, ro, pl, tr, ru }))('says its outcome word once, never also as a state label (%s)', (_, strings) => {
    for (const row of planAgainstActual([...made, ...real])) {
      const labels = planRowLabels(row, strings);
      const words = [...(labels.lead === null ? [] : [labels.lead]), ...labels.changes];
      const outcome = strings.outcome[row.phase.outcome];
      expect(count(words, outcome), `phase ${row.phase.id}: ${words.join(' / ')}`).toBe(1);
      // The state label of the outcome's own state (it may be worded apart from the outcome) is not said beside it.
      if (row.phase.outcome in strings.timeline.phase) {
        const state = strings.timeline.phase[row.phase.outcome as keyof typeof strings.timeline.phase];
        if (state.toLocaleLowerCase() !== outcome.toLocaleLowerCase()) expect(count(words, state), `phase ${row.phase.id}`).toBe(0);
      }
    }
  });

  it('labels every other change by its state, in order', () => {
    const [row] = planAgainstActual([phase(2, 'done', ['in-progress', 'done'])]);
    expect(planRowLabels(row!, en)).toEqual({ lead: null, changes: ['In progress', 'Done'] });
    const [late] = planAgainstActual([phase(3, 'late', ['in-progress', 'done'])]);
    expect(planRowLabels(late!, en)).toEqual({ lead: 'Late', changes: ['In progress', 'Done'] });
  });
});
