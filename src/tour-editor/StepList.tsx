import { useEffect, useRef, useState } from 'react';
import type { TourStep } from '../data/schema';
import type { EditorMessages } from '../i18n/editor/load';
import type { Lang } from '../i18n/languages';
import type { EditorAction } from './model';

export interface StepListProps {
  s: EditorMessages;
  steps: TourStep[];
  selected: number;
  /** The language the steps' titles are written in. */
  lang: Lang;
  dispatch: (action: EditorAction) => void;
}

/** The drag carries a step's position under this type, so a dropped file is never taken for one. */
const STEP_TYPE = 'application/x-epaa-tour-step';

/**
 * The tour's steps in order: each selects with a press, moves with its up and down buttons (the
 * keyboard's way) or by dragging (a pointer's); add, duplicate and remove act on the selected one.
 */
export function StepList({ s, steps, selected, lang, dispatch }: StepListProps) {
  const [dragOver, setDragOver] = useState<number | null>(null);
  // Each step's up and down buttons, by `${step id} up|down`.
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const moveButton = (key: string) => (el: HTMLButtonElement | null) => void (el ? moveButtons.current.set(key, el) : moveButtons.current.delete(key));
  // A step moved by its button keeps the focus on that button (or on its other one at an end), so
  // pressing again moves it on.
  const moved = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const m = moved.current;
    if (!m) return;
    moved.current = null;
    const up = moveButtons.current.get(`${m.id} up`);
    const down = moveButtons.current.get(`${m.id} down`);
    const target = m.dir === 'up' ? (up?.disabled ? down : up) : down?.disabled ? up : down;
    target?.focus();
  });
  const move = (i: number, dir: 'up' | 'down') => {
    dispatch({ type: 'move', from: i, to: dir === 'up' ? i - 1 : i + 1 });
    moved.current = { id: steps[i]!.id, dir };
  };
  return (
    <section aria-labelledby="tour-editor-steps">
      <h3 id="tour-editor-steps">{s.stepsHeading}</h3>
      <p className="muted" id="tour-editor-steps-hint">
        {s.stepsHint}
      </p>
      <ol className="tour-editor-steps" aria-describedby="tour-editor-steps-hint">
        {steps.map((step, i) => (
          <li
            key={step.id}
            draggable
            className={`${i === selected ? 'selected' : ''}${dragOver === i ? ' drag-over' : ''}`}
            data-step-id={step.id}
            onDragStart={(e) => {
              e.dataTransfer.setData(STEP_TYPE, String(i));
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(STEP_TYPE)) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              setDragOver(i);
            }}
            onDragLeave={() => setDragOver((d) => (d === i ? null : d))}
            onDragEnd={() => setDragOver(null)}
            onDrop={(e) => {
              if (!e.dataTransfer.types.includes(STEP_TYPE)) return;
              e.preventDefault();
              e.stopPropagation();
              setDragOver(null);
              const from = Number(e.dataTransfer.getData(STEP_TYPE));
              if (Number.isInteger(from)) dispatch({ type: 'move', from, to: i });
            }}
          >
            <button type="button" className="tour-editor-step" aria-current={i === selected ? 'step' : undefined} onClick={() => dispatch({ type: 'select', index: i })}>
              <span className="tour-editor-step-number">{i + 1}.</span> {step.title.trim() ? <span lang={lang}>{step.title.trim()}</span> : s.untitled}
            </button>
            <button type="button" className="tour-editor-move" aria-label={s.moveUp(i + 1)} title={s.moveUp(i + 1)} disabled={i === 0} onClick={() => move(i, 'up')} ref={moveButton(`${step.id} up`)}>
              ↑
            </button>
            <button
              type="button"
              className="tour-editor-move"
              aria-label={s.moveDown(i + 1)}
              title={s.moveDown(i + 1)}
              disabled={i === steps.length - 1}
              onClick={() => move(i, 'down')}
              ref={moveButton(`${step.id} down`)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <div className="tour-editor-row">
        <button type="button" onClick={() => dispatch({ type: 'add' })}>
          {s.add}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'duplicate', index: selected })}>
          {s.duplicate}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'remove', index: selected })}>
          {s.remove}
        </button>
      </div>
    </section>
  );
}
