import { useEffect, useEffectEvent, useState } from 'react';
import { flushSync } from 'react-dom';
import { viewUrl } from '../export/share';
import { viewCredits, viewSources } from '../export/describe-view';
import type { ViewContents } from '../export/describe-view';
import { useStrings } from '../i18n';
import { pageHashStore } from '../state/useHashState';
import type { Camera, HashState } from '../state/url-state';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import type { AppData } from '../data/app-data';

export interface PrintFooterProps {
  data: AppData | null;
  hash: HashState;
  /** The view in words. */
  description: string;
  /** What the view shows (its sites, the site and phase in focus): its credits name their sources. */
  contents: ViewContents;
  /** The camera on screen now, or null when the map has not reported one. */
  cameraNow: () => Camera | null;
}

/**
 * Only on paper (hidden on screen and from assistive technology there): what a printed page
 * needs to stand alone, the view in words, its credits, and its address.
 */
export function PrintFooter({ data, hash, description, contents, cameraNow }: PrintFooterProps) {
  const strings = useStrings();
  // On paper, the address of the view: taken with the camera on screen when printing starts.
  const [printCamera, setPrintCamera] = useState<Camera | null>(null);
  // The footer, hidden on screen, comes after the first paint: its credit line's dates are the
  // first the page formats, and the browser's date formatting costs tens of milliseconds to start.
  const [footer, showFooter] = useAfterFirstPaint();
  const onBeforePrint = useEffectEvent(() =>
    flushSync(() => {
      showFooter();
      setPrintCamera(cameraNow());
    }),
  );
  useEffect(() => {
    const before = () => onBeforePrint();
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);
  if (!data || !footer) return null;
  const printUrl = viewUrl(window.location.href, pageHashStore().hashOf({ ...hash, camera: printCamera ?? hash.camera }));
  return (
    <footer className="print-footer" data-testid="print-footer">
      <p>{description}</p>
      <p>{viewCredits(strings, viewSources(contents, data.sourcesById), data.sites)}</p>
      <p>{strings.basemapCredit}</p>
      <p>
        {strings.takeAway.print.view} <span className="print-url">{printUrl}</span>
      </p>
    </footer>
  );
}
