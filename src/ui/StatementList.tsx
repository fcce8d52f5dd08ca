import type { Source, Statement } from '../data/schema';
import { formatDate } from '../data/select';
import { useStrings } from '../i18n';
import { endSentence } from '../i18n/dates';
import { CertaintyMark } from './CertaintyMark';
import { SourceRefs } from './SourceRefs';
import { TermText } from './TermText';
import { isLater, useTimeline } from './timeline-context';
import { LaterTag } from './LaterTag';

export interface StatementListProps {
  statements: Statement[];
  sources: ReadonlyMap<string, Source>;
  empty: string;
  /** Show the notes of the marks of certainty as text (the list view). */
  inlineMarks?: boolean;
}

/** Quotes word for word, each with speaker, role, date, source and why it is linked. */
export function StatementList({ statements, sources, empty, inlineMarks = false }: StatementListProps) {
  const strings = useStrings();
  const timeline = useTimeline();
  if (statements.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="statements">
      {statements.map((s) => (
        <li key={s.id} className={isLater(s.date, timeline) ? 'statement later' : 'statement'} data-statement={s.id}>
          {isLater(s.date, timeline) && <LaterTag />}
          <figure>
            <blockquote className={s.kind === 'report' ? 'reported' : undefined}>
              <p lang="en">{s.kind === 'quote' ? `“${s.quote}”` : s.quote}</p>
            </blockquote>
            {s.certainty && (
              <p className="statement-certainty">
                <CertaintyMark certainty={s.certainty} sources={sources} inline={inlineMarks} />
              </p>
            )}
            {s.translation && (
              <p className="translation">
                <span className="translation-tag">{strings.translation}:</span> {s.translation}
              </p>
            )}
            <figcaption>
              {s.kind === 'quote' ? (
                <>
                  <strong>{s.speaker}</strong>
                  {s.role && <>, <TermText text={s.role} /></>}
                </>
              ) : (
                <em>{strings.reportedText}</em>
              )}
              , {endSentence(formatDate(s.date, strings.locale))}{' '}
              <SourceRefs ids={[s.source]} sources={sources} />
            </figcaption>
          </figure>
          {s.linkNote && (
            <p className="link-note">
              <span className="muted">{strings.whyLinked}: </span>
              <TermText text={s.linkNote} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
