/**
 * Briefing mode, loaded only when a briefing starts: the tour, the audience view, the
 * presenter's window and the handout, kept in step across windows.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AppData } from '../data/app-data';
import { byId } from '../data/select';
import { useLang, useStrings } from '../i18n';
import type { TourRef } from '../state/url-state';
import { clampStep } from '../ui/briefing-keys';
import 'virtual:dimmed.css';
import './briefing.css';
import { BriefingShare } from './BriefingShare';
import { BriefingView } from './BriefingView';
import { Handout } from './Handout';
import { PresenterView } from './PresenterView';
import { TourMenu } from './TourMenu';
import { TourMissing } from './TourMissing';
import { useBriefingSync } from './useBriefingSync';
import { useTours } from './useTours';

export interface BriefingProps {
  /** The data in the reader's language, with its content translations for the tour. */
  data: AppData;
  /** The tour and step the URL asks for (step from 1, clamped to the tour). */
  at: TourRef;
  presenter: boolean;
  webgl: boolean;
  /** Goes to a tour's step (the URL says which). */
  onGo: (at: TourRef) => void;
  onExit: () => void;
  /** Opens the presenter's window at a tour's step. */
  onOpenPresenter: (at: TourRef) => void;
  /** Opens the tour editor, where there is one. */
  onEdit?: () => void;
}

export default function Briefing({ data, at, presenter, webgl, onGo, onExit, onOpenPresenter, onEdit }: BriefingProps) {
  const strings = useStrings();
  const lang = useLang();
  const { all, asked, tours } = useTours(data, at.id, lang);
  const tour = tours.find((t) => t.id === at.id) ?? null;
  const steps = useMemo(() => tour?.steps ?? [], [tour]);
  const [handout, setHandout] = useState<{ print: boolean } | null>(null);
  const [sharing, setSharing] = useState(false);
  // The audience view's map (what a shared image shows at least) and its step's title (where the focus goes once a tour is chosen).
  const mapArea = useRef<HTMLDivElement>(null);
  const stepTitle = useRef<HTMLHeadingElement>(null);

  const count = steps.length;
  const step = clampStep(at.step, count);
  const onStep = useCallback((n: number) => onGo({ id: at.id, step: n }), [onGo, at.id]);
  const goTo = useBriefingSync(at, step, presenter, lang, onGo);
  const go = useCallback((n: number) => goTo({ id: at.id, step: n }), [goTo, at.id]);
  const choose = useCallback((id: string) => goTo({ id, step: 1 }), [goTo]);

  // A URL asking for a step past the end shows the last one, and says so in the URL.
  useEffect(() => {
    if (count > 0 && at.step !== step) onStep(step);
  }, [at.step, step, count, onStep]);

  const statements = useMemo(() => byId(data.statements), [data]);
  const sourcesById = useMemo(() => byId(data.sources), [data]);

  if (!all) return <p role="status" className="loading briefing-status">{strings.briefing.loading}</p>;
  if (!tour) return <TourMissing id={at.id} asked={asked} tours={tours} onChoose={choose} onExit={onExit} />;
  if (presenter) return <PresenterView steps={steps} tourLang={tour.lang} tourTitle={tour.title} phases={data.phases} sites={data.sites} step={step} statements={statements} sources={sourcesById} onStep={go} />;
  if (handout) {
    return (
      <Handout
        data={data}
        steps={steps}
        tourLang={tour.lang}
        statements={statements}
        sources={sourcesById}
        webgl={webgl}
        autoPrint={handout.print}
        onBack={() => setHandout(null)}
      />
    );
  }
  return (
    <>
    {sharing && (
      <BriefingShare
        data={data}
        tourId={tour.id}
        draft={tour.kind === 'draft'}
        step={step}
        current={steps[step - 1]!}
        statements={statements}
        sources={sourcesById}
        webgl={webgl}
        mapArea={mapArea}
        onClose={() => setSharing(false)}
        onEdit={onEdit}
      />
    )}
    <BriefingView
      data={data}
      steps={steps}
      step={step}
      tourLang={tour.lang}
      tourMenu={<TourMenu tours={tours} current={tour.id} onChoose={choose} stepTitle={stepTitle} />}
      mapArea={mapArea}
      stepTitle={stepTitle}
      webgl={webgl}
      statements={statements}
      sources={sourcesById}
      onStep={go}
      onExit={onExit}
      onPresenter={() => onOpenPresenter({ id: tour.id, step })}
      onHandout={(print) => setHandout({ print })}
      problems={tour.problems}
      onShare={() => setSharing(true)}
      onEdit={onEdit}
    />
    </>
  );
}
