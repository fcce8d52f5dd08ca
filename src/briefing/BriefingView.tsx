/**
 * The audience's screen: the map and the step's caption in type readable at projector
 * distance, a step counter and a progress bar; app chrome hidden. Keys and swipes move through
 * the tour; the map flies between steps, or jumps when the user prefers reduced motion.
 */
import type { ReactNode, RefObject } from 'react';
import { Suspense, lazy, useCallback, useMemo, useState } from 'react';
import type { DataProblem, Dataset } from '../data/validate';
import { DataProblems } from '../ui/DataProblems';
import type { Source, Statement, TourStep } from '../data/schema';
import { PLAN_TABLE } from '../data/schema';
import { useStrings } from '../i18n';
import { clampStep } from '../ui/briefing-keys';
import { toggleFullscreen, useBriefingInput } from './useBriefingInput';
import { StepStatements } from './StepStatements';
import { LanguageMenu } from '../ui/LanguageMenu';
import { KeepFocusButton } from '../ui/KeepFocusButton';
import { useKeyboardHelp } from '../ui/useKeyboardHelp';
import { TimelineContext } from '../state/timeline-context';
import { stepView } from './step-view';
import { formatDate } from '../i18n/dates';
import { legendFor } from '../export/request';
import { SiteLegend } from './SiteLegend';
import { PlanTable } from './PlanTable';
import { useStepBack } from './useStepBack';

const MapView = lazy(() => import('../map/MapView'));
const KeyboardHelp = lazy(() => import('../ui/KeyboardHelp'));

export interface BriefingViewProps {
  data: Dataset;
  steps: TourStep[];
  step: number;
  /** The language the tour's own text is in (its steps carry it as their `lang`). */
  tourLang: string;
  /** The menu of tours, in the controls. */
  tourMenu: ReactNode;
  /** Given the element of the step's map and that of its title. */
  mapArea: RefObject<HTMLDivElement | null>;
  stepTitle: RefObject<HTMLHeadingElement | null>;
  webgl: boolean;
  statements: ReadonlyMap<string, Statement>;
  sources: ReadonlyMap<string, Source>;
  onStep: (step: number) => void;
  onExit: () => void;
  onPresenter: () => void;
  onHandout: (print: boolean) => void;
  onShare: () => void;
  /** Opens the tour editor (absent where there is none: the one-file package). */
  onEdit?: () => void;
  /** Problems in the tour's file: the valid steps still run, and the message says what is wrong. */
  problems: DataProblem[];
}

export function BriefingView(props: BriefingViewProps) {
  const strings = useStrings();
  const t = strings.briefing;
  const { data, steps, step, tourLang, tourMenu, mapArea, stepTitle, webgl, statements, sources, onStep, onExit, onPresenter, onHandout, onShare, onEdit, problems } = props;
  const count = steps.length;
  const current = steps[step - 1] ?? steps[0]!;
  const [blackout, setBlackout] = useState(false);
  const [mapError, setMapError] = useState<string | null>(webgl ? null : strings.noWebGL);
  const [keysOpen, setKeysOpen] = useKeyboardHelp();

  const go = useCallback(
    (n: number) => {
      setBlackout(false);
      onStep(clampStep(n, count));
    },
    [count, onStep],
  );

  const { onTouchStart, onTouchEnd } = useBriefingInput({ step, count, go, toggleBlackout: () => setBlackout((x) => !x), onHandout, onPresenter, onExit });

  // A step may show the map on a date: sites that were nothing yet are hidden, the rest say their state.
  const { timeline, emphasis } = useMemo(() => stepView({ sites: data.sites, phases: data.phases, sourcesById: sources }, current), [data, sources, current]);
  const legend = useMemo(() => legendFor(strings, data.sites.map((site) => ({ site, emphasis: emphasis(site) })), 'step'), [strings, data, emphasis]);
  const ignoreSelect = useCallback(() => {}, []);
  const hasTable = current.table === PLAN_TABLE;
  const steppedBack = useStepBack();

  return (
    <div className={`briefing${hasTable ? ' briefing-with-table' : ''}${steppedBack ? ' stepped-back' : ''}`} role="region" aria-roledescription="slide show" aria-label={t.region} onTouchStart={onTouchStart} onTouchEnd={onTouchEnd}>
      <TimelineContext.Provider value={timeline}>
      <div className="briefing-map" ref={mapArea}>
        {mapError ? (
          <p className="map-message">{mapError}</p>
        ) : (
          <Suspense fallback={<p role="status" className="loading map-loading">{strings.loadingMap}</p>}>
            <MapView
              sites={data.sites}
              emphasis={emphasis}
              selectedSite={null}
              onSelectSite={ignoreSelect}
              camera={current.camera ?? null}
              animate
              interactive={false}
              onFatalError={setMapError}
              furniture="briefing"
            />
          </Suspense>
        )}
        <SiteLegend entries={legend} className="briefing-legend" />
        <p className="briefing-illustrative">{strings.illustrative}</p>
      </div>
      </TimelineContext.Provider>
      <section className="briefing-caption" aria-live="polite" aria-atomic="true" data-step={step}>
        <DataProblems problems={problems} />
        <p className="briefing-counter" aria-label={t.stepOf(step, count)}>
          {t.counter(step, count)}
        </p>
        {timeline && (
          <p className="briefing-date" data-testid="briefing-date">
            <time dateTime={timeline.at}>{formatDate(timeline.at, strings.locale)}</time>
          </p>
        )}
        <h2 lang={tourLang} tabIndex={-1} ref={stepTitle}>{current.title}</h2>
        {current.text && <p className="briefing-text" lang={tourLang}>{current.text}</p>}
        <StepStatements ids={current.statements} statements={statements} sources={sources} audienceFirst />
      </section>
      {/* A step's table goes under the map, in the map's width: the caption column keeps the
          step's text and statements, and the whole step fits a 1280 x 720 screen unscrolled. */}
      {hasTable && (
        <div className="briefing-table">
          <PlanTable phases={data.phases} />
        </div>
      )}
      <div className="briefing-bar">
        <div className="briefing-progress" role="progressbar" aria-label={t.stepOf(step, count)} aria-valuemin={1} aria-valuemax={count} aria-valuenow={step}>
          <div style={{ width: `${(step / count) * 100}%` }} />
        </div>
        <nav className="briefing-controls" aria-label={t.region}>
          <KeepFocusButton unavailable={step <= 1} onClick={() => go(step - 1)} aria-label={t.previous}>
            ←
          </KeepFocusButton>
          <KeepFocusButton unavailable={step >= count} onClick={() => go(step + 1)} aria-label={t.next}>
            →
          </KeepFocusButton>
          <button type="button" onClick={toggleFullscreen}>{t.fullscreen}</button>
          <button type="button" onClick={onPresenter}>{t.presenterView}</button>
          <button type="button" onClick={() => onHandout(false)}>{t.handout}</button>
          <button type="button" onClick={onShare}>{strings.share.button}</button>
          {tourMenu}
          {onEdit && <button type="button" onClick={onEdit}>{strings.tourEditor.open}</button>}
          <LanguageMenu className="briefing-language" testId="briefing-language" />
          <button type="button" onClick={onExit}>{t.exit}</button>
          <button type="button" onClick={() => setKeysOpen(true)} title={strings.takeAway.keys.buttonHint}>
            {strings.takeAway.keys.button}
          </button>
          <span className="briefing-keys" aria-hidden="true">{t.keysHint}</span>
        </nav>
      </div>
      {keysOpen && (
        <Suspense fallback={null}>
          <KeyboardHelp mode="briefing" onClose={() => setKeysOpen(false)} />
        </Suspense>
      )}
      {blackout && (
        <div className="blackout" data-testid="blackout">
          <span className="visually-hidden">{t.blackedOut}</span>
        </div>
      )}
    </div>
  );
}
