/**
 * The tour editor's model: the tour being written and its history, changed only by actions
 * through `editorReducer`, so undo and redo cover every change and the model can be tested
 * without a browser. Pure: no storage, no React, no strings shown to the reader.
 */
import type { TourStep } from '../data/schema';
import type { Lang } from '../i18n/languages';

/** A tour as the editor holds it: the tour file's fields, steps possibly incomplete while typed. */
export interface TourDraft {
  id: string;
  title: string;
  lang: Lang;
  steps: TourStep[];
}

export interface EditorState {
  tour: TourDraft;
  /** The selected step's position (from 0); always within the steps. */
  selected: number;
  past: TourDraft[];
  future: TourDraft[];
  /**
   * What the last change typed into (`<step id>:<field>`), so that typing a word is one undo, not
   * one per letter; null after anything else.
   */
  typing: string | null;
}

/** The fields a step's form edits. */
export type StepChange = Partial<Omit<TourStep, 'id'>>;

export type EditorAction =
  | { type: 'select'; index: number }
  /** A new, empty step after the selected one, selected. */
  | { type: 'add' }
  | { type: 'remove'; index: number }
  /** A copy of the step right after it, selected. */
  | { type: 'duplicate'; index: number }
  /** Moves a step to another position (the keyboard's up and down, and drag and drop). */
  | { type: 'move'; from: number; to: number }
  | { type: 'edit-step'; index: number; change: StepChange }
  | { type: 'edit-tour'; change: Partial<Pick<TourDraft, 'title' | 'lang'>> }
  /** Replaces the whole tour (a file opened); undoable like any change. */
  | { type: 'load'; tour: TourDraft }
  | { type: 'undo' }
  | { type: 'redo' };

/** How many changes undo goes back. */
export const HISTORY_LIMIT = 200;

/** A tour with no steps is not a tour: the editor always holds at least this one. */
export function emptyStep(id = 'step-1'): TourStep {
  return { id, title: '', phase: null, sites: [], statements: [], notes: '' };
}

export function initialState(tour: TourDraft): EditorState {
  const steps = tour.steps.length ? tour.steps : [emptyStep()];
  return { tour: { ...tour, steps }, selected: 0, past: [], future: [], typing: null };
}

/** The first id of the form `<base>` or `<base>-<n>` no step has. */
export function freeId(steps: readonly TourStep[], base: string): string {
  const taken = new Set(steps.map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

const clamp = (n: number, length: number) => Math.max(0, Math.min(length - 1, n));

/** Text fields: consecutive typing into one of them is a single change in the history. */
const TYPED_FIELDS = new Set(['title', 'text', 'notes', 'date']);

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { tour, selected } = state;
  const steps = tour.steps;
  /** A change to the tour: recorded for undo, redo forgotten. */
  const change = (next: TourDraft, nextSelected: number, typing: string | null = null): EditorState => {
    const merge = typing !== null && typing === state.typing;
    const past = merge ? state.past : [...state.past, tour].slice(-HISTORY_LIMIT);
    return { tour: next, selected: clamp(nextSelected, next.steps.length), past, future: [], typing };
  };
  const withSteps = (next: TourStep[]) => ({ ...tour, steps: next });

  switch (action.type) {
    case 'select':
      return action.index === selected || action.index < 0 || action.index >= steps.length ? state : { ...state, selected: action.index, typing: null };
    case 'add': {
      const at = selected + 1;
      const step = emptyStep(freeId(steps, `step-${steps.length + 1}`));
      return change(withSteps([...steps.slice(0, at), step, ...steps.slice(at)]), at);
    }
    case 'remove': {
      if (!steps[action.index]) return state;
      const rest = steps.filter((_, i) => i !== action.index);
      // The last step removed leaves an empty one: the editor always has a step to show.
      const next = rest.length ? rest : [emptyStep()];
      return change(withSteps(next), action.index < selected || (action.index === selected && selected === steps.length - 1) ? selected - 1 : selected);
    }
    case 'duplicate': {
      const step = steps[action.index];
      if (!step) return state;
      const copy = { ...step, id: freeId(steps, `${step.id}-copy`), sites: [...step.sites], statements: [...step.statements] };
      const at = action.index + 1;
      return change(withSteps([...steps.slice(0, at), copy, ...steps.slice(at)]), at);
    }
    case 'move': {
      const { from } = action;
      const to = clamp(action.to, steps.length);
      const step = steps[from];
      if (!step || from === to) return state;
      const next = steps.filter((_, i) => i !== from);
      next.splice(to, 0, step);
      // The selection follows the step it was on.
      const sel = selected === from ? to : selected > from && selected <= to ? selected - 1 : selected < from && selected >= to ? selected + 1 : selected;
      return change(withSteps(next), sel);
    }
    case 'edit-step': {
      const step = steps[action.index];
      if (!step) return state;
      const edited: TourStep = { ...step, ...action.change };
      // Optional fields left empty are not in the step at all, as in the file.
      for (const key of ['text', 'date', 'camera', 'table'] as const) {
        if (key in action.change && (action.change[key] === undefined || action.change[key] === '')) delete edited[key];
      }
      const keys = Object.keys(action.change);
      const typing = keys.length === 1 && TYPED_FIELDS.has(keys[0]!) ? `${step.id}:${keys[0]}` : null;
      return change(withSteps(steps.map((s, i) => (i === action.index ? edited : s))), action.index, typing);
    }
    case 'edit-tour': {
      const keys = Object.keys(action.change);
      const typing = keys.length === 1 && keys[0] === 'title' ? ':title' : null;
      return change({ ...tour, ...action.change }, selected, typing);
    }
    case 'load':
      return change({ ...action.tour, steps: action.tour.steps.length ? action.tour.steps : [emptyStep()] }, 0);
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { tour: previous, selected: clamp(selected, previous.steps.length), past: state.past.slice(0, -1), future: [tour, ...state.future], typing: null };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return { tour: next, selected: clamp(selected, next.steps.length), past: [...state.past, tour], future: state.future.slice(1), typing: null };
    }
  }
}

/** Toggles one id in a list, keeping the list's order (a new id goes at the end). */
export function toggled(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}
