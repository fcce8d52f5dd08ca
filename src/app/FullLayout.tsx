import { Suspense, lazy, useCallback, useMemo } from 'react';
import { siteKinds } from '../data/schema';
import type { Site } from '../data/schema';
import { stepEmphasis } from '../data/select';
import { useMeasure } from '../explore/useMeasure';
import { viewDescription } from '../export/describe-view';
import { useStrings } from '../i18n';
import type { Lang } from '../i18n/languages';
import { useHashState } from '../state/useHashState';
import { DataProblems } from '../ui/DataProblems';
import { GlossaryContext, glossaryLinks } from '../ui/glossary-context';
import { useKeyboardHelp } from '../ui/useKeyboardHelp';
import { useTheme } from '../ui/theme';
import { useCompactLayout } from '../ui/layout';
import { AppHeader } from './AppHeader';
import { ExploreSidebar } from './ExploreSidebar';
import { MapArea } from './MapArea';
import { useMapSlot } from './MapSlot';
import { useOverlayInput } from './overlay-input';
import { editTour, present, showCorrections } from './page-actions';
import { PrintFooter } from './PrintFooter';
import { SelectionPanel } from './SelectionPanel';
import { useSharedView } from './shared-view';
import { SkipLinks } from './SkipLinks';
import { TourEditorSlot, useFocusAfterEditor, useStepPreview } from './TourEditorSlot';
import { useAnnouncer } from './useAnnouncer';
import type { AppData } from '../data/app-data';
import { useExplore } from './useExplore';
import { useFitRatio } from './useFitRatio';
import { useLiveCamera } from './useLiveCamera';
import { usePageParts } from './usePageParts';
import { usePanelOverMap } from './usePanelOverMap';
import { useSelection } from './useSelection';
import { MapControlBar } from '../ui/MapControlBar';
import type { SitePhaseChoice } from '../ui/site-phase-choice';
import { TimelineContext, emphasisAt, useTimelineView } from '../state/timeline-context';

// Opened by a button: its code (citation, snippets, export) comes with the first press.
const ShareView = lazy(() => import('./ShareView'));
// The list of keys, loaded the first time "?" is pressed.
const KeyboardHelp = lazy(() => import('../ui/KeyboardHelp'));

export interface FullLayoutProps {
  data: AppData | null;
  onLanguage: (lang: Lang) => void;
}

/**
 * The whole app: header, sidebar (or the tour editor), the map (or its list twin), the panel, and
 * the share dialog. The parts are modules of their own; this wires them to the page's state.
 */
export function FullLayout({ data, onLanguage }: FullLayoutProps) {
  const strings = useStrings();
  const hash = useHashState();
  const [announcement, announce] = useAnnouncer();
  const compact = useCompactLayout();
  const selection = useSelection(data, hash, announce, strings, compact);
  const explore = useExplore(hash, announce, strings);
  // The map on a date: sites that were nothing yet are hidden, the rest keep the phase's emphasis.
  const { range, view: timeline } = useTimelineView(data, hash.date);
  const [previewing, setPreview] = useStepPreview(hash.edit, selection.site, selection.phase);
  const emphasis = useMemo(
    () => emphasisAt(timeline, previewing ? (s: Site) => stepEmphasis(s, previewing) : selection.emphasis),
    [timeline, previewing, selection.emphasis],
  );
  const [theme, setTheme, dark] = useTheme();
  const measureTool = useMeasure();
  const { measure, picking, pickAt, onMapClick } = measureTool;
  const [keysOpen, setKeysOpen] = useKeyboardHelp();
  const { liveCamera, onCameraReport, cameraNow } = useLiveCamera(selection.camera);

  const { selectSite } = selection;
  const onSelectSite = useCallback((id: string) => (picking ? pickAt({ kind: 'site', id }) : selectSite(id)), [picking, pickAt, selectSite]);
  const overlayInput = useOverlayInput(data, explore.layers, measure);
  const glossary = useMemo(() => glossaryLinks(data?.glossary ?? []), [data]);
  const fitRatio = useFitRatio(data);
  const panelOpen = Boolean(data && (selection.site || selection.phase));
  const { mapArea, panel, body, editButton, liveMap } = usePageParts();
  const sharing = useSharedView(hash, liveCamera, liveMap);
  const insets = usePanelOverMap(compact, panelOpen, explore.list || explore.said ? null : (selection.site?.id ?? selection.phase?.id ?? null), { mapArea, panel, body });
  const map = useMapSlot({
    sites: data?.sites ?? null,
    hiddenKinds: explore.hiddenKinds,
    emphasis,
    selectedSite: selection.site?.id ?? null,
    onSelectSite,
    camera: selection.camera,
    frame: selection.bounds,
    onCameraChange: selection.setCamera,
    onCameraReport,
    interactive: true,
    cooperativeGestures: false,
    overlayInput,
    onMapClick: picking ? onMapClick : undefined,
    dark,
    insets,
    mapElement: liveMap,
  });

  const { site, phase } = selection;
  // What a printed page shows, for its credits: the sites drawn, the site and phase in focus.
  const printContents = useMemo(() => ({ shown: data?.sites.filter((s) => emphasis(s) !== 'hidden') ?? [], site, phase }), [data, emphasis, site, phase]);
  // The reader's choice as the sidebar and the map area (or its list) show and change it.
  const choice: SitePhaseChoice = { emphasis, selectedSite: site?.id ?? null, selectedPhase: phase?.id ?? null, onSelectSite, onSelectPhase: selection.selectPhase };
  const editing = hash.edit && data !== null;
  useFocusAfterEditor(editing, editButton);
  const description = viewDescription(strings, phase, site);

  return (
    <GlossaryContext.Provider value={glossary}>
      <TimelineContext.Provider value={timeline}>
      <div className={`app${panelOpen ? ' has-panel' : ''}${editing ? ' editing' : ''}`} style={fitRatio ? ({ '--fit-ratio': fitRatio.toFixed(3) } as React.CSSProperties) : undefined}>
        <SkipLinks panelOpen={panelOpen} onShowKeys={() => setKeysOpen(true)} mapArea={mapArea} />
        <AppHeader
          kinds={data?.kinds ?? siteKinds}
          layers={explore.layers}
          onLanguage={onLanguage}
          theme={theme}
          onTheme={setTheme}
          actions={data && { onShare: sharing.open, onPresent: present, onEditTour: editTour }}
          editButton={editButton}
        />
        {data && <DataProblems problems={data.problems} />}
        <div className="app-body" ref={body}>
          {editing && data ? (
            <TourEditorSlot data={data} cameraNow={cameraNow} onPreview={setPreview} />
          ) : (
            <ExploreSidebar
              data={data}
              {...choice}
              layers={explore.layers}
              onToggleLayer={explore.toggleLayer}
              layersNearMap={compact}
              measure={measureTool}
              cameraNow={cameraNow}
              range={range}
              at={timeline?.at ?? null}
              announce={announce}
            />
          )}
          <MapArea
            map={map.node}
            failed={map.failed}
            list={explore.list}
            onShowList={explore.showList}
            said={explore.said}
            sides={explore.sides}
            onShowSaid={explore.showSaid}
            onFilterSaid={explore.filterSaid}
            data={data}
            {...choice}
            section={hash.section}
            ref={mapArea}
          />
          {compact && (
            <MapControlBar
              phases={data?.phases ?? null}
              selectedPhase={phase?.id ?? null}
              onSelectPhase={selection.selectPhase}
              layers={explore.layers}
              onToggleLayer={explore.toggleLayer}
              kinds={data?.kinds ?? []}
            />
          )}
          {data && <SelectionPanel data={data} site={site} phase={phase} takeFocus={selection.panelTakesFocus} onClose={selection.closePanel} onShowCorrections={showCorrections} elementRef={panel} />}
        </div>
        <PrintFooter data={data} hash={hash} description={description} contents={printContents} cameraNow={cameraNow} />
        <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
          {announcement}
        </div>
        {keysOpen && (
          <Suspense fallback={null}>
            <KeyboardHelp mode={picking ? 'measure' : explore.list ? 'list' : 'map'} onClose={() => setKeysOpen(false)} />
          </Suspense>
        )}
        {sharing.viewHash !== null && (
          <Suspense fallback={null}>
            <ShareView
              viewHash={sharing.viewHash}
              onClose={sharing.close}
              data={data}
              site={site}
              phase={phase}
              description={description}
              camera={selection.camera}
              hiddenKinds={explore.hiddenKinds}
              emphasis={emphasis}
              overlays={overlayInput}
              at={timeline?.at ?? null}
              mapFailed={map.failed}
              mapArea={mapArea}
            />
          </Suspense>
        )}
      </div>
      </TimelineContext.Provider>
    </GlossaryContext.Provider>
  );
}
