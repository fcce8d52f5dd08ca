/**
 * The presenter's window: current and next step, speaker notes and a timer, and the step's table
 * when it has one (the dates to speak to). Moves here move the audience window and the other way
 * round (see channel.ts).
 */
import { useEffect, useState } from 'react';
import type { Phase, Site, Source, Statement, TourStep } from '../data/schema';
import { PLAN_TABLE } from '../data/schema';
import { useStrings } from '../i18n';
import { actionForKey, clampStep } from '../ui/briefing-keys';
import { StepStatements } from './StepStatements';
import { PlanTable } from './PlanTable';
import { KeepFocusButton } from '../ui/KeepFocusButton';
import { StepMap } from './StepMap';

export interface PresenterViewProps {
  steps: TourStep[];
  /** The language the tour's own text is in, and its title. */
  tourLang: string;
  tourTitle: string;
  /** The plan's phases, for a step that shows the plan table. */
  phases: readonly Phase[];
  /** The sites, for the current and next steps' maps. */
  sites: Site[];
  step: number;
  statements: ReadonlyMap<string, Statement>;
  sources: ReadonlyMap<string, Source>;
  onStep: (step: number) => void;
}

function formatElapsed(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function PresenterView({ steps, tourLang, tourTitle, phases, sites, step, statements, sources, onStep }: PresenterViewProps) {
  const strings = useStrings();
  const t = strings.briefing;
  const count = steps.length;
  const current = steps[step - 1] ?? steps[0]!;
  const next = steps[step];
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  // The talk's length, for a countdown beside the time elapsed; none until the presenter sets one.
  const [minutes, setMinutes] = useState<number | null>(null);
  const left = minutes === null ? null : minutes * 60_000 - (now - started);

  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('button') && (e.key === 'Enter' || e.key === ' ')) return;
      const a = actionForKey(e);
      if (!a) return;
      if (a.type === 'next') onStep(clampStep(step + 1, count));
      else if (a.type === 'prev') onStep(clampStep(step - 1, count));
      else if (a.type === 'first') onStep(1);
      else if (a.type === 'last') onStep(count);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, count, onStep]);

  useEffect(() => {
    document.title = `${t.presenterView}: ${t.counter(step, count)}`;
  }, [t, step, count]);

  return (
    <div className="presenter" data-step={step}>
      <header className="presenter-head">
        <h1>
          {t.presenterView} <span className="presenter-counter">{t.counter(step, count)}</span>
        </h1>
        <p className="presenter-tour" lang={tourLang} data-testid="presenter-tour">{tourTitle}</p>
        <p className="presenter-timer">
          <span aria-label={t.timer} role="timer">{formatElapsed(now - started)}</span>{' '}
          <button type="button" onClick={() => { setStarted(Date.now()); setNow(Date.now()); }}>{t.resetTimer}</button>
        </p>
        <p className="presenter-countdown">
          <label>
            {t.talkLength}{' '}
            <input type="number" min={1} max={240} value={minutes ?? ''} onChange={(e) => setMinutes(e.target.value ? Math.max(1, Math.round(Number(e.target.value))) : null)} data-testid="talk-length" />
          </label>{' '}
          {left !== null && (
            <span role="timer" data-testid="time-left" className={left < 0 ? 'over' : undefined}>
              {left < 0 ? t.timeOver(formatElapsed(left)) : t.timeLeft(formatElapsed(left))}
            </span>
          )}
        </p>
        <div className="presenter-nav">
          <KeepFocusButton unavailable={step <= 1} onClick={() => onStep(clampStep(step - 1, count))}>
            ← {t.previous}
          </KeepFocusButton>
          <KeepFocusButton unavailable={step >= count} onClick={() => onStep(clampStep(step + 1, count))}>
            {t.next} →
          </KeepFocusButton>
        </div>
      </header>
      <div className="presenter-body">
        <section className="presenter-current" aria-labelledby="presenter-current-title">
          <p className="presenter-label">{t.current}</p>
          <StepMap step={current} sites={sites} phases={phases} sources={sources} label={t.stepMap(step)} />
          <h2 id="presenter-current-title" lang={tourLang}>{current.title}</h2>
          {current.text && <p lang={tourLang}>{current.text}</p>}
          {current.notes && (
            <>
              <h3>{t.notes}</h3>
              <p className="presenter-notes" lang={tourLang}>{current.notes}</p>
            </>
          )}
          {current.table === PLAN_TABLE && <PlanTable phases={phases} />}
          <StepStatements ids={current.statements} statements={statements} sources={sources} />
        </section>
        <section className="presenter-next" aria-label={t.upNext}>
          <p className="presenter-label">{t.upNext}</p>
          {next ? (
            <>
              <StepMap step={next} sites={sites} phases={phases} sources={sources} label={t.stepMap(step + 1)} />
              <h2 className="presenter-next-title" lang={tourLang}>{next.title}</h2>
              {next.text && <p className="presenter-next-text" lang={tourLang}>{next.text}</p>}
            </>
          ) : (
            <p>{t.lastStep}</p>
          )}
        </section>
      </div>
    </div>
  );
}
