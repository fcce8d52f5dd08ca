import type { AppData } from '../data/app-data';
import type { TourStep } from '../data/schema';
import type { EditorMessages } from '../i18n/editor/load';
import type { Camera } from '../state/url-state';
import type { EditorAction, EditorState } from './model';
import { StepForm } from './StepForm';
import { StepList } from './StepList';

export interface StepAreaProps {
  s: EditorMessages;
  data: AppData;
  state: EditorState;
  dispatch: (action: EditorAction) => void;
  cameraNow: () => Camera | null;
  /** Shows a step on the live map. */
  onPreview: (step: TourStep) => void;
  /** Plays the tour from a step, from 0. */
  onPlay: (index: number) => void;
}

/** The tour's steps in order, and the selected one's fields with its preview and play. */
export function StepArea({ s, data, state: { tour, selected }, dispatch, cameraNow, onPreview, onPlay }: StepAreaProps) {
  const step = tour.steps[selected]!;
  return (
    <>
      <StepList s={s} steps={tour.steps} selected={selected} lang={tour.lang} dispatch={dispatch} />
      <StepForm
        s={s}
        data={data}
        step={step}
        index={selected}
        total={tour.steps.length}
        lang={tour.lang}
        onChange={(change) => dispatch({ type: 'edit-step', index: selected, change })}
        cameraNow={cameraNow}
        onPreview={() => onPreview(step)}
        onPlay={() => onPlay(selected)}
      />
    </>
  );
}
