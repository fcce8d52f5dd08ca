import { memo, useEffect, useRef } from 'react';
import type { Source } from '../data/schema';
import { useStrings } from '../i18n';
import { backToTerm, glossaryEntryRef, useGlossary, useLookUpOrigin } from './glossary-context';
import { SourceRefs } from './SourceRefs';

/**
 * Every glossary term with a plain-language definition and its sources. An entry reached from a
 * term in a panel offers the way back to it, and Esc there takes it (instead of closing the panel
 * the term is in).
 */
export const Glossary = memo(function Glossary({ sources, idPrefix = 'glossary' }: { sources: ReadonlyMap<string, Source>; idPrefix?: string }) {
  const strings = useStrings();
  const { entries } = useGlossary();
  const origin = useLookUpOrigin();
  const section = useRef<HTMLElement>(null);
  // Esc in the glossary, reached from a term: back to the term. Marked as handled, so the panel's
  // own Esc (on the document, later) leaves the panel open.
  useEffect(() => {
    const el = section.current;
    if (!el || !origin) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && backToTerm()) e.preventDefault();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [origin]);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={`${idPrefix}-heading`} className="glossary" ref={section}>
      <h2 id={`${idPrefix}-heading`}>{strings.glossary.heading}</h2>
      <dl>
        {entries.map((g) => (
          <div key={g.id} className="glossary-entry">
            <dt id={`${idPrefix}-${g.id}`} data-glossary-entry={g.id} tabIndex={-1} ref={glossaryEntryRef(g.id)}>
              <dfn>{g.term}</dfn>
              {g.expansion && <span className="muted"> ({g.expansion})</span>}
            </dt>
            <dd>
              {g.definition}{' '}
              <small>
                <SourceRefs ids={g.sources} sources={sources} />
              </small>
              {origin?.entry === g.id && (
                <>
                  {' '}
                  <button type="button" className="link-button back-to-term" onClick={() => backToTerm()}>
                    {strings.realUse.backToTerm(origin.term.textContent ?? '')}
                  </button>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
});
