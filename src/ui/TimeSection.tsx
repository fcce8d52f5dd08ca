import { Suspense, lazy, useState } from 'react';
import type { DateControlProps } from './DateControl';
import { useStrings } from '../i18n';

// The slider and its player: loaded the first time a reader opens the section (or a link has a date).
const DateControl = lazy(() => import('./DateControl'));

export type TimeSectionProps = Omit<DateControlProps, 'range'> & { range: DateControlProps['range'] | null };

/** "Through time": a disclosure over the date control. Closing it goes back to today's map. */
export function TimeSection(props: TimeSectionProps) {
  const strings = useStrings();
  const [opened, setOpened] = useState(false);
  const open = opened || props.at !== null;
  const { range } = props;
  return (
    <section aria-labelledby="time-heading" className="time-section">
      <h2 id="time-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          onClick={() => {
            if (open && props.at !== null) props.onClear();
            setOpened(!open);
          }}
        >
          {strings.timeline.heading}
        </button>
      </h2>
      {open && range && (
        <Suspense fallback={<p className="loading">…</p>}>
          <DateControl {...props} range={range} />
        </Suspense>
      )}
    </section>
  );
}
