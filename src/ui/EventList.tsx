import type { DatedEvent, Source } from '../data/schema';
import { formatDate } from '../data/select';
import { SourceRefs } from './SourceRefs';

/** Dated events, each with its sources. */
export function EventList({ events, sources }: { events: DatedEvent[]; sources: ReadonlyMap<string, Source> }) {
  return (
    <ol className="events">
      {events.map((e, i) => (
        <li key={i}>
          <time dateTime={e.date}>{formatDate(e.date)}</time> {e.text}{' '}
          <small>
            (<SourceRefs ids={e.sources} sources={sources} />)
          </small>
        </li>
      ))}
    </ol>
  );
}
