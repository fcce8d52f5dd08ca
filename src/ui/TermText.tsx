import { useStrings } from '../i18n';
import { lookUp, splitTerms, useGlossary } from './glossary-context';

/** Text whose glossary terms are links to their entries (rendered as text: no HTML from data). */
export function TermText({ text }: { text: string }) {
  const strings = useStrings();
  const parts = splitTerms(text, useGlossary());
  return (
    <>
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <a
            key={i}
            className="term-link"
            href={`#glossary-${p.entry.id}`}
            aria-label={strings.glossary.lookUp(p.word)}
            onClick={(e) => {
              // The hash holds the view; following the glossary must not replace it.
              e.preventDefault();
              lookUp(p.entry.id, e.currentTarget);
            }}
          >
            {p.word}
          </a>
        ),
      )}
    </>
  );
}
