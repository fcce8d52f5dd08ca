import type { Ref } from 'react';
import type { EditorMessages } from '../i18n/editor/load';

interface DraftElsewhereProps {
  s: EditorMessages;
  onKeepThis: () => void;
  onTakeOther: () => void;
  /** The first choice, for the editor to bring the focus to (playing waits for the choice). */
  firstChoice: Ref<HTMLButtonElement>;
}

/** The question asked when another tab or window has changed the draft (useDraftElsewhere). */
export function DraftElsewhere({ s, onKeepThis, onTakeOther, firstChoice }: DraftElsewhereProps) {
  return (
    <div className="tour-editor-error" role="alert" data-testid="draft-elsewhere">
      <p>{s.draftElsewhere}</p>
      <div className="tour-editor-row">
        <button type="button" ref={firstChoice} onClick={onKeepThis}>
          {s.keepThisDraft}
        </button>
        <button type="button" onClick={onTakeOther}>
          {s.takeOtherDraft}
        </button>
      </div>
    </div>
  );
}
