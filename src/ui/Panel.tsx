import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useStrings } from '../i18n';

export interface PanelProps {
  title: string;
  /** Move focus to the heading when the panel opens (not when it is restored from a URL). */
  takeFocus: boolean;
  onClose: () => void;
  /** Given the panel's element while it is shown, for the layout around it. */
  elementRef?: RefObject<HTMLElement | null>;
  children: React.ReactNode;
}

/** How far a drag must go before the sheet changes height (or closes), in CSS pixels. */
const DRAG_PX = 48;

/**
 * The side panel; on a phone, a bottom sheet over the lower part of the map: its handle raises it
 * to full height and back (a tap, Enter, or a drag up or down), and a drag down from half height
 * closes it, as do ×, Esc and the browser's Back.
 */
export function Panel({ title, takeFocus, onClose, elementRef, children }: PanelProps) {
  const strings = useStrings();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const panelElement = useCallback(
    (el: HTMLElement | null) => {
      panelRef.current = el;
      if (elementRef) elementRef.current = el;
    },
    [elementRef],
  );
  const [expanded, setExpanded] = useState(false);
  const drag = useRef<{ y: number; moved: boolean } | null>(null);
  // A drag ends in onPointerUp; the click the browser sends after it must not toggle the height.
  const dragged = useRef(false);
  // Focus moves a frame later, so the panel paints first: focusing forces a layout, and the
  // selection should show within a frame of the input.
  useEffect(() => {
    if (!takeFocus) return;
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [title, takeFocus]);

  const follow = (dy: number) => {
    if (panelRef.current) panelRef.current.style.translate = dy ? `0 ${Math.max(dy, expanded ? 0 : -DRAG_PX)}px` : '';
  };
  const onPointerDown = (e: React.PointerEvent) => {
    drag.current = { y: e.clientY, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!drag.current) return;
    const dy = e.clientY - drag.current.y;
    if (Math.abs(dy) > 4) drag.current.moved = true;
    if (drag.current.moved) follow(dy);
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const start = drag.current;
    drag.current = null;
    follow(0);
    if (!start?.moved) return;
    dragged.current = true;
    const dy = e.clientY - start.y;
    if (dy < -DRAG_PX) setExpanded(true);
    else if (dy > DRAG_PX) {
      if (expanded) setExpanded(false);
      else onClose();
    }
  };
  const onHandleClick = () => {
    if (dragged.current) dragged.current = false;
    else setExpanded((x) => !x);
  };

  return (
    <aside className={`panel${expanded ? ' expanded' : ''}`} aria-labelledby="panel-title" data-testid="panel" ref={panelElement}>
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={expanded}
        aria-label={expanded ? strings.compact.shrinkPanel : strings.compact.expandPanel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          follow(0);
        }}
        onClick={onHandleClick}
      >
        <span aria-hidden="true" />
      </button>
      <div className="panel-head">
        <h2 id="panel-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={strings.closePanel}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="panel-body">{children}</div>
    </aside>
  );
}
