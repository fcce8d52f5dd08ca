import { useEffect, useRef } from 'react';
import { useStrings } from '../i18n';

export interface PanelProps {
  title: string;
  /** Move focus to the heading when the panel opens (not when it is restored from a URL). */
  takeFocus: boolean;
  onClose: () => void;
  children: React.ReactNode;
}

/** The side panel (a bottom sheet on narrow screens). Esc or the close button closes it. */
export function Panel({ title, takeFocus, onClose, children }: PanelProps) {
  const strings = useStrings();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus moves a frame later, so the panel paints first: focusing forces a layout, and the
  // selection should show within a frame of the input.
  useEffect(() => {
    if (!takeFocus) return;
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [title, takeFocus]);
  return (
    <aside className="panel" aria-labelledby="panel-title" data-testid="panel">
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
