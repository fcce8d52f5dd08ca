import type { Source, Statement } from '../data/schema';
import { formatDate } from '../i18n/dates';
import { useStrings } from '../i18n';
import { endSentence } from '../i18n/dates';
import { CertaintyMark } from './CertaintyMark';
import { SourceRefs } from './SourceRefs';
import { TermText } from './TermText';
import { isLater, useTimeline } from '../state/timeline-context';
import { LaterTag } from './LaterTag';
import { StatementWords } from './StatementWords';
import './statements.css';

/** What a list of statements is given: see `Statements` (src/ui/Statements.tsx), which loads this list. */
export interface StatementListProps {
  statements: Statement[];
  sources: ReadonlyMap<string, Source>;
  empty: string;
  /** Show the notes of the marks of certainty as text (the list view). */
  inlineMarks?: boolean;
  /** A room's screen: each translation leads, the words as said follow (see StatementWords). */
  audienceFirst?: boolean;
}

/**
 * Quotes word for word in their own language, each with the side it speaks for (in words), the
 * speaker, role, occasion, place, date, source, any translation with who made it, and why it is linked.
 */
export function StatementList({ statements, sources, empty, inlineMarks = false, audienceFirst = false }: StatementListProps) {
  const strings = useStrings();
  const timeline = useTimeline();
  if (statements.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="statements">
      {statements.map((s) => (
        <li key={s.id} className={isLater(s.date, timeline) ? 'statement later' : 'statement'} data-statement={s.id}>
          {isLater(s.date, timeline) && <LaterTag />}
          <figure>
            <StatementWords statement={s} audienceFirst={audienceFirst} />
            {s.certainty && (
              <p className="statement-certainty">
                <CertaintyMark certainty={s.certainty} sources={sources} inline={inlineMarks} />
              </p>
            )}
            <figcaption>
              {/* The side in words, first: colour alone never says whose words these are. */}
              {s.sides && s.sides.length > 0 && (
                <>
                  <span className="statement-side" data-sides={s.sides.join(' ')}>
                    {s.sides.map((x) => strings.said.sides[x]).join(' · ')}
                  </span>
                  {' — '}
                </>
              )}
              {s.kind === 'quote' ? (
                <>
                  <strong>{s.speaker}</strong>
                  {s.role && <>, <TermText text={s.role} /></>}
                </>
              ) : (
                <em>{strings.reportedText}</em>
              )}
              {s.occasion && <>. {s.occasion}</>}
              {s.place && <>, {s.place}</>}, {endSentence(formatDate(s.date, strings.locale))}{' '}
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

export default StatementList;
