import type { DatedEvent, Source } from '../data/schema';
import { formatDate } from '../data/select';
import { useStrings } from '../i18n';
import { SourceRefs } from './SourceRefs';
import { TermText } from './TermText';

/** Dated events, each with its sources. */
export function EventList({ events, sources }: { events: DatedEvent[]; sources: ReadonlyMap<string, Source> }) {
  const strings = useStrings();
  return (
    <ol className="events">
      {events.map((e, i) => (
        <li key={i}>
          <time dateTime={e.date}>{formatDate(e.date, strings.locale)}</time> <TermText text={e.text} />{' '}
          <small>
            (<SourceRefs ids={e.sources} sources={sources} />)
          </small>
        </li>
      ))}
    </ol>
  );
}
