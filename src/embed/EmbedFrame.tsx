/**
 * Embed mode's frame: the same app with less chrome: a title line, a compact legend,
 * the illustrative-only note, the map, a credit line and an "Open full map" link. The map takes
 * whatever height the host gives; a narrow frame gets the short title and note. It tells the
 * host page the height it wants whenever its width changes what it needs.
 */
import { useEffect, useRef } from 'react';
import type { SiteKind } from '../data/schema';
import { useStrings } from '../i18n';
import { Legend } from '../ui/Legend';
import type { Layer } from '../state/url-state';
import { fullMapUrl, viewUrl } from '../export/share';
import { CORRECTIONS_SECTION, listSectionKeys } from '../ui/list-section';
import { postWantedHeight, wantedMapHeight } from './host';

export interface EmbedFrameProps {
  title: string;
  /** The title in a narrow frame, where the chrome compacts. */
  shortTitle: string;
  kinds: readonly SiteKind[];
  credits: string;
  /** The hash of the view on screen (the URL itself follows a moment later). */
  viewHash: string;
  /** This frame's name for host scripts that find frames by id or address (from its URL). */
  frameKey: string | null;
  /** The layers on: illustrative ones get their legend entries. */
  layers?: ReadonlySet<Layer>;
  problems: React.ReactNode;
  children: React.ReactNode;
}

export function EmbedFrame({ title, shortTitle, kinds, credits, viewHash, frameKey, layers, problems, children }: EmbedFrameProps) {
  const strings = useStrings();
  const head = useRef<HTMLElement>(null);
  const foot = useRef<HTMLElement>(null);
  const page = viewUrl(window.location.href, viewHash);
  // The corrections are in the full map's list view: the link opens it there, in a new tab.
  const correctionsUrl = fullMapUrl(page, listSectionKeys(CORRECTIONS_SECTION));

  useEffect(() => {
    const report = () => {
      const chrome = (head.current?.offsetHeight ?? 0) + (foot.current?.offsetHeight ?? 0);
      postWantedHeight(chrome + wantedMapHeight(document.documentElement.clientWidth), frameKey);
    };
    report();
    const observer = new ResizeObserver(report);
    if (head.current) observer.observe(head.current);
    if (foot.current) observer.observe(foot.current);
    window.addEventListener('resize', report);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', report);
    };
  }, [frameKey]);

  return (
    <div className="embed">
      <header className="embed-head" ref={head}>
        <div className="embed-title-row">
          <h1 className="embed-title">
            <span className="wide-only">{title}</span>
            <span className="narrow-only">{shortTitle}</span>
          </h1>
          <a className="embed-open" href={fullMapUrl(page)} target="_blank" rel="noopener" title={strings.embed.openFullHint}>
            <span className="wide-only">{strings.embed.openFull}</span>
            <span className="narrow-only">{strings.embed.openFullShort}</span>
          </a>
        </div>
        {kinds.length > 0 && <Legend kinds={kinds} layers={layers} />}
        <p className="illustrative" data-testid="illustrative-note">
          <span className="wide-only">{strings.illustrative}</span>
          <span className="narrow-only">{strings.embed.illustrativeShort}</span>
        </p>
        {problems}
      </header>
      <div className="embed-map">{children}</div>
      <footer className="embed-credit" ref={foot}>
        {credits}{' '}
        <a href={correctionsUrl} target="_blank" rel="noopener" title={strings.embed.openFullHint} data-testid="corrections-link">
          {strings.editorial.corrections}
        </a>
        . {strings.basemapCredit}
      </footer>
    </div>
  );
}
