import { formatDate } from '../i18n/dates';
import { useStrings } from '../i18n';
import { endSentence } from '../i18n/dates';

export interface FactsCheckedProps {
  /** When the facts were last checked (an ISO date). */
  date: string;
  /** Opens the list view at its corrections; without it, no link is shown. */
  onShowCorrections?: () => void;
}

/** "Facts checked on 28 November 2026. Corrections": the credit line of a panel or the list. */
export function FactsChecked({ date, onShowCorrections }: FactsCheckedProps) {
  const strings = useStrings();
  const t = strings.editorial;
  return (
    <p className="facts-checked" data-testid="facts-checked">
      <span>
        {endSentence(t.factsChecked(formatDate(date, strings.locale)))}
      </span>{' '}
      {onShowCorrections && (
        <button type="button" className="link-button" onClick={onShowCorrections} data-testid="corrections-link">
          {t.corrections}
        </button>
      )}
    </p>
  );
}
