/**
 * Briefing mode, loaded only when a briefing starts: the tour, the audience view, the
 * presenter's window and the handout, kept in step across windows.
 */
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { AppData } from '../app/useDataset';
import { describeProblem } from '../data/validate';
import { byId } from '../data/select';
import { loadTour } from '../data/load';
import { useLang, usePlaceNames, useStrings } from '../i18n';
import { localizeTour } from '../i18n/content';
import type { Lang } from '../i18n/languages';
import { pageHashStore } from '../state/useHashState';
import { usePromised } from '../state/usePromised';
import './briefing.css';
import { BriefingView } from './BriefingView';
import { PresenterView } from './PresenterView';
import { Handout } from './Handout';
import { openBriefingChannel } from './channel';
import type { BriefingChannel, BriefingMessage } from './channel';
import { clampStep } from './keys';
import { ShareDialog } from '../ui/ShareDialog';
import { withHashKeys } from '../state/url-state';
import { stepEmphasis } from '../data/select';
import { emphasisAt, viewAt } from '../ui/timeline-context';
import type { ExportSize } from '../export/export-png';
import { exportRequestFor } from '../export/request';

export interface BriefingProps {
  /** The data in the reader's language, with its content translations for the tour. */
  data: AppData;
  /** The step asked for in the URL (from 1); clamped to the tour. */
  step: number;
  presenter: boolean;
  webgl: boolean;
  onStep: (step: number) => void;
  onExit: () => void;
  /** Opens the presenter's window at a step. */
  onOpenPresenter: (step: number) => void;
  /** Opens the tour editor, where there is one. */
  onEdit?: () => void;
}

export default function Briefing({ data, step: asked, presenter, webgl, onStep, onExit, onOpenPresenter, onEdit }: BriefingProps) {
  const strings = useStrings();
  const places = usePlaceNames();
  const lang = useLang();
  // Loaded once: ids are the same in every language, so a language switch only retranslates it.
  const targets = data.targets;
  const tour = usePromised(useMemo(() => loadTour({ targets }), [targets]));
  const content = data.content;
  const steps = useMemo(() => (tour ? localizeTour(tour.steps, content) : []), [tour, content]);
  const [handout, setHandout] = useState<{ print: boolean } | null>(null);
  const [sharing, setSharing] = useState(false);

  const count = steps.length;
  const step = clampStep(asked, count);
  // Steps from the other window are applied without being sent back; a new window asks where we are.
  const channel = useRef<BriefingChannel | null>(null);
  const onMessage = useEffectEvent((m: BriefingMessage, c: BriefingChannel) => {
    if (m.type === 'step') onStep(m.step);
    else if (m.type === 'lang') pageHashStore().update({ lang: m.lang }, 'now');
    else if (m.type === 'hello' && !presenter) c.post({ type: 'step', step });
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

  const go = useCallback(
    (n: number) => {
      onStep(n);
      channel.current?.post({ type: 'step', step: n });
    },
    [onStep],
  );

  // A URL asking for a step past the end shows the last one, and says so in the URL.
  useEffect(() => {
    if (count > 0 && asked !== step) onStep(step);
  }, [asked, step, count, onStep]);

  const statements = useMemo(() => byId(data.statements), [data]);
  const sources = useMemo(() => byId(data.sources), [data]);

  if (!tour) return <p role="status" className="loading briefing-status">{strings.briefing.loading}</p>;
  if (steps.length === 0) {
    return (
      <div className="data-problems" role="alert">
        <strong>{strings.briefing.tourProblems}.</strong>
        <ul>{tour.problems.map((p, i) => <li key={i}>{describeProblem(p)}</li>)}</ul>
        <button type="button" onClick={onExit}>{strings.briefing.exit}</button>
      </div>
    );
  }
  if (presenter) return <PresenterView steps={steps} phases={data.phases} step={step} statements={statements} sources={sources} onStep={go} />;
  if (handout) {
    return (
      <Handout
        data={data}
        steps={steps}
        statements={statements}
        sources={sources}
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
        viewHash={withHashKeys('', { tour: String(step) })}
        description={strings.share.briefingStep(step, current.title)}
        fileParts={strings.share.briefingFile(step)}
        exportRequest={webgl ? exportRequest : null}
        data={{ sites: data.sites, phases: data.phases, statements: data.statements, sources }}
      />
    )}
    <BriefingView
      data={data}
      steps={steps}
      step={step}
      webgl={webgl}
      statements={statements}
      sources={sources}
      onStep={go}
      onExit={onExit}
      onPresenter={() => onOpenPresenter(step)}
      onHandout={(print) => setHandout({ print })}
      problems={tour.problems}
      onShare={() => setSharing(true)}
      onEdit={onEdit}
    />
    </>
  );
}
