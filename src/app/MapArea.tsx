import { Suspense, lazy } from 'react';
import type { SitePhaseChoice } from '../ui/site-phase-choice';
import { useStrings } from '../i18n';
import { sectionShown, showSection } from './page-actions';
import { SaidSlot } from './SaidSlot';
import type { AppData } from '../data/app-data';
import type { Side } from '../data/sides';
import { useTimeline } from '../state/timeline-context';
import { formatDate } from '../i18n/dates';

// The accessible twin of the map: loaded the first time a reader opens it.
const ListView = lazy(() => import('../explore/ListView'));

export interface MapAreaProps extends SitePhaseChoice {
  /** The map slot's element (the static first paint, then the live map). */
  map: React.ReactNode;
  /** The live map could not start: the area keeps the static picture. */
  failed: boolean;
  /** The list is shown instead of the map. */
  list: boolean;
  onShowList: (show: boolean) => void;
  /** "Who said what" is shown instead of the map, with its filter's sides. */
  said: boolean;
  sides: ReadonlySet<Side>;
  onShowSaid: (show: boolean) => void;
  onFilterSaid: (change: { sides?: ReadonlySet<Side>; site?: string | null; phase?: number | null }) => void;
  data: AppData | null;
  /** A section of the list a link asked for (the corrections), or null. */
  section: string | null;
  /** Given the area's element. */
  ref?: React.Ref<HTMLElement>;
}

/** The page's main area: the map or its list twin, and the switch between them. */
export function MapArea({ map, failed, list, onShowList, said, sides, onShowSaid, onFilterSaid, data, section, ref, ...choice }: MapAreaProps) {
  const strings = useStrings();
  return (
    <main className={`map-area${failed ? ' static' : ''}${list || said ? ' text-view' : ''}`} id="map-area" ref={ref} tabIndex={-1} aria-labelledby="view-switch-label">
      <div className="view-switch" role="group" aria-labelledby="view-switch-label">
        <span id="view-switch-label" className="visually-hidden">{strings.viewSwitch}</span>
        <button type="button" aria-pressed={!list && !said} onClick={() => onShowList(false)} data-view="map">
          {strings.mapTab}
        </button>
        <button type="button" aria-pressed={list} onClick={() => onShowList(true)} data-view="list">
          {strings.listTab}
        </button>
        <button type="button" aria-pressed={said} onClick={() => onShowSaid(true)} data-view="said">
          {strings.said.open}
        </button>
      </div>
      {/* The map stays mounted behind the list: switching back is instant. */}
      <div className="map-holder" hidden={list || said}>
        {map}
        <MapDate />
      </div>
      {list && data && (
        <Suspense fallback={<p role="status" className="loading">{strings.loadingData}</p>}>
          <ListView
            sites={data.sites}
            phases={data.phases}
            statements={data.statements}
            sources={data.sourcesById}
            {...choice}
            section={section}
            onShowSection={showSection}
            onSectionShown={sectionShown}
          />
        </Suspense>
      )}
      {said && !list && data && (
        <SaidSlot
          data={data}
          sides={sides}
          site={choice.selectedSite}
          phase={choice.selectedPhase}
          onFilter={onFilterSaid}
          onShowSite={(id) => {
            onShowSaid(false);
            choice.onSelectSite(id);
          }}
        />
      )}
    </main>
  );
}

/** On a map of a date, the month, on the map itself: the slider that chose it may be far down the page. */
function MapDate() {
  const strings = useStrings();
  const timeline = useTimeline();
  if (!timeline) return null;
  return (
    <p className="map-date" data-testid="map-date">
      {strings.timeline.onMap(formatDate(timeline.at, strings.locale))}
    </p>
  );
}
