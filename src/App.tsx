/**
 * The app: loads the data, keeps the view in the URL, and wires the map and the panels together.
 * `map/` and `ui/` talk only through the props and callbacks here.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from './data/validate';
import type { SiteKind } from './data/schema';
import { byId, generalStatements, siteEmphasis, statementsForPhase, statementsForSite } from './data/select';
import type { Site } from './data/select';
import { replaceHash, useUrlView } from './state/useUrlView';
import { parseBriefingKeys, parseEmbedOptions, serializeHash, withHashKeys } from './state/url-state';
import { EmbedFrame } from './embed/EmbedFrame';
import { ShareDialog } from './ui/ShareDialog';
import { StaticMap } from './map/StaticMap';
import type { ExportSize } from './export/export-png';
import { exportRequestFor } from './export/request';
import { sourceLabel } from './data/select';
import type { Camera, KnownIds } from './state/url-state';
import { strings } from './strings';
import { ArticleInfo } from './ui/ArticleInfo';
import { DataProblems } from './ui/DataProblems';
import { Legend } from './ui/Legend';
import { Panel } from './ui/Panel';
import { PhaseDetails } from './ui/PhaseDetails';
import { PhaseTimeline } from './ui/PhaseTimeline';
import { SiteDetails } from './ui/SiteDetails';
import { SiteList } from './ui/SiteList';

const MapView = lazy(() => import('./map/MapView'));
const Briefing = lazy(() => import('./briefing/Briefing'));

export interface AppProps {
  dataset: Promise<Dataset>;
  /** Whether this browser can draw WebGL; checked before the map library is even loaded. */
  webgl: boolean;
}

export function App({ dataset: datasetPromise, webgl }: AppProps) {
  const [data, setData] = useState<Dataset | null>(null);
  const [mapError, setMapError] = useState<string | null>(webgl ? null : strings.noWebGL);
  const [contextLost, setContextLost] = useState(false);

  useEffect(() => {
    let live = true;
    void datasetPromise.then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [datasetPromise]);

  const known = useMemo<KnownIds | null>(
    () => (data ? { sites: new Set(data.sites.map((s) => s.id)), phases: new Set(data.phases.map((p) => p.id)) } : null),
    [data],
  );
  const [view, setView] = useUrlView(known);
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
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) requestAnimationFrame(() => back.focus());
  }, [view.site, setView]);

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
  const onSelectSite = useCallback((id: string) => open({ site: id }, true), [open]);
  const onSelectPhase = useCallback((phase: number | null) => open({ phase, site: null }, false), [open]);
  const onCameraChange = useCallback((camera: Camera) => setView({ camera }), [setView]);

  const sources = useMemo(() => byId(data?.sources ?? []), [data]);
  const phases = useMemo(() => byId(data?.phases ?? []), [data]);
  const general = useMemo(() => generalStatements(data?.statements ?? []), [data]);
  const kinds = useMemo(() => [...new Set((data?.sites ?? []).map((s) => s.kind))] as SiteKind[], [data]);
  // The article is the source most statements cite; no source id is named in code.
  const article = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of data?.statements ?? []) counts.set(s.source, (counts.get(s.source) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    return top ? sources.get(top[0]) : undefined;
  }, [data, sources]);

  if (briefing.tour !== null) {
    return data ? (
      <Suspense fallback={<p role="status" className="loading">{strings.briefing.loading}</p>}>
        <Briefing
          data={data}
          step={briefing.tour}
          presenter={briefing.presenter}
          webgl={webgl}
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
  const credits = strings.share.credits(article ? sourceLabel(article) : '', Math.max(0, (data?.sources.length ?? 1) - 1));

  const staticMap = data && (
    <StaticMap
      sites={data.sites}
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
  ) : data ? (
    <Suspense fallback={<p role="status" className="loading map-loading">{strings.loadingMap}</p>}>
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
        onFatalError={setMapError}
        onContextLost={setContextLost}
        interactive={!embed.fixed}
        cooperativeGestures={embed.embed}
      />
    </Suspense>
  ) : (
    <p role="status" className="loading map-loading">{strings.loadingMap}</p>
  );

  const panelNode = data && selectable && (
    <>
      {site && (
        <Panel title={`${site.name}, ${site.country}`} takeFocus={panelTakesFocus} onClose={closePanel}>
          <SiteDetails site={site} phases={phases} statements={statementsForSite(data.statements, site.id)} sources={sources} />
        </Panel>
      )}
      {/* In an embed the phase shows on the map and in the title line; only a site opens the panel. */}
      {!site && phase && !embed.embed && (
        <Panel title={`${phase.name}: ${phase.interceptor}`} takeFocus={panelTakesFocus} onClose={closePanel}>
          <PhaseDetails phase={phase} statements={statementsForPhase(data.statements, phase.id)} sources={sources} />
        </Panel>
      )}
    </>
  );

  if (embed.embed) {
    return (
      <EmbedFrame
        title={phase ? `${strings.title}: ${phase.name}` : strings.title}
        kinds={kinds}
        credits={credits}
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
      emphasis,
      title: strings.title,
      description,
      credits,
    });

  return (
    <div className={`app${panelNode && (site || phase) ? ' has-panel' : ''}`}>
      <header className="app-header">
        <h1>{strings.title}</h1>
        <p className="subtitle">{strings.subtitle}</p>
        <p className="illustrative" data-testid="illustrative-note">
          {strings.illustrative}
        </p>
        {kinds.length > 0 && <Legend kinds={kinds} />}
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
              <ArticleInfo article={article} general={general} sources={sources} />
            </>
          ) : (
            <p role="status" className="loading">{strings.loadingData}</p>
          )}
        </nav>
        <main className={`map-area${mapError ? ' static' : ''}`}>{mapNode}</main>
        {panelNode}
      </div>
      {sharing && (
        <ShareDialog
          onClose={() => setSharing(false)}
          viewHash={shareHash()}
          description={description}
          fileParts={[phase?.name ?? null, site?.name ?? null]}
          exportRequest={mapError ? null : exportRequest}
        />
      )}
    </div>
  );
}
