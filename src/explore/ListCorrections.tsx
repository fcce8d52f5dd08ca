/**
 * The list view's last section: the corrections to the facts, in the reader's language, read the
 * first time the list view opens.
 */
import { useMemo } from 'react';
import type { RefObject } from 'react';
import type { Correction } from '../data/schema';
import { formatDate } from '../i18n/dates';
import { loadCorrections } from '../data/load';
import type { DataProblem } from '../data/validate';
import { useLang, useStrings } from '../i18n';
import { localizeCorrections } from '../data/content';
import { loadLanguage } from '../i18n/load-language';
import { usePromised } from '../state/usePromised';
import { DataProblems } from '../ui/DataProblems';
import { TermText } from '../ui/TermText';
import './list-corrections.css';

/** The corrections in the reader's language, read when the list view first opens; null until then. */
function useCorrections(): { corrections: Correction[] | null; problems: DataProblem[] } {
  const lang = useLang();
  const loaded = usePromised(
    useMemo(
      () =>
        Promise.all([loadCorrections(), loadLanguage(lang)]).then(([c, l]) => ({
          corrections: l.content ? localizeCorrections(c.corrections, l.content) : c.corrections,
          problems: c.problems,
        })),
      [lang],
    ),
  );
  return loaded ?? { corrections: null, problems: [] };
}

export interface ListCorrectionsProps {
  /** The section's heading, which a link asking for the corrections focuses. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function ListCorrections({ headingRef }: ListCorrectionsProps) {
  const { corrections, problems } = useCorrections();
  const strings = useStrings();
  return (
    <section aria-labelledby="list-corrections-heading" className="list-corrections" data-testid="corrections">
      <h3 id="list-corrections-heading" ref={headingRef} tabIndex={-1}>
        {strings.editorial.corrections}
      </h3>
      <p className="muted">{strings.editorial.correctionsIntro}</p>
      <DataProblems problems={problems} />
      {corrections === null ? (
        <p role="status" className="loading">{strings.loadingData}</p>
      ) : corrections.length ? (
        <ul>
          {corrections.map((c) => (
            <li key={c.id} data-correction={c.id}>
              <time dateTime={c.date}>{formatDate(c.date, strings.locale)}</time>: <TermText text={c.change} />{' '}
              <span className="muted">{strings.editorial.why}:</span> <TermText text={c.reason} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{strings.editorial.correctionsNone}</p>
      )}
    </section>
  );
}
