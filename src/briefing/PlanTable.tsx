import type { Phase, Source } from '../data/schema';
import { SourceRefs } from '../ui/SourceRefs';
import { formatDate } from '../i18n/dates';
import { milestoneOf, planAgainstActual } from '../data/plan-against-actual';
import { useStrings } from '../i18n';
import { planRowLabels } from './plan-labels';

/**
 * The phases planned against what happened, for a tour step that asks for it: each phase's
 * planned year, its outcome in a word, and the dated events that changed its state, with the
 * years of delay for a phase done late and the mark where sources differ or only one was found.
 * The outcome is said once a row: as the label of the change that reached it, or on its own.
 * With `sources` (the handout) each date names its sources; the projected table leaves them out.
 */
export function PlanTable({ phases, sources }: { phases: readonly Phase[]; sources?: ReadonlyMap<string, Source> }) {
  const strings = useStrings();
  const d = strings.exportDetails;
  const date = (iso: string) => <time dateTime={iso}>{formatDate(iso, strings.locale)}</time>;
  return (
    <table className="plan-table" data-testid="plan-table">
      <caption>{d.planCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.list.phase}</th>
          <th scope="col">{strings.planned}</th>
          <th scope="col">{strings.actual}</th>
        </tr>
      </thead>
      <tbody>
        {planAgainstActual(phases).map((row) => {
          const { phase, changes, delayYears } = row;
          const labels = planRowLabels(row, strings);
          return (
            <tr key={phase.id} data-plan-phase={phase.id}>
              <th scope="row">{phase.name}</th>
              <td>{date(String(phase.plannedYear))}</td>
              <td>
                {labels.lead !== null && <span className={`outcome outcome-${phase.outcome}`}>{labels.lead}</span>}
                <ul>
                  {changes.map(({ event, state, isOutcome }, i) => (
                    <li key={i} data-plan-state={state}>
                      <span className={isOutcome ? `outcome outcome-${phase.outcome}` : undefined}>{labels.changes[i]}:</span>{' '}
                      {event.to === undefined ? date(event.date) : strings.editorial.span(formatDate(event.date, strings.locale), formatDate(event.to, strings.locale))}
                      {/* "Done" names whose milestone it was: "Done: 18 December 2015 (Deveselu declared technically capable)". */}
                      {isOutcome && state === 'done' && <span className="plan-milestone"> ({milestoneOf(event.text)})</span>}
                      {event.certainty && <span className="plan-mark"> ({strings.editorial.certainty[event.certainty.kind]})</span>}
                      {state === 'done' && delayYears !== null && <>, {d.planDelay(delayYears)}</>}
                      {sources && (
                        <small>
                          {' '}
                          (<SourceRefs ids={event.sources} sources={sources} />)
                        </small>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
