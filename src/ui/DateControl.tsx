/**
 * The date control: a slider over the months from the plan's first dated event to this month,
 * play and pause, and the month written out in the reader's language. Each step tells screen
 * readers the month and what changed in it. Loaded the first time a reader opens "Through time".
 */
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { Phase, Site, Source } from '../data/schema';
import { formatDate } from '../i18n/dates';
import { changeMonths, planAt } from '../data/timeline';
import type { Month } from '../data/timeline';
import { useStrings } from '../i18n';
import './date-control.css';
import type { Messages } from '../i18n';
import { dateMoveFor } from './date-keys';
import { addMonths, monthsBetween } from '../state/timeline-context';
import type { TimelineRange } from '../state/timeline-context';

/** How long play shows each month: a year in under two and a half seconds. */
export const PLAY_MS = 200;

export interface DateControlProps {
  range: TimelineRange;
  /** The month shown; null for today's map (the slider then stands at its end). */
  at: Month | null;
  onChange: (month: Month) => void;
  /** Back to today's map (no date). */
  onClear: () => void;
  /** Says a step to screen readers (the page's polite live region). */
  announce: (text: string) => void;
  data: { sites: Site[]; phases: Phase[]; sourcesById: ReadonlyMap<string, Source> };
}

type Plan = ReturnType<typeof planAt>;

/** What changed from one month's plan to another's, in words: "Deveselu: Operational". */
export function changesBetween(before: Plan, after: Plan, data: DateControlProps['data'], strings: Messages): string[] {
  const out: string[] = [];
  for (const p of data.phases) {
    const was = before.phases.get(p.id) ?? null;
    const is = after.phases.get(p.id) ?? null;
    if (was !== is) out.push(`${p.name}: ${is ? strings.timeline.phase[is] : strings.timeline.notYet}`);
  }
  for (const s of data.sites) {
    const was = before.sites.get(s.id);
    const is = after.sites.get(s.id);
    if (!is || (was?.state === is.state && was?.late === is.late)) continue;
    const state = is.state ? strings.timeline.site[is.state] : strings.timeline.notYet;
    out.push(`${s.name}: ${is.late ? `${state}, ${strings.timeline.lateAgainstPlan}` : state}`);
  }
  return out;
}

export default function DateControl({ range, at, onChange, onClear, announce, data }: DateControlProps) {
  const strings = useStrings();
  const value = at ?? range.end;
  const count = monthsBetween(range.start, range.end);
  const index = Math.min(count, Math.max(0, monthsBetween(range.start, value)));
  const [playing, setPlaying] = useState(false);
  const label = formatDate(value, strings.locale);
  // The plan at the month last shown, to say what a step changed.
  const shown = useRef<{ at: Month; plan: Plan } | null>(null);
  const planOf = useMemo(() => (m: Month) => planAt(data, m), [data]);
  // Read once per dataset, not on every month played.
  const changes = useMemo(() => changeMonths(data), [data]);

  const go = (month: Month) => {
    const to = month < range.start ? range.start : month > range.end ? range.end : month;
    if (to === at) return;
    const before = shown.current?.at === value ? shown.current.plan : planOf(value);
    const after = planOf(to);
    shown.current = { at: to, plan: after };
    const changes = changesBetween(before, after, data, strings);
    announce(strings.timeline.step(formatDate(to, strings.locale), changes.length ? changes.join('; ') : strings.timeline.noChange));
    onChange(to);
  };

  const tick = useEffectEvent(() => {
    if (value >= range.end) setPlaying(false);
    else go(addMonths(value, 1));
  });
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => tick(), PLAY_MS);
    return () => clearInterval(timer);
  }, [playing]);

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    // Play from the start when standing at the end.
    if (value >= range.end) go(range.start);
    setPlaying(true);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === ' ') {
      e.preventDefault();
      togglePlay();
      return;
    }
    const move = dateMoveFor(e.key);
    if (move === null) return;
    e.preventDefault();
    setPlaying(false);
    go(move === 'start' ? range.start : move === 'end' ? range.end : addMonths(value, move));
  };

  return (
    <div className="date-control" data-playing={playing}>
      <div className="date-control-row">
        <label htmlFor="date-slider" className="date-control-label">
          {strings.timeline.slider}
        </label>
        <output htmlFor="date-slider" className="date-control-value" data-testid="date-value" data-month={value}>
          {label}
        </output>
      </div>
      <input
        id="date-slider"
        type="range"
        min={0}
        max={count}
        step={1}
        value={index}
        aria-valuetext={label}
        aria-describedby="date-slider-hint"
        onChange={(e) => {
          setPlaying(false);
          go(addMonths(range.start, Number(e.currentTarget.value)));
        }}
        onKeyDown={onKeyDown}
      />
      <SliderMarks range={range} count={count} changes={changes} />
      <p id="date-slider-hint" className="date-control-hint">{strings.timeline.hint}</p>
      <div className="date-control-buttons">
        <button type="button" onClick={togglePlay} data-testid="date-play">
          {playing ? strings.timeline.pause : strings.timeline.play}
        </button>
        <button
          type="button"
          disabled={at === null}
          onClick={() => {
            setPlaying(false);
            shown.current = null;
            onClear();
          }}
        >
          {strings.timeline.today}
        </button>
      </div>
    </div>
  );
}

/** Years along the slider, and a mark at each month the map changes: where to look. Visual only (the slider says each month and its changes). */
function SliderMarks({ range, count, changes }: { range: TimelineRange; count: number; changes: Month[] }) {
  const at = (m: Month) => `${(100 * monthsBetween(range.start, m)) / Math.max(1, count)}%`;
  const first = Number(range.start.slice(0, 4)) + 1;
  const last = Number(range.end.slice(0, 4));
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
  // A year's number every few years, so that they never crowd: every tick, fewer names.
  const every = Math.max(1, Math.ceil(years.length / 5));
  return (
    <div className="date-marks" aria-hidden="true" data-testid="date-marks">
      {changes
        .filter((m) => m >= range.start && m <= range.end)
        .map((m) => (
          <span key={m} className="date-mark-change" style={{ left: at(m) }} data-month={m} />
        ))}
      {years.map((y) => (
        <span key={y} className="date-mark-year" style={{ left: at(`${y}-01`) }} data-year={y}>
          {(last - y) % every === 0 ? y : ''}
        </span>
      ))}
    </div>
  );
}
