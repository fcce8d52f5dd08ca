import { Suspense, lazy, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { siteKinds } from '../data/schema';
import type { Site, TourStep } from '../data/schema';
import { stepEmphasis } from '../data/select';
import { measuredEnds } from '../explore/measure-state';
import { useMeasure } from '../explore/useMeasure';
import type { ExportSize } from '../export/export-png';
import { exportRequestFor } from '../export/request';
import { factsCheckedLine, viewCaption, viewCredits, viewDescription, viewTitle } from '../export/describe-view';
import { usePlaceNames, useStrings } from '../i18n';
import type { Lang } from '../i18n/languages';
import { pageHashStore, useHashState } from '../state/useHashState';
import { DEFAULT_TOUR, DRAFT_TOUR, serializeHashState } from '../state/url-state';
import type { Camera, HashState } from '../state/url-state';
import { cameraBounds, clampBounds, tallestFitRatio } from '../map/viewport';
import { FIT, fitOptions, sitesBounds } from '../map/camera';
import { BASEMAP_BOUNDS } from '../map/style';
import { DataProblems } from '../ui/DataProblems';
import { viewUrl } from '../embed/share';
import { GlossaryContext, glossaryLinks } from '../ui/glossary-context';
import { useKeyboardHelp } from '../ui/useKeyboardHelp';
import { CORRECTIONS_SECTION } from '../ui/list-section';
import { useTheme } from '../ui/theme';
import { useCompactLayout } from '../ui/layout';
import { useCoveredInsets } from './useCoveredInsets';
import { AppHeader } from './AppHeader';
import { useMapSlot } from './MapSlot';
import { overlayInputFor } from './overlay-input';
import { SelectionPanel } from './SelectionPanel';
import { Sidebar } from './Sidebar';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useAnnouncer } from './useAnnouncer';
import type { AppData } from './useDataset';
import { useExplore } from './useExplore';
import { useSelection } from './useSelection';
import { TimeSection } from '../ui/TimeSection';
import { MapControlBar } from '../ui/MapControlBar';
import { TimelineContext, emphasisAt, useTimelineView } from '../ui/timeline-context';

// The accessible twin of the map: loaded the first time a reader opens it.
const ListView = lazy(() => import('../explore/ListView'));
// Opened by a button: its code (citation, snippets, export) comes with the first press.
const ShareDialog = lazy(() => import('../ui/ShareDialog').then((m) => ({ default: m.ShareDialog })));
// The list of keys, loaded the first time "?" is pressed.
const KeyboardHelp = lazy(() => import('../ui/KeyboardHelp'));
// The tour editor, loaded when a presenter opens it.
const TourEditor = lazy(() => import('../tour-editor/TourEditor'));

/** A phone's width, for the ratio below (any width under FIT's full-margin width gives the same). */
const PHONE_WIDTH = 360;

export interface FullLayoutProps {
  data: AppData | null;
  onLanguage: (lang: Lang) => void;
}

/** The whole app: header, sidebar, the map (or its list twin), the panel, and the share dialog. */
export function FullLayout({ data, onLanguage }: FullLayoutProps) {
  const strings = useStrings();
  const places = usePlaceNames();
  const hash = useHashState();
  const [announcement, announce] = useAnnouncer();
  const compact = useCompactLayout();
  const selection = useSelection(data, hash, announce, strings, compact);
  const explore = useExplore(hash, announce, strings);
  // The map on a date: sites that were nothing yet are hidden, the rest keep the phase's emphasis.
  const { range, view: timeline } = useTimelineView(data, hash.date);
  // A tour step previewed from the editor: its sites stand out as the briefing shows them, for as
  // long as its phase stays chosen, no site is, and the editor is open.
  const [preview, setPreview] = useState<Pick<TourStep, 'phase' | 'sites'> | null>(null);
  const previewing = preview !== null && hash.edit && selection.site === null && (selection.phase?.id ?? null) === preview.phase ? preview : null;
  const emphasis = useMemo(
    () => emphasisAt(timeline, previewing ? (s: Site) => stepEmphasis(s, previewing) : selection.emphasis),
    [timeline, previewing, selection.emphasis],
  );
  const [theme, setTheme, dark] = useTheme();
  const { measure, setMeasure, picking, setPicking, pickAt, onMapClick } = useMeasure();
  const [keysOpen, setKeysOpen] = useKeyboardHelp();
  // The view being shared (its hash, taken when Share was pressed), or null.
  const [sharing, setSharing] = useState<string | null>(null);
  // The camera really on screen, for share links and images that restore exactly this view.
  const liveCamera = useRef<Camera | null>(null);
  const onCameraReport = useCallback((c: Camera) => (liveCamera.current = c), []);

  const { selectSite } = selection;
  const onSelectSite = useCallback((id: string) => (picking ? pickAt({ kind: 'site', id }) : selectSite(id)), [picking, pickAt, selectSite]);
  const measured = useMemo(() => (data ? measuredEnds(measure, data.sites) : null), [measure, data]);
  const overlayInput = useMemo(() => overlayInputFor(data, explore.layers, measured), [data, explore.layers, measured]);
  const glossary = useMemo(() => glossaryLinks(data?.glossary ?? []), [data]);
  // A phone's map is no taller than lets every site fit across it (the page's CSS reads this).
  const fitRatio = useMemo(() => {
    const box = data && sitesBounds(data.sites);
    return box ? tallestFitRatio(box, PHONE_WIDTH, fitOptions(PHONE_WIDTH).padding, FIT.maxZoom, BASEMAP_BOUNDS) : null;
  }, [data]);
  const panelOpen = Boolean(data && (selection.site || selection.phase));
  // On a phone the panel lies over the map: the map is brought into view, and its camera keeps
  // the sites in the part the panel leaves visible.
  const insets = useCoveredInsets(compact && panelOpen, '.map-area', '.app .panel');
  const selected = selection.site?.id ?? selection.phase?.id ?? null;
  useEffect(() => {
    if (compact && selected !== null) document.querySelector('.app-body')?.scrollTo({ top: 0 });
  }, [compact, selected]);
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
  });

  const { site, phase } = selection;
  const editing = hash.edit && data !== null;
  // The editor closed (Close, Leave, or Back): the focus it had goes back to the button that opens
  // it, rather than falling to the page.
  const wasEditing = useRef(editing);
  useEffect(() => {
    const at = document.activeElement;
    if (wasEditing.current && !editing && (!at || at === document.body)) document.querySelector<HTMLElement>('.edit-tour-button')?.focus();
    wasEditing.current = editing;
  }, [editing]);
  // The list view's sections (the corrections) open through the URL, so a link can ask for them too.
  const showSection = useCallback((section: string) => pageHashStore().update({ list: true, section }, 'now'), []);
  const sectionShown = useCallback(() => pageHashStore().update({ section: null }, 'now'), []);
  const showCorrections = useCallback(() => showSection(CORRECTIONS_SECTION), [showSection]);
  // The camera on screen now (what the map last reported), else the one the URL asks for.
  const cameraNow = () => liveCamera.current ?? selection.camera;
  // What a shared link says of the camera: nothing for a view nobody moved (each screen then fits
  // the sites to its own size), else the box on screen, which each screen fits to its own size too.
  const sharedView = (): Pick<HashState, 'camera' | 'bounds'> => {
    if (hash.camera === null) return { camera: null, bounds: hash.bounds };
    const el = document.querySelector<HTMLElement>('.map-area .map');
    const camera = liveCamera.current ?? hash.camera;
    if (!el || el.clientWidth === 0 || el.clientHeight === 0) return { camera, bounds: null };
    return { camera: null, bounds: clampBounds(cameraBounds(camera, { width: el.clientWidth, height: el.clientHeight })) };
  };
  // What Share hands on: the view, never the editor open here (a presenter's own business).
  const share = () => setSharing(serializeHashState({ ...hash, ...sharedView(), edit: false }, window.location.hash));
  const description = viewDescription(strings, phase, site);
  // On paper, the address of the view: taken with the camera on screen when printing starts.
  const [printCamera, setPrintCamera] = useState<Camera | null>(null);
  // The printed page's footer, hidden on screen, comes after the first paint: its credit line's
  // dates are the first the page formats, and the browser's date formatting costs tens of
  // milliseconds to start.
  const [footer, showFooter] = useAfterFirstPaint();
  const onBeforePrint = useEffectEvent(() =>
    flushSync(() => {
      showFooter();
      setPrintCamera(cameraNow());
    }),
  );
  useEffect(() => {
    const before = () => onBeforePrint();
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  const printUrl = viewUrl(window.location.href, serializeHashState({ ...hash, camera: printCamera ?? hash.camera }, window.location.hash));
  const exportRequest = (size: ExportSize) =>
    exportRequestFor(size, {
      mapSelector: '.map-area',
      sites: data?.sites ?? [],
      // The camera the reader chose, if any: otherwise the image fits all sites in its own frame.
      camera: selection.camera,
      // What is on screen: sites whose layer is off are not drawn; the illustrative layers are.
      emphasis: (s) => (explore.hiddenKinds.has(s.kind) ? 'hidden' : emphasis(s)),
      overlays: overlayInput ?? undefined,
      title: viewTitle(strings, timeline?.at ?? null),
      caption: viewCaption(strings, phase, site),
      contents: { site, phase },
      sourcesById: data?.sourcesById ?? new Map(),
      article: data?.article,
      strings,
      places,
    });

  return (
    <GlossaryContext.Provider value={glossary}>
      <TimelineContext.Provider value={timeline}>
      <div className={`app${panelOpen ? ' has-panel' : ''}${editing ? ' editing' : ''}`} style={fitRatio ? ({ '--fit-ratio': fitRatio.toFixed(3) } as React.CSSProperties) : undefined}>
        <nav className="skip-links" aria-label={strings.skipToMap}>
          <a href="#map-area" onClick={skipToMap}>{strings.skipToMap}</a>
          {panelOpen && <a href="#panel-title" onClick={(e) => skipTo(e, '#panel-title')}>{strings.skipToPanel}</a>}
          <button type="button" onClick={() => setKeysOpen(true)}>{strings.takeAway.keys.buttonHint}</button>
        </nav>
        <AppHeader
          kinds={data?.kinds ?? siteKinds}
          layers={explore.layers}
          onLanguage={onLanguage}
          theme={theme}
          onTheme={setTheme}
          actions={data && { onShare: share, onPresent: () => pageHashStore().update({ tour: { id: DEFAULT_TOUR, step: 1 } }, 'now'), onEditTour: () => pageHashStore().update({ edit: true }, 'now') }}
        />
        {data && <DataProblems problems={data.problems} />}
        <div className="app-body">
          {editing && data ? (
            <Suspense fallback={<p role="status" className="loading">{strings.loadingData}</p>}>
              <TourEditor
                data={data}
                cameraNow={cameraNow}
                onPreview={(step) => {
                  setPreview({ phase: step.phase, sites: step.sites });
                  pageHashStore().update({ site: null, phase: step.phase, camera: step.camera ?? null, bounds: null, date: step.date ?? null }, 'now');
                }}
                onPlay={playDraft}
                onClose={() => {
                  setPreview(null);
                  pageHashStore().update({ edit: false }, 'now');
                }}
              />
            </Suspense>
          ) : (
            <Sidebar
              data={data}
              emphasis={emphasis}
              selectedSite={site?.id ?? null}
              selectedPhase={phase?.id ?? null}
              onSelectSite={onSelectSite}
              onSelectPhase={selection.selectPhase}
              layers={explore.layers}
              onToggleLayer={explore.toggleLayer}
              layersNearMap={compact}
              measure={{
                value: measure,
                onChange: (m) => {
                  setMeasure(m);
                  setPicking(null);
                },
                picking,
                onPicking: setPicking,
                mapCentre: () => {
                  const c = cameraNow();
                  return c ? [c.lon, c.lat] : null;
                },
              }}
              time={
                <TimeSection
                  range={range}
                  at={timeline?.at ?? null}
                  onChange={(date) => pageHashStore().update({ date }, 'settle')}
                  onClear={() => pageHashStore().update({ date: null }, 'settle')}
                  announce={announce}
                  data={data ?? NO_DATA}
                />
              }
            />
          )}
          <main className={`map-area${map.failed ? ' static' : ''}`} id="map-area" tabIndex={-1} aria-labelledby="view-switch-label">
            <div className="view-switch" role="group" aria-labelledby="view-switch-label">
              <span id="view-switch-label" className="visually-hidden">{strings.viewSwitch}</span>
              <button type="button" aria-pressed={!explore.list} onClick={() => explore.showList(false)} data-view="map">
                {strings.mapTab}
              </button>
              <button type="button" aria-pressed={explore.list} onClick={() => explore.showList(true)} data-view="list">
                {strings.listTab}
              </button>
            </div>
            {/* The map stays mounted behind the list: switching back is instant. */}
            <div className="map-holder" hidden={explore.list}>
              {map.node}
            </div>
            {explore.list && data && (
              <Suspense fallback={<p role="status" className="loading">{strings.loadingData}</p>}>
                <ListView
                  sites={data.sites}
                  phases={data.phases}
                  statements={data.statements}
                  sources={data.sourcesById}
                  emphasis={emphasis}
                  selectedSite={site?.id ?? null}
                  selectedPhase={phase?.id ?? null}
                  onSelectSite={onSelectSite}
                  onSelectPhase={selection.selectPhase}
                  section={hash.section}
                  onShowSection={showSection}
                  onSectionShown={sectionShown}
                />
              </Suspense>
            )}
          </main>
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
          {data && (
            <SelectionPanel
              data={data}
              site={site}
              phase={phase}
              takeFocus={selection.panelTakesFocus}
              onClose={selection.closePanel}
              onShowCorrections={showCorrections}
            />
          )}
        </div>
        {/* Only on paper (hidden on screen and from assistive technology there): what a printed page needs to stand alone. */}
        {data && footer && (
          <footer className="print-footer" data-testid="print-footer">
            <p>{description}</p>
            <p>{viewCredits(strings, data.article, data)}</p>
            <p>{strings.basemapCredit}</p>
            <p>
              {strings.takeAway.print.view} <span className="print-url">{printUrl}</span>
            </p>
          </footer>
        )}
        <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
          {announcement}
        </div>
        {keysOpen && (
          <Suspense fallback={null}>
            <KeyboardHelp mode={picking ? 'measure' : explore.list ? 'list' : 'map'} onClose={() => setKeysOpen(false)} />
          </Suspense>
        )}
        {sharing !== null && (
          <Suspense fallback={null}>
            <ShareDialog
              onClose={() => setSharing(null)}
              viewHash={sharing}
              description={description}
              fileParts={[phase?.name ?? null, site?.localName ?? site?.name ?? null]}
              exportRequest={map.failed ? null : exportRequest}
              factsChecked={data ? factsCheckedLine(strings, data.sites) : ''}
              data={data && { sites: data.sites, phases: data.phases, statements: data.statements, sources: data.sourcesById }}
            />
          </Suspense>
        )}
      </div>
      </TimelineContext.Provider>
    </GlossaryContext.Provider>
  );
}

/**
 * "Skip to the map" lands on the selected site's marker, else the first site's, where the arrow
 * keys go on between sites; on the map area itself when no marker is shown (the list view, no map).
 */
function skipToMap(e: React.MouseEvent): void {
  const shown = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)].find((el) => el.offsetParent !== null);
  skipTo(e, shown('.map-area button.site-marker[aria-pressed="true"]') ?? shown('.map-area button.site-marker') ?? '.map-area');
}

const NO_DATA = { sites: [], phases: [], sourcesById: new Map() };

/** Plays the editor's draft (which it has just written) from a step, from 1; the editor stays open behind the briefing. */
function playDraft(step: number): void {
  pageHashStore().update({ tour: { id: DRAFT_TOUR, step } }, 'now');
}

/** Skip links move focus as well as scrolling, and leave the hash (which holds the view) alone. */
function skipTo(e: React.MouseEvent, to: string | HTMLElement): void {
  e.preventDefault();
  const target = typeof to === 'string' ? document.querySelector<HTMLElement>(to) : to;
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}
