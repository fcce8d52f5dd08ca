import type { Month } from '../data/timeline';
import type { useMeasure } from '../explore/useMeasure';
import type { Camera } from '../state/url-state';
import { TimeSection } from '../ui/TimeSection';
import type { TimelineRange } from '../state/timeline-context';
import { clearDate, showDate } from './page-actions';
import { Sidebar } from './Sidebar';
import type { SidebarProps } from './Sidebar';

export type ExploreSidebarProps = Omit<SidebarProps, 'measure' | 'time'> & {
  /** The measure tool's state (its ends, and which one a click sets next). */
  measure: ReturnType<typeof useMeasure>;
  /** The camera on screen now, or null: its centre is an end the measure tool offers. */
  cameraNow: () => Camera | null;
  /** The months the data spans (null until it has loaded), and the date the map shows (null: today). */
  range: TimelineRange | null;
  at: Month | null;
  announce: (text: string) => void;
};

/**
 * The sidebar with its tools wired to the page: the measure tool to its state and to the map's
 * centre, the date control to the URL (written once the reader settles on a date).
 */
export function ExploreSidebar({ measure, cameraNow, range, at, announce, ...sidebar }: ExploreSidebarProps) {
  const { setMeasure, setPicking } = measure;
  return (
    <Sidebar
      {...sidebar}
      measure={{
        value: measure.measure,
        onChange: (m) => {
          setMeasure(m);
          setPicking(null);
        },
        picking: measure.picking,
        onPicking: setPicking,
        mapCentre: () => {
          const c = cameraNow();
          return c ? [c.lon, c.lat] : null;
        },
      }}
      time={<TimeSection range={range} at={at} onChange={showDate} onClear={clearDate} announce={announce} data={sidebar.data ?? NO_DATA} />}
    />
  );
}

const NO_DATA = { sites: [], phases: [], sourcesById: new Map() };
