import { useCallback, useMemo, useRef, useState } from 'react';
import { useEscapeCloses, useReturnFocus } from '../ui/panel-keys';
import { EmbedFrame } from '../embed/EmbedFrame';
import { viewCredits, viewSources } from '../export/describe-view';
import { useStrings } from '../i18n';
import { pageHashStore, useHashState } from '../state/useHashState';
import type { EmbedOptions } from '../state/url-state';
import { DataProblems } from '../ui/DataProblems';
import { useTheme } from '../ui/theme';
import { useMapSlot } from './MapSlot';
import { overlayInputFor } from './overlay-input';
import { SelectionPanel } from './SelectionPanel';
import { useAnnouncer } from './useAnnouncer';
import { useCoveredInsets } from './useCoveredInsets';
import type { AppData } from '../data/app-data';
import { useExplore } from './useExplore';
import { useSelection } from './useSelection';
import { SaidSlot } from './SaidSlot';
import { TimelineContext, emphasisAt, useTimelineView } from '../state/timeline-context';
import { formatDate } from '../i18n/dates';

export interface EmbedLayoutProps {
  data: AppData | null;
  options: EmbedOptions;
}

/**
 * Embed mode: the same map with less chrome, for a page that frames it. The phase shows on the
 * map and in the title line; only a site opens the panel, and only if the host allowed it. A site
 * the snippet names is highlighted on the map with its panel closed (a frame is small, and a
 * panel over it would hide the map the snippet was made to show), unless the snippet asks for
 * its details on load (`details=1`); a reader opens them from the marker. A snippet made on
 * "Who said what" (`said=1`) shows its timeline, with the snippet's filter, over the map.
 */
export function EmbedLayout({ data, options }: EmbedLayoutProps) {
  const strings = useStrings();
  const hash = useHashState();
  const [, announce] = useAnnouncer();
  const selection = useSelection(data, hash, announce, strings, false, false);
  const explore = useExplore(hash, announce, strings);
  const [, , dark] = useTheme(options);
  const overlayInput = useMemo(() => overlayInputFor(data, explore.layers, null), [data, explore.layers]);
  const selectable = options.panel;
  const [detailsOpen, setDetailsOpen] = useState(options.details);
  const focus = useReturnFocus();
  const { selectSite: select } = selection;
  const selectSite = useCallback(
    (id: string) => {
      focus.remember();
      setDetailsOpen(true);
      select(id);
    },
    [select, focus],
  );
  // Closing the details leaves the site chosen and highlighted, as the snippet showed it.
  const closeDetails = useCallback(() => {
    setDetailsOpen(false);
    announce(strings.announce.closed);
    focus.restore();
  }, [announce, strings, focus]);
  const panelShown = selectable && detailsOpen && selection.site !== null;
  useEscapeCloses(panelShown, closeDetails);
  // The sheet lies over the lower part of the map: the camera keeps the site above it.
  const mapArea = useRef<HTMLElement>(null);
  const panel = useRef<HTMLElement>(null);
  const insets = useCoveredInsets(panelShown, mapArea, panel);
  // A snippet made on a date shows the map on that date.
  const { view: timeline } = useTimelineView(data, hash.date);
  const emphasis = useMemo(() => emphasisAt(timeline, selection.emphasis), [timeline, selection.emphasis]);
  const map = useMapSlot({
    sites: data?.sites ?? null,
    hiddenKinds: explore.hiddenKinds,
    emphasis,
    selectedSite: selection.site?.id ?? null,
    onSelectSite: selectable ? selectSite : undefined,
    camera: selection.camera,
    frame: selection.bounds,
    onCameraChange: selection.setCamera,
    interactive: !options.fixed,
    cooperativeGestures: true,
    // The frame's credit line, under the map, names the basemap in words: MapLibre's would repeat
    // it over the map, where a narrow frame has no room for it beside the scale.
    attribution: false,
    overlayInput,
    dark,
    insets,
    furniture: 'compact',
  });
  const { site, phase } = selection;
  // The frame comes whole, once the data is in: its credit line and legend depend on the data, and
  // a frame that grew as they arrived would move the map.
  if (!data) return <p role="status" className="loading embed-status">{strings.loadingData}</p>;
  const title = timeline ? strings.timeline.imageTitle(strings.title, formatDate(timeline.at, strings.locale)) : strings.title;
  return (
    <TimelineContext.Provider value={timeline}>
    <EmbedFrame
      title={phase ? `${title}: ${phase.name}` : title}
      shortTitle={phase ? `${strings.embed.shortTitle}: ${phase.name}` : strings.embed.shortTitle}
      kinds={data.kinds}
      layers={explore.layers}
      credits={viewCredits(strings, viewSources({ shown: data.sites.filter((s) => emphasis(s) !== 'hidden'), site, phase }, data.sourcesById), data.sites)}
      viewHash={pageHashStore().hashOf(hash)}
      frameKey={options.frameKey}
      problems={<DataProblems problems={data.problems} />}
    >
      <main className={`map-area${map.failed ? ' static' : ''}`} ref={mapArea}>
        {map.node}
        {hash.said && (
          <SaidSlot
            data={data}
            sides={hash.sides}
            site={site?.id ?? null}
            phase={phase?.id ?? null}
            onFilter={explore.filterSaid}
            onShowSite={(id) => {
              explore.showSaid(false);
              if (selectable) selectSite(id);
            }}
          />
        )}
      </main>
      {panelShown && <SelectionPanel data={data} site={site} phase={null} takeFocus={selection.panelTakesFocus} onClose={closeDetails} elementRef={panel} />}
    </EmbedFrame>
    </TimelineContext.Provider>
  );
}
