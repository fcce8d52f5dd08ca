import { memo } from 'react';
import type { Phase } from '../data/schema';
import type { PhaseState } from '../data/timeline';
import { useStrings } from '../i18n';
import { useTimeline } from '../state/timeline-context';

export interface PhaseTimelineProps {
  phases: Phase[];
  selectedPhase: number | null;
  onSelect: (phase: number | null) => void;
}

/** The four phases, planned against what happened; choosing one filters the map. */
export const PhaseTimeline = memo(function PhaseTimeline({ phases, selectedPhase, onSelect }: PhaseTimelineProps) {
  const strings = useStrings();
  const timeline = useTimeline();
  return (
    <section aria-labelledby="phases-heading">
      <h2 id="phases-heading">{strings.phasesHeading}</h2>
      <ol className="phase-list">
        <li>
          <button type="button" className="phase-all" aria-pressed={selectedPhase === null} onClick={() => onSelect(null)}>
            {strings.allPhases}
          </button>
        </li>
        {phases.map((p) => (
          <li key={p.id}>
            <button type="button" aria-pressed={selectedPhase === p.id} data-phase={p.id} onClick={() => onSelect(p.id)}>
              <span className="phase-name">
                {p.name} <span className="phase-planned">{strings.planned.toLowerCase()} {p.plannedYear}</span>
              </span>
              <span className="phase-interceptor">{p.interceptor}</span>
              {p.sensors && <span className="phase-sensors">{p.sensors}</span>}
              {timeline && <PhaseStateTag state={timeline.phases.get(p.id) ?? null} />}
              <PhaseOutcome phase={p} then={timeline ? (timeline.phases.get(p.id) ?? null) : undefined} />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
});

/**
 * A phase's outcome today, in a word and a line. On a past month (`then` given) it is labelled as
 * today's, except where the month's state already says it ("Cancelled"), which is not repeated.
 */
export function PhaseOutcome({ phase, then }: { phase: Phase; then?: PhaseState | null }) {
  const strings = useStrings();
  // The month's state already says the outcome ("Cancelled"): the line is only its summary then.
  const differs = then !== phase.outcome;
  return (
    <span className={`phase-outcome outcome-${phase.outcome}`} data-testid="phase-outcome">
      {then !== undefined && differs && <span className="outcome-today">{strings.editorial.today}: </span>}
      {differs && <span className="outcome-tag">{strings.outcome[phase.outcome]}</span>} {phase.outcomeSummary}
    </span>
  );
}

/** A phase's state on the date shown: planned, in progress, done, late or cancelled (or not yet planned). */
export function PhaseStateTag({ state }: { state: PhaseState | null }) {
  const strings = useStrings();
  return (
    <span className="phase-state" data-phase-state={state ?? 'none'}>
      {state ? strings.timeline.phase[state] : strings.timeline.notYet}
    </span>
  );
}
