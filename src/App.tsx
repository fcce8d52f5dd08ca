/**
 * The app: loads the data, keeps the view in the URL, and wires the map and the panels together.
 * `map/` and `ui/` talk only through the props and callbacks here.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Dataset } from './data/validate';
import type { SiteKind } from './data/schema';
import { byId, generalStatements, siteEmphasis, statementsForPhase, statementsForSite } from './data/select';
import type { Site } from './data/select';
import { replaceHash, useUrlView } from './state/useUrlView';
import { usePromised } from './state/usePromised';
import { parseBriefingKeys, parseEmbedOptions, serializeHash, withHashKeys } from './state/url-state';
import { EmbedFrame } from './embed/EmbedFrame';
import { ShareDialog } from './ui/ShareDialog';
import { StaticMap } from './map/StaticMap';
import { hasWebGL } from './map/webgl';
import type { ExportSize } from './export/export-png';
import { exportRequestFor } from './export/request';
import type { Camera, KnownIds } from './state/url-state';
import { I18nProvider } from './i18n';
import type { Lang } from './i18n/languages';
import { localize } from './i18n/content';
import type { Language } from './i18n/load-language';
import { GlossaryContext, glossaryLinks } from './ui/glossary-context';
import { Glossary } from './ui/Glossary';
import { LayerControl } from './ui/LayerControl';
import { Preferences } from './ui/Preferences';
import { useTheme } from './ui/theme';
import { measuredEnds } from './explore/measure-state';
import type { OverlayInput } from './map/overlay-layers';
import { useMeasure } from './explore/useMeasure';
import { useExploreKeys } from './state/useExploreKeys';
import { useLanguage } from './i18n/useLanguage';
import { ArticleInfo } from './ui/ArticleInfo';
import { DataProblems } from './ui/DataProblems';
import { Legend } from './ui/Legend';
import { Panel } from './ui/Panel';
import { PhaseDetails } from './ui/PhaseDetails';
import { PhaseTimeline } from './ui/PhaseTimeline';
import { SiteDetails } from './ui/SiteDetails';
import { SiteList } from './ui/SiteList';
import { creditsLine, factsCheckedLine } from './ui/credits';
import { CORRECTIONS_SECTION, requestListSection } from './ui/list-section';

// The map's code starts downloading as this module loads, and is rendered without Suspense:
// React throttles a Suspense reveal by up to 300 ms, which delayed the map's creation (issue #7).
type MapViewComponent = (typeof import('./map/MapView'))['default'];
let loadedMapView: MapViewComponent | null = null;
const mapViewCode = import('./map/MapView').then((m) => (loadedMapView = m.default));
mapViewCode.catch(() => undefined); // reported by useMapView, where there is a page to say it on
function useMapView(onError: (message: string) => void): MapViewComponent | null {
  const [component, setComponent] = useState(() => loadedMapView);
  useEffect(() => {
    let live = true;
    mapViewCode.then(
      (c) => live && setComponent(() => c),
      (e: Error) => live && onError(e.message),
    );
    return () => {
      live = false;
    };
  }, [onError]);
  return component;
}
const Briefing = lazy(() => import('./briefing/Briefing'));
// Explore features (issue #5), each loaded when first used (issue #7).
const ListView = lazy(() => import('./explore/ListView'));
const MeasureTool = lazy(() => import('./explore/MeasureTool'));
const IllustrativeInfo = lazy(() => import('./explore/IllustrativeInfo'));
const Overlays = lazy(() => import('./map/Overlays'));

export type { Language };

export interface AppProps {
  dataset: Promise<Dataset>;
  /** The reader's language, loading alongside the data. */
  language: Promise<Language>;
}

/** Waits for the reader's language (a few KB, loaded with the data), then runs the app in it. */
export function App({ dataset, language: languagePromise }: AppProps) {
  const [language, switchLanguage] = useLanguage(languagePromise);
  const i18n = useMemo(() => language && { lang: language.lang, strings: language.strings }, [language]);
  if (!language || !i18n) return null;
  return (
    <I18nProvider value={i18n}>
      <MapApp dataset={dataset} language={language} onLanguage={switchLanguage} />
    </I18nProvider>
  );
}

interface MapAppProps {
  dataset: Promise<Dataset>;
  language: Language;
  onLanguage: (lang: Lang) => void;
}

function MapApp({ dataset: datasetPromise, language, onLanguage }: MapAppProps) {
  const strings = language.strings;
  const [raw] = usePromised(datasetPromise);
  // No WebGL check before the map: the map is the check (map/webgl.ts). When it fails, the reader
  // is told whether WebGL is missing (in their language, whenever it changes) or what went wrong.
  const [mapFailure, setMapError] = useState<string | null>(null);
  const [noWebGL, setNoWebGL] = useState(false);
  const mapError = noWebGL ? strings.noWebGL : mapFailure;
  const onMapFailure = useCallback((message: string) => (hasWebGL() ? setMapError(message) : setNoWebGL(true)), []);
  const [contextLost, setContextLost] = useState(false);
  const onMapCodeError = useCallback((message: string) => setMapError(`${strings.mapFailed} (${message})`), [strings]);
  const MapView = useMapView(onMapCodeError);

  // The data in the reader's language; ids, dates and quotes are the same in every language.
  const data = useMemo(
    () => raw && (language.content ? { ...localize(raw, language.content), problems: [...raw.problems, ...language.problems] } : { ...raw, problems: [...raw.problems, ...language.problems] }),
    [raw, language],
  );
  const glossary = useMemo(() => glossaryLinks(data?.glossary ?? []), [data]);
  const [theme, setTheme, dark] = useTheme();
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);

  // Explore keys (issue #5): layers and the list view, kept in the URL.
  const { explore, toggleLayer, showList, hiddenKinds } = useExploreKeys(announce, strings);
  const showCorrections = useCallback(() => {
    requestListSection(CORRECTIONS_SECTION);
    showList(true);
  }, [showList]);

  // The measure tool: its two ends, and whether a click on the map picks one.
  const [measuring, setMeasuring] = useState(false);
  const { measure, setMeasure, picking, setPicking, pickAt, onMapClick } = useMeasure();

  const known = useMemo<KnownIds | null>(
    () => (data ? { sites: new Set(data.sites.map((s) => s.id)), phases: new Set(data.phases.map((p) => p.id)) } : null),
    [data],
  );
  const [view, setView, viewRead] = useUrlView(known);
  // Embed mode (issue #4) is fixed for the life of the page: the host chose it in the frame's URL.
  const [embed] = useState(() => parseEmbedOptions(window.location.hash, window.location.search));
  // The camera really on screen, for share links that restore exactly this view.
  const liveCamera = useRef<Camera | null>(null);
  const onCameraReport = useCallback((c: Camera) => (liveCamera.current = c), []);
  const [sharing, setSharing] = useState(false);

  // Briefing mode (issue #3): `#tour=<step>`, and `presenter=1` in the speaker's window.
  // The one-file package is for presenting: opened as it is, it starts the tour.
  const [briefing, setBriefing] = useState(() =>
    __SINGLE_FILE__ && !window.location.hash ? { tour: 1, presenter: false } : parseBriefingKeys(window.location.hash),
  );
  useEffect(() => {
    const read = () => setBriefing(parseBriefingKeys(window.location.hash));
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const setStep = useCallback((step: number) => {
    replaceHash(withHashKeys(window.location.hash, { tour: String(step) }));
    setBriefing((b) => (b.tour === step ? b : { ...b, tour: step }));
  }, []);
  const exitBriefing = useCallback(() => {
    if (briefing.presenter) {
      window.close();
      return;
    }
    replaceHash(withHashKeys(window.location.hash, { tour: null, presenter: null }));
    setBriefing({ tour: null, presenter: false });
  }, [briefing.presenter]);
  const openPresenter = useCallback((step: number) => {
    const hash = withHashKeys('', { tour: String(step), presenter: '1' });
    window.open(`${window.location.pathname}${window.location.search}${hash}`, 'epaa-presenter', 'popup,width=1100,height=760');
  }, []);


  // Focus goes into the panel when a person opens a site (not when a URL restores it, nor when
  // stepping through phases), and back where it came from on close.
  const opener = useRef<HTMLElement | null>(null);
  const [panelTakesFocus, setPanelTakesFocus] = useState(false);
  const open = useCallback(
    (change: { site?: string | null; phase?: number | null }, takeFocus: boolean) => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setPanelTakesFocus(takeFocus);
      setView(change);
    },
    [setView],
  );
  const closePanel = useCallback(() => {
    if (view.site !== null) setView({ site: null });
    else setView({ phase: null });
    setAnnouncement(strings.announce.closed);
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) requestAnimationFrame(() => back.focus());
  }, [view.site, setView, strings]);

  useEffect(() => {
    if ((view.site === null && view.phase === null) || briefing.tour !== null) return;
    const onKey = (e: KeyboardEvent) => {
      // Esc inside a dialog closes the dialog only.
      if (e.key === 'Escape' && !e.defaultPrevented && !(e.target as Element | null)?.closest?.('dialog')) closePanel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view.site, view.phase, closePanel, briefing.tour]);

  const emphasis = useCallback((site: Site) => siteEmphasis(site, view.phase), [view.phase]);
  const sites = useMemo(() => byId(data?.sites ?? []), [data]);
  const sources = useMemo(() => byId(data?.sources ?? []), [data]);
  const phases = useMemo(() => byId(data?.phases ?? []), [data]);
  const onSelectSite = useCallback(
    (id: string) => {
      if (picking) return pickAt({ kind: 'site', id });
      open({ site: id }, true);
      announce(strings.announce.site(sites.get(id)?.name ?? id));
    },
    [open, picking, pickAt, announce, strings, sites],
  );
  const onSelectPhase = useCallback(
    (phase: number | null) => {
      open({ phase, site: null }, false);
      announce(phase === null ? strings.announce.allPhases : strings.announce.phase(phases.get(phase)?.name ?? String(phase)));
    },
    [open, announce, strings, phases],
  );
  const onCameraChange = useCallback((camera: Camera) => setView({ camera }), [setView]);

  const general = useMemo(() => generalStatements(data?.statements ?? []), [data]);
  const kinds = useMemo(() => [...new Set((data?.sites ?? []).map((s) => s.kind))] as SiteKind[], [data]);
  // The article is the source most statements cite; no source id is named in code.
  const article = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of data?.statements ?? []) counts.set(s.source, (counts.get(s.source) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    return top ? sources.get(top[0]) : undefined;
  }, [data, sources]);

  // Hooks above the early returns below, so every render calls the same ones.
  const measured = useMemo(() => (data ? measuredEnds(measure, data.sites) : null), [measure, data]);
  // The illustrative layers to draw, on the live map and in an exported image alike; null when none.
  const overlayInput = useMemo<OverlayInput | null>(() => {
    const showRanges = explore.layers.has('ranges');
    const showLines = explore.layers.has('lines');
    const shownMeasure = explore.layers.has('measure') ? measured : null;
    if (!data || !(showRanges || showLines || shownMeasure)) return null;
    return { ranges: data.ranges, sites: data.sites, showRanges, showLines, measure: shownMeasure };
  }, [data, explore.layers, measured]);
  const overlay = useMemo(
    () =>
      overlayInput
        ? (map: MapLibreMap) => (
            <Suspense fallback={null}>
              <Overlays map={map} input={overlayInput} dark={dark} />
            </Suspense>
          )
        : undefined,
    [overlayInput, dark],
  );

  if (briefing.tour !== null) {
    return data ? (
      <Suspense fallback={<p role="status" className="loading">{strings.briefing.loading}</p>}>
        <Briefing
          data={data}
          step={briefing.tour}
          presenter={briefing.presenter}
          webgl={hasWebGL()}
          onStep={setStep}
          onExit={exitBriefing}
          onOpenPresenter={openPresenter}
        />
      </Suspense>
    ) : (
      <p role="status" className="loading">{strings.briefing.loading}</p>
    );
  }

  const site = data?.sites.find((s) => s.id === view.site);
  const phase = view.phase !== null ? phases.get(view.phase) : undefined;
  const selectable = !embed.embed || embed.panel;

  const description = [phase ? `${phase.name} (${phase.interceptor})` : strings.share.viewAll, site ? strings.share.selected(site.name) : null]
    .filter(Boolean)
    .join(', ');
  const credits = creditsLine(strings, article, data);

  const staticMap = data && (
    <StaticMap
      sites={hiddenKinds.size ? data.sites.filter((s) => !hiddenKinds.has(s.kind)) : data.sites}
      emphasis={emphasis}
      selectedSite={view.site}
      onSelectSite={selectable ? onSelectSite : undefined}
      label={strings.staticMap}
    />
  );
  const mapNode = mapError ? (
    <>
      <div className="map-message" role="status">
        <p>{mapError}</p>
      </div>
      {staticMap}
    </>
  ) : data && MapView ? (
    <>
      {contextLost && (
        <div className="context-lost">
          <p className="map-message" role="status">{strings.contextLost}</p>
          {staticMap}
        </div>
      )}
      <MapView
        sites={data.sites}
        emphasis={emphasis}
        selectedSite={view.site}
        onSelectSite={selectable ? onSelectSite : undefined}
        camera={view.camera}
        onCameraChange={onCameraChange}
        onCameraReport={onCameraReport}
        onFatalError={onMapFailure}
        onContextLost={setContextLost}
        interactive={!embed.fixed}
        cooperativeGestures={embed.embed}
        hiddenKinds={hiddenKinds}
        overlay={overlay}
        onMapClick={picking ? onMapClick : undefined}
        dark={dark}
      />
    </>
  ) : (
    <p role="status" className="loading map-loading">{strings.loadingMap}</p>
  );

  // One panel element for sites and phases: switching between them replaces its content only,
  // not the whole aside (issue #7: fewer DOM removals per switch).
  // In an embed the phase shows on the map and in the title line; only a site opens the panel.
  const panelPhase = !site && phase && !embed.embed ? phase : null;
  const panelNode = data && selectable && (site || panelPhase) && (
    <Panel
      title={site ? `${site.name}, ${site.country}` : `${panelPhase!.name}: ${panelPhase!.interceptor}`}
      takeFocus={panelTakesFocus}
      onClose={closePanel}
    >
      {site ? (
        <SiteDetails site={site} phases={phases} statements={statementsForSite(data.statements, site.id)} sources={sources} onShowCorrections={embed.embed ? undefined : showCorrections} />
      ) : (
        <PhaseDetails phase={panelPhase!} statements={statementsForPhase(data.statements, panelPhase!.id)} sources={sources} />
      )}
    </Panel>
  );

  if (embed.embed) {
    return (
      <EmbedFrame
        title={phase ? `${strings.title}: ${phase.name}` : strings.title}
        kinds={kinds}
        layers={explore.layers}
        credits={credits}
        viewHash={viewRead ? serializeHash(view, window.location.hash) : window.location.hash}
        problems={data && <DataProblems problems={data.problems} />}
      >
        <main className={`map-area${mapError ? ' static' : ''}`}>{mapNode}</main>
        {panelNode}
      </EmbedFrame>
    );
  }

  const shareHash = () => {
    const camera = view.camera ?? liveCamera.current;
    return serializeHash({ ...view, camera }, window.location.hash);
  };
  const exportRequest = (size: ExportSize) =>
    exportRequestFor(size, {
      mapSelector: '.map-area',
      sites: data?.sites ?? [],
      camera: view.camera ?? liveCamera.current,
      // What is on screen: sites whose layer is off are not drawn; the illustrative layers are.
      emphasis: (s) => (hiddenKinds.has(s.kind) ? 'hidden' : emphasis(s)),
      overlays: overlayInput ?? undefined,
      title: strings.title,
      description,
      credits,
      strings,
    });
  const mapCentre = (): [number, number] | null => {
    const c = view.camera ?? liveCamera.current;
    return c ? [c.lon, c.lat] : null;
  };
  const panelOpen = Boolean(panelNode && (site || phase));

  return (
    <GlossaryContext.Provider value={glossary}>
    <div className={`app${panelOpen ? ' has-panel' : ''}`}>
      <nav className="skip-links" aria-label={strings.skipToMap}>
        <a href="#map-area" onClick={(e) => skipTo(e, '.map-area')}>{strings.skipToMap}</a>
        {panelOpen && <a href="#panel-title" onClick={(e) => skipTo(e, '#panel-title')}>{strings.skipToPanel}</a>}
      </nav>
      <header className="app-header">
        <h1>{strings.title}</h1>
        <p className="subtitle">{strings.subtitle}</p>
        <p className="illustrative" data-testid="illustrative-note">
          {strings.illustrative}
        </p>
        {kinds.length > 0 && <Legend kinds={kinds} layers={explore.layers} />}
        <Preferences onLanguage={onLanguage} theme={theme} onTheme={setTheme} />
        {data && (
          <div className="header-actions">
            <button type="button" className="share-button" onClick={() => setSharing(true)}>
              {strings.share.button}
            </button>
            <button type="button" className="present-button" onClick={() => setStep(1)} title={strings.briefing.presentHint}>
              {strings.briefing.present}
            </button>
          </div>
        )}
      </header>
      {data && <DataProblems problems={data.problems} />}
      <div className="app-body">
        <nav className="sidebar" aria-label={`${strings.sitesHeading} / ${strings.phasesHeading}`}>
          {data ? (
            <>
              <SiteList sites={data.sites} emphasis={emphasis} selectedSite={view.site} onSelect={onSelectSite} />
              <PhaseTimeline phases={data.phases} selectedPhase={view.phase} onSelect={onSelectPhase} />
              <LayerControl layers={explore.layers} onToggle={toggleLayer} kinds={kinds} />
              {(explore.layers.has('ranges') || explore.layers.has('lines')) && (
                <Suspense fallback={<p className="loading">{strings.loadingMap}</p>}>
                  <IllustrativeInfo
                    ranges={data.ranges}
                    sites={data.sites}
                    sources={sources}
                    showRanges={explore.layers.has('ranges')}
                    showLines={explore.layers.has('lines')}
                  />
                </Suspense>
              )}
              <section aria-labelledby="measure-heading" className="measure">
                <h2 id="measure-heading">
                  <button type="button" className="disclosure" aria-expanded={measuring} onClick={() => setMeasuring((m) => !m)}>
                    {strings.measure.heading}
                  </button>
                </h2>
                {measuring && (
                  <Suspense fallback={<p className="loading">…</p>}>
                    <MeasureTool
                      sites={data.sites}
                      value={measure}
                      onChange={(m) => {
                        setMeasure(m);
                        setPicking(null);
                      }}
                      picking={picking}
                      onPicking={setPicking}
                      mapCentre={mapCentre}
                    />
                  </Suspense>
                )}
              </section>
              <ArticleInfo article={article} general={general} sources={sources} />
              <Glossary sources={sources} />
            </>
          ) : (
            <p role="status" className="loading">{strings.loadingData}</p>
          )}
        </nav>
        <main className={`map-area${mapError ? ' static' : ''}`} id="map-area" tabIndex={-1} aria-labelledby="view-switch-label">
          <div className="view-switch" role="group" aria-labelledby="view-switch-label">
            <span id="view-switch-label" className="visually-hidden">{strings.viewSwitch}</span>
            <button type="button" aria-pressed={!explore.list} onClick={() => showList(false)} data-view="map">
              {strings.mapTab}
            </button>
            <button type="button" aria-pressed={explore.list} onClick={() => showList(true)} data-view="list">
              {strings.listTab}
            </button>
          </div>
          {/* The map stays mounted behind the list: switching back is instant. */}
          <div className="map-holder" hidden={explore.list}>
            {mapNode}
          </div>
          {explore.list && data && (
            <Suspense fallback={<p role="status" className="loading">{strings.loadingData}</p>}>
              <ListView
                sites={data.sites}
                phases={data.phases}
                statements={data.statements}
                sources={sources}
                emphasis={emphasis}
                selectedSite={view.site}
                selectedPhase={view.phase}
                onSelectSite={onSelectSite}
                onSelectPhase={onSelectPhase}
                corrections={data.corrections}
              />
            </Suspense>
          )}
        </main>
        {panelNode}
      </div>
      <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </div>
      {sharing && (
        <ShareDialog
          onClose={() => setSharing(false)}
          viewHash={shareHash()}
          description={description}
          fileParts={[phase?.name ?? null, site?.name ?? null]}
          exportRequest={mapError ? null : exportRequest}
          factsChecked={data ? factsCheckedLine(strings, data.sites) : ''}
        />
      )}
    </div>
    </GlossaryContext.Provider>
  );
}

/** Skip links move focus as well as scrolling, and leave the hash (which holds the view) alone. */
function skipTo(e: React.MouseEvent, selector: string): void {
  e.preventDefault();
  const target = document.querySelector<HTMLElement>(selector);
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}
