/**
 * Briefing mode, loaded only when a briefing starts: the tour, the audience view, the
 * presenter's window and the handout, kept in step across windows.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { AppData } from '../data/app-data';
import { byId } from '../data/select';
import { useLang, usePlaceNames, useStrings } from '../i18n';
import type { Lang } from '../i18n/languages';
import { pageHashStore } from '../state/useHashState';
import { usePromised } from '../state/usePromised';
import './briefing.css';
import { BriefingView } from './BriefingView';
import { PresenterView } from './PresenterView';
import { Handout } from './Handout';
import { openBriefingChannel } from './channel';
import type { BriefingChannel, BriefingMessage } from './channel';
import { clampStep } from '../ui/briefing-keys';
import { ShareDialog } from '../export/ShareDialog';
import { DRAFT_TOUR, formatTourRef, withHashKeys } from '../state/url-state';
import type { TourRef } from '../state/url-state';
import { DRAFT_KEY, DRAFT_SAVED_EVENT, describeTourProblem, loadTourSources, playable, readDraftSource, toPlayable } from '../tour-package/tour-sources';
import { TourMenu } from './TourMenu';
import { stepEmphasis } from '../data/select';
import { emphasisAt, viewAt } from '../state/timeline-context';
import type { ExportSize } from '../export/export-png';
import { exportRequestFor } from '../export/request';

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
  const places = usePlaceNames();
  const lang = useLang();
  // Loaded once: ids are the same in every language, so a language switch only retranslates them.
  const targets = data.targets;
  const sources = usePromised(useMemo(() => loadTourSources({ targets }), [targets]));
  // The draft is read again each time it is asked for, and whenever the editor saves it (in another
  // tab: a storage event; in this one: its own event): it may have changed since the briefing started.
  const [draftSaved, setDraftSaved] = useState(0);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => e.key === DRAFT_KEY && setDraftSaved((n) => n + 1);
    const onSaved = () => setDraftSaved((n) => n + 1);
    window.addEventListener('storage', onStorage);
    window.addEventListener(DRAFT_SAVED_EVENT, onSaved);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener(DRAFT_SAVED_EVENT, onSaved);
    };
  }, []);
  const askedDraft = at.id === DRAFT_TOUR;
  const draft = useMemo(() => readDraftSource({ targets }, { askedDraft, draftSaved }), [askedDraft, draftSaved, targets]);
  const content = data.content;
  const all = useMemo(
    () => (sources ? sources.map((s) => (s.id === DRAFT_TOUR && draft ? draft : s)) : null),
    [sources, draft],
  );
  const tours = useMemo(() => (all ? all.filter(playable).map((s) => toPlayable(s, content, lang)) : []), [all, content, lang]);
  const asked = all?.find((s) => s.id === at.id) ?? null;
  const tour = tours.find((t) => t.id === at.id) ?? null;
  const steps = useMemo(() => tour?.steps ?? [], [tour]);
  const [handout, setHandout] = useState<{ print: boolean } | null>(null);
  const [sharing, setSharing] = useState(false);

  const count = steps.length;
  const step = clampStep(at.step, count);
  const onStep = useCallback((n: number) => onGo({ id: at.id, step: n }), [onGo, at.id]);
  // Steps from the other window are applied without being sent back; a new window asks where we are.
  const channel = useRef<BriefingChannel | null>(null);
  const onMessage = useEffectEvent((m: BriefingMessage, c: BriefingChannel) => {
    if (m.type === 'step') onGo({ id: m.tour, step: m.step });
    else if (m.type === 'lang') pageHashStore().update({ lang: m.lang }, 'now');
    else if (m.type === 'hello' && !presenter) c.post({ type: 'step', tour: at.id, step });
  });
  useEffect(() => {
    const c = openBriefingChannel((m) => onMessage(m, c));
    channel.current = c;
    if (presenter) c.post({ type: 'hello' });
    return () => {
      channel.current = null;
      c.close();
    };
  }, [presenter]);

  // A language chosen in one window is the other's too (the presenter view follows the room's).
  const shownLang = useRef<Lang>(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    channel.current?.post({ type: 'lang', lang });
  }, [lang]);

  const goTo = useCallback(
    (to: TourRef) => {
      onGo(to);
      channel.current?.post({ type: 'step', tour: to.id, step: to.step });
    },
    [onGo],
  );
  const go = useCallback((n: number) => goTo({ id: at.id, step: n }), [goTo, at.id]);
  const choose = useCallback((id: string) => goTo({ id, step: 1 }), [goTo]);

  // A URL asking for a step past the end shows the last one, and says so in the URL.
  useEffect(() => {
    if (count > 0 && at.step !== step) onStep(step);
  }, [at.step, step, count, onStep]);

  const statements = useMemo(() => byId(data.statements), [data]);
  const sourcesById = useMemo(() => byId(data.sources), [data]);

  if (!all) return <p role="status" className="loading briefing-status">{strings.briefing.loading}</p>;
  if (!tour) {
    // The tour asked for is not here, has no steps, or (the draft) was never saved: say which,
    // and offer the tours there are.
    const t = strings.tours;
    const why = !asked ? t.unknown(at.id) : asked.kind === 'draft' && asked.tour.info === null && asked.tour.problems.length === 0 ? t.noDraft : strings.briefing.tourProblems;
    return (
      <div className="data-problems briefing-missing" role="alert">
        <p><strong>{why}.</strong></p>
        {asked && asked.tour.problems.length > 0 && <ul>{asked.tour.problems.map((p, i) => <li key={i}>{describeTourProblem(p, strings.tourFiles)}</li>)}</ul>}
        {tours.length > 0 && <p>{t.pick}</p>}
        {tours.length > 0 && <TourMenu tours={tours} current={null} onChoose={choose} />}
        <p>
          <button type="button" onClick={onExit}>{strings.briefing.exit}</button>
        </p>
      </div>
    );
  }
  if (presenter) return <PresenterView steps={steps} tourLang={tour.lang} tourTitle={tour.title} phases={data.phases} step={step} statements={statements} sources={sourcesById} onStep={go} />;
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
  const current = steps[step - 1]!;
  const exportRequest = (size: ExportSize) =>
    exportRequestFor(size, {
      mapSelector: '.briefing-map',
      sites: data.sites,
      camera: current.camera ?? null,
      emphasis: emphasisAt(viewAt(data, current.date), (s) => stepEmphasis(s, current)),
      title: current.title,
      caption: current.text ?? strings.title,
      contents: {
        phase: current.phase === null ? null : data.phasesById.get(current.phase),
        statements: current.statements.map((id) => statements.get(id)).filter((s) => s !== undefined),
      },
      sourcesById: data.sourcesById,
      article: data.article,
      strings,
      places,
    });
  return (
    <>
    {sharing && (
      <ShareDialog
        onClose={() => setSharing(false)}
        viewHash={withHashKeys('', { tour: formatTourRef({ id: tour.id, step }) })}
        description={strings.share.briefingStep(step, current.title)}
        fileParts={strings.share.briefingFile(step)}
        exportRequest={webgl ? exportRequest : null}
        data={{ sites: data.sites, phases: data.phases, statements: data.statements, sources: sourcesById }}
        note={tour.kind === 'draft' ? <DraftShareNote onEdit={onEdit} /> : undefined}
      />
    )}
    <BriefingView
      data={data}
      steps={steps}
      step={step}
      tourLang={tour.lang}
      tourMenu={<TourMenu tours={tours} current={tour.id} onChoose={choose} />}
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

/**
 * A link to the draft opens nothing for anyone else (the draft lives in this browser): Share says
 * so, and points to the editor's one-file download, the way to hand the tour on.
 */
function DraftShareNote({ onEdit }: { onEdit?: () => void }) {
  const t = useStrings().draftShare;
  return (
    <>
      <p>{t.note}</p>
      {onEdit && (
        <p>
          {t.howTo}{' '}
          <button type="button" onClick={onEdit}>
            {t.openEditor}
          </button>
        </p>
      )}
    </>
  );
}
