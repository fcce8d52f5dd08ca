import { memo } from 'react';
import type { Source } from '../data/schema';
import { useStrings } from '../i18n';
import { useGlossary } from './glossary-context';
import { SourceRefs } from './SourceRefs';

/** Every glossary term with a plain-language definition and its sources. */
export const Glossary = memo(function Glossary({ sources, idPrefix = 'glossary' }: { sources: ReadonlyMap<string, Source>; idPrefix?: string }) {
  const strings = useStrings();
  const { entries } = useGlossary();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={`${idPrefix}-heading`} className="glossary">
      <h2 id={`${idPrefix}-heading`}>{strings.glossary.heading}</h2>
      <dl>
        {entries.map((g) => (
          <div key={g.id} className="glossary-entry">
            <dt id={`${idPrefix}-${g.id}`} data-glossary-entry={g.id} tabIndex={-1}>
              <dfn>{g.term}</dfn>
              {g.expansion && <span className="muted"> ({g.expansion})</span>}
            </dt>
            <dd>
              {g.definition}{' '}
              <small>
                <SourceRefs ids={g.sources} sources={sources} />
              </small>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
