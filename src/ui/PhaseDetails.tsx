import type { Phase, Source, Statement } from '../data/schema';
import { useStrings } from '../i18n';
import { EventList } from './EventList';
import { SourceRefs } from './SourceRefs';
import { TermText } from './TermText';
import { Statements } from './Statements';
import { PhaseOutcome, PhaseStateTag } from './PhaseTimeline';
import { useTimeline } from '../state/timeline-context';

export interface PhaseDetailsProps {
  phase: Phase;
  statements: Statement[];
  /** The statements are still being read. */
  statementsLoading?: boolean;
  sources: ReadonlyMap<string, Source>;
}

/** One phase: the plan, what really happened, and the statements about it. */
export function PhaseDetails({ phase, statements, statementsLoading = false, sources }: PhaseDetailsProps) {
  const strings = useStrings();
  // On a past month: the phase's state then, and today's outcome labelled as today's.
  const timeline = useTimeline();
  return (
    <div className="phase-details" data-phase-details={phase.id}>
      <h3>
        {strings.planned}: {phase.plannedYear}{' '}
        <small className="planned-source">
          (<SourceRefs ids={phase.plannedSources.plannedYear} sources={sources} />)
        </small>
      </h3>
      <dl className="facts">
        <dt>{strings.interceptor}</dt>
        <dd>
          <TermText text={phase.interceptor} />{' '}
          <small>
            (<SourceRefs ids={phase.plannedSources.interceptor} sources={sources} />)
          </small>
        </dd>
        <dt>{strings.sensors}</dt>
        <dd>
          {phase.sensors ? (
            <>
              <TermText text={phase.sensors} />{' '}
              <small>
                (<SourceRefs ids={phase.plannedSources.sensors ?? []} sources={sources} />)
              </small>
            </>
          ) : (
            <span className="muted">{strings.editorial.noWording}</span>
          )}
        </dd>
      </dl>
      {timeline ? (
        <>
          <h3>
            {strings.actual}: <PhaseStateTag state={timeline.phases.get(phase.id) ?? null} />
          </h3>
          <p>
            <PhaseOutcome phase={phase} then={timeline.phases.get(phase.id) ?? null} />
          </p>
        </>
      ) : (
        <>
          <h3>
            {strings.actual}: <span className={`outcome outcome-${phase.outcome}`}>{strings.outcome[phase.outcome]}</span>
          </h3>
          <p>{phase.outcomeSummary}</p>
        </>
      )}
      <EventList events={phase.actual} sources={sources} />
      <h3>{strings.phaseStatements}</h3>
      <Statements statements={statements} sources={sources} empty={strings.noStatementsPhase} loading={statementsLoading} />
    </div>
  );
}
