import type { RefObject } from 'react';
import { useLang, useStrings } from '../i18n';
import type { PlayableTour } from '../tour-package/tour-sources';

export interface TourMenuProps {
  tours: readonly PlayableTour[];
  /** The tour playing, or null when the one asked for is not here. */
  current: string | null;
  onChoose: (id: string) => void;
  /** The playing step's title, which takes the focus once a tour is chosen (absent: no tour plays). */
  stepTitle?: RefObject<HTMLElement | null>;
  className?: string;
}

/**
 * The tours to play, each by its title (in the reader's language where the tour is translated,
 * else in its own, marked with its `lang`): a native menu, so the keyboard and screen readers know
 * it; choosing one plays it from its first step.
 */
export function TourMenu({ tours, current, onChoose, stepTitle, className }: TourMenuProps) {
  const t = useStrings().tours;
  const lang = useLang();
  const drafts = tours.filter((tour) => tour.kind === 'draft');
  const choose = (select: HTMLSelectElement) => {
    if (!select.value) return;
    onChoose(select.value);
    // The keys go back to the tour: a clicker's next key must not pick yet another tour. The focus
    // goes to the step's title (not to the page, where a screen reader loses its place).
    const title = stepTitle?.current;
    if (title) title.focus();
    else select.blur();
  };
  const option = (tour: PlayableTour) => (
    <option key={tour.id} value={tour.id} lang={tour.lang === lang ? undefined : tour.lang}>
      {tour.kind === 'draft' ? t.draftTitle(tour.title) : tour.title}
    </option>
  );
  return (
    <label className={className ?? 'briefing-tours'}>
      {t.menu}{' '}
      <select value={current ?? ''} onChange={(e) => choose(e.currentTarget)} data-testid="briefing-tours">
        {current === null && <option value="">{t.choose}</option>}
        {tours.filter((tour) => tour.kind !== 'draft').map(option)}
        {drafts.length > 0 && <optgroup label={t.draft}>{drafts.map(option)}</optgroup>}
      </select>
    </label>
  );
}
