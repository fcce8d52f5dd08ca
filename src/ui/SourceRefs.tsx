import type { Source } from '../data/schema';
import { sourceLabel, sourceTitle } from '../i18n/format';
import { useStrings } from '../i18n';
import { CertaintyMark } from './CertaintyMark';

export interface SourceRefsProps {
  ids: string[];
  sources: ReadonlyMap<string, Source>;
  label?: string;
}

/** "Sources: A, B": each a link when the data gives an address. Data text is rendered as text. */
export function SourceRefs({ ids, sources, label }: SourceRefsProps) {
  const strings = useStrings();
  if (ids.length === 0) return null;
  const heading = label ?? (ids.length === 1 ? strings.source : strings.sources);
  return (
    <span className="source-refs">
      {heading}:{' '}
      {ids.map((id, i) => {
        const source = sources.get(id);
        return (
          <span key={id}>
            {i > 0 && '; '}
            {source ? <SourceLink source={source} /> : strings.unknownSource(id)}
          </span>
        );
      })}
    </span>
  );
}

/**
 * A source by title and publisher, the title a link where the data gives an address. A title that
 * is our description of the source, not its headline, is in square brackets; one with neither a
 * headline nor an address says so. A mark of the source's own (an unconfirmed date) stands beside
 * the date it qualifies.
 */
export function SourceLink({ source }: { source: Source }) {
  const strings = useStrings();
  // One record of a data set is named by the set's publisher, the record and its name.
  if (source.record) {
    const text = `${source.publisher}: ${strings.realUse.record(source.record, source.title)}`;
    return source.url ? (
      <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.note}>
        {text}
      </a>
    ) : (
      <cite title={source.note}>{text}</cite>
    );
  }
  const title = sourceTitle(source);
  return (
    <>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.note}>
          {title}
        </a>
      ) : (
        <cite title={source.note}>{title}</cite>
      )}{' '}
      ({sourceLabel(source, strings.locale)}
      {source.certainty && (
        <>
          {' '}
          <CertaintyMark certainty={source.certainty} />
        </>
      )}
      {source.described && !source.url && <span className="source-unfound">, {strings.editorial.noHeadlineOrAddress}</span>})
    </>
  );
}
