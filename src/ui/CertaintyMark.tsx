import { useId, useState } from 'react';
import type { Certainty, Source } from '../data/schema';
import { sourceLabel, sourceTitle } from '../i18n/format';
import { useStrings } from '../i18n';

/** The note's widest, in CSS pixels (20rem in the style sheet). */
const NOTE_WIDTH = 320;

export interface CertaintyMarkProps {
  certainty: Certainty;
  /** To name the sources the note speaks of. */
  sources?: ReadonlyMap<string, Source>;
  /** Show the note as text beside the mark (the list view), not only on hover and focus. */
  inline?: boolean;
}

/**
 * A small "single source" or "sources differ" mark beside a fact. It is a button, so it can be
 * reached with the keyboard; its note is its accessible description, shown on hover and focus,
 * and Esc hides it again without leaving the panel.
 */
export function CertaintyMark({ certainty, sources, inline = false }: CertaintyMarkProps) {
  const strings = useStrings();
  const t = strings.editorial;
  const noteId = `${useId()}-note`;
  const [dismissed, setDismissed] = useState(false);
  // The note opens to the right of the mark, or to its left where the panel or page ends too soon.
  const [flip, setFlip] = useState(false);
  const place = (e: React.SyntheticEvent<HTMLElement>) => {
    const mark = e.currentTarget.getBoundingClientRect();
    const box = e.currentTarget.closest('.panel-body, .list-view, .sidebar, .briefing-caption')?.getBoundingClientRect();
    const right = Math.min(box?.right ?? Infinity, document.documentElement.clientWidth);
    setFlip(right - mark.left < NOTE_WIDTH && mark.right - (box?.left ?? 0) > right - mark.left);
  };
  const also = (certainty.sources ?? [])
    .map((id) => sources?.get(id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => `${sourceTitle(s)} (${sourceLabel(s, strings.locale)})`);
  const note = also.length ? `${certainty.note} ${t.alsoConsulted}: ${also.join('; ')}.` : certainty.note;
  return (
    <span
      className={`certainty certainty-${certainty.kind}${inline ? ' inline' : ''}${dismissed ? ' dismissed' : ''}${flip ? ' flip' : ''}`}
      data-certainty={certainty.kind}
      onMouseEnter={(e) => {
        place(e);
        setDismissed(false);
      }}
      onMouseLeave={() => setDismissed(false)}
    >
      <button
        type="button"
        className="certainty-mark"
        aria-describedby={noteId}
        onFocus={(e) => {
          place(e);
          setDismissed(false);
        }}
        onBlur={() => setDismissed(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !dismissed) {
            // Hide the note only; a second Esc goes on to whatever Esc does around it.
            e.preventDefault();
            setDismissed(true);
          }
        }}
      >
        {t.certainty[certainty.kind]}
      </button>
      <span id={noteId} className="certainty-note" role={inline ? undefined : 'tooltip'}>
        {note}
      </span>
    </span>
  );
}
