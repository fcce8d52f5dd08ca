import type { DatedEvent, Source } from '../data/schema';
import { formatDate } from '../i18n/dates';
import { useStrings } from '../i18n';
import { CertaintyMark } from './CertaintyMark';
import { SourceRefs } from './SourceRefs';
import { TermText } from './TermText';
import { isLater, useTimeline } from '../state/timeline-context';
import { LaterTag } from './LaterTag';

export interface EventListProps {
  events: DatedEvent[];
  sources: ReadonlyMap<string, Source>;
  /** Show the notes of the marks of certainty as text (the list view). */
  inlineMarks?: boolean;
}

/** Dated events, each with its sources, and a mark where a single source or differing sources say it. */
export function EventList({ events, sources, inlineMarks = false }: EventListProps) {
  const strings = useStrings();
  const timeline = useTimeline();
  const date = (e: DatedEvent) =>
    e.to === undefined ? (
      <time dateTime={e.date}>{formatDate(e.date, strings.locale)}</time>
    ) : (
      <span className="date-span">{strings.editorial.span(formatDate(e.date, strings.locale), formatDate(e.to, strings.locale))}</span>
    );
  return (
    <ol className="events">
      {events.map((e, i) => (
        <li key={i} className={isLater(e.date, timeline) ? 'later' : undefined}>
          {isLater(e.date, timeline) && <LaterTag />}
          {date(e)}{' '}
          <TermText text={e.text} />
          {e.certainty && (
            <>
              {' '}
              <CertaintyMark certainty={e.certainty} sources={sources} inline={inlineMarks} />
            </>
          )}{' '}
          <small>
            (<SourceRefs ids={e.sources} sources={sources} />)
          </small>
        </li>
      ))}
    </ol>
  );
}
