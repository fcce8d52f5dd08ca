import { Suspense, lazy, useState } from 'react';
import type { SitePhaseChoice } from '../ui/site-phase-choice';
import type { Measurement } from '../explore/measure-state';
import { useStrings } from '../i18n';
import type { Layer } from '../state/url-state';
import { AboutMap } from '../ui/AboutMap';
import { ArticleInfo } from '../ui/ArticleInfo';
import { Glossary } from '../ui/Glossary';
import { LayerControl } from '../ui/LayerControl';
import { PhaseTimeline } from '../ui/PhaseTimeline';
import { SiteList } from '../ui/SiteList';
import type { AppData } from '../data/app-data';
import { useAfterFirstPaint } from './useAfterFirstPaint';

// Each loaded when first used: most readers never open them.
const MeasureTool = lazy(() => import('../explore/MeasureTool'));
const IllustrativeInfo = lazy(() => import('../explore/IllustrativeInfo'));

export interface SidebarProps extends SitePhaseChoice {
  data: AppData | null;
  layers: ReadonlySet<Layer>;
  onToggleLayer: (layer: Layer) => void;
  /** The layer switches are under the map (a phone's control bar), not here. */
  layersNearMap?: boolean;
  measure: {
    value: Measurement;
    onChange: (m: Measurement) => void;
    picking: 'from' | 'to' | null;
    onPicking: (end: 'from' | 'to' | null) => void;
    mapCentre: () => [number, number] | null;
  };
  /** The date control's section. */
  time?: React.ReactNode;
}

/** Sites, phases, layers, the measure tool, the article and the glossary, beside the map. */
export function Sidebar({ data, emphasis, selectedSite, selectedPhase, onSelectSite, onSelectPhase, layers, onToggleLayer, layersNearMap = false, measure, time }: SidebarProps) {
  const strings = useStrings();
  const [measuring, setMeasuring] = useState(false);
  // The sidebar's sections come a frame after the first paint (the map with its sites), which need
  // not wait for them: beside the map in a column of its own, or under it on a phone, they move
  // nothing when they come. The article's date is the first the page formats, and the browser's
  // date formatting takes tens of milliseconds to start.
  const [shown] = useAfterFirstPaint();
  if (data && !shown) return <nav className="sidebar" aria-label={`${strings.sitesHeading} / ${strings.phasesHeading}`} />;
  if (!data) {
    return (
      <nav className="sidebar" aria-label={`${strings.sitesHeading} / ${strings.phasesHeading}`}>
        <p role="status" className="loading">{strings.loadingData}</p>
      </nav>
    );
  }
  const showRanges = layers.has('ranges');
  const showLines = layers.has('lines');
  return (
    <nav className="sidebar" aria-label={`${strings.sitesHeading} / ${strings.phasesHeading}`}>
      <SiteList sites={data.sites} emphasis={emphasis} selectedSite={selectedSite} onSelect={onSelectSite} />
      <PhaseTimeline phases={data.phases} selectedPhase={selectedPhase} onSelect={onSelectPhase} />
      {time}
      {!layersNearMap && <LayerControl layers={layers} onToggle={onToggleLayer} kinds={data.kinds} />}
      {(showRanges || showLines) && (
        <Suspense fallback={<p className="loading">{strings.loadingMap}</p>}>
          <IllustrativeInfo ranges={data.ranges} sites={data.sites} sources={data.sourcesById} showRanges={showRanges} showLines={showLines} />
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
              value={measure.value}
              onChange={measure.onChange}
              picking={measure.picking}
              onPicking={measure.onPicking}
              mapCentre={measure.mapCentre}
            />
          </Suspense>
        )}
      </section>
      <ArticleInfo article={data.article} general={data.general} sources={data.sourcesById} />
      <AboutMap />
      <Glossary sources={data.sourcesById} />
    </nav>
  );
}
