import type { Source } from '../data/schema';
import { sourceLabel } from '../data/select';
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

/** A source by title and publisher, a link where the data gives an address; with its mark where its own date or wording is uncertain. */
export function SourceLink({ source }: { source: Source }) {
  const strings = useStrings();
  // One record of a data set is named by the set's publisher, the record and its name.
  const text = source.record ? `${source.publisher}: ${strings.realUse.record(source.record, source.title)}` : `${source.title} (${sourceLabel(source, strings.locale)})`;
  const link = source.url ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.note}>
      {text}
    </a>
  ) : (
    <cite title={source.note}>{text}</cite>
  );
  return source.certainty ? (
    <>
      {link} <CertaintyMark certainty={source.certainty} />
    </>
  ) : (
    link
  );
}
