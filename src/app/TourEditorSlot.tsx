import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { TourStep } from '../data/schema';
import type { Phase, Site } from '../data/select';
import { useStrings } from '../i18n';
import type { Camera } from '../state/url-state';
import { closeEditor, playDraft, showStep } from './page-actions';
import type { AppData } from '../data/app-data';

// The tour editor, loaded when a presenter opens it.
const TourEditor = lazy(() => import('../tour-editor/TourEditor'));

/** What of a previewed step the map shows: its phase, and the sites it makes stand out. */
export type StepPreview = Pick<TourStep, 'phase' | 'sites'>;

/**
 * A tour step previewed from the editor: its sites stand out as the briefing shows them, for as
 * long as its phase stays chosen, no site is, and the editor is open. Returns the preview in
 * force (else null) and the function that sets one.
 */
export function useStepPreview(editorOpen: boolean, site: Site | null, phase: Phase | null): [StepPreview | null, (preview: StepPreview | null) => void] {
  const [preview, setPreview] = useState<StepPreview | null>(null);
  const previewing = preview !== null && editorOpen && site === null && (phase?.id ?? null) === preview.phase ? preview : null;
  return [previewing, setPreview];
}

/**
 * When the editor closes (Close, Leave, or Back), the focus it had goes back to the button that
 * opens it (`editButton`), rather than falling to the page.
 */
export function useFocusAfterEditor(editing: boolean, editButton: RefObject<HTMLElement | null>): void {
  const wasEditing = useRef(editing);
  useEffect(() => {
    const at = document.activeElement;
    if (wasEditing.current && !editing && (!at || at === document.body)) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing, editButton]);
}

export interface TourEditorSlotProps {
  data: AppData;
  /** The live map's camera now, or null when there is no map. */
  cameraNow: () => Camera | null;
  /** Sets the step the map previews (null when the editor closes). */
  onPreview: (preview: StepPreview | null) => void;
}

/** The tour editor in the sidebar's place, loaded on first use; its steps preview on the live map. */
export function TourEditorSlot({ data, cameraNow, onPreview }: TourEditorSlotProps) {
  const strings = useStrings();
  return (
    <Suspense fallback={<p role="status" className="loading">{strings.loadingData}</p>}>
      <TourEditor
        data={data}
        cameraNow={cameraNow}
        onPreview={(step) => {
          onPreview({ phase: step.phase, sites: step.sites });
          showStep(step);
        }}
        onPlay={playDraft}
        onClose={() => {
          onPreview(null);
          closeEditor();
        }}
      />
    </Suspense>
  );
}
