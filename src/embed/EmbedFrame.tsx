/**
 * Embed mode's frame: the same app with less chrome: a title line, a compact legend,
 * the illustrative-only note, the map, a credit line and an "Open full map" link. It tells the
 * host page the height it wants whenever its width changes what it needs.
 */
import { useEffect, useRef } from 'react';
import type { SiteKind } from '../data/schema';
import { useStrings } from '../i18n';
import { Legend } from '../ui/Legend';
import type { Layer } from '../state/url-state';
import { fullMapUrl, viewUrl } from './share';
import { CORRECTIONS_SECTION, listSectionKeys } from '../ui/list-section';
import { postWantedHeight, wantedMapHeight } from './host';

export interface EmbedFrameProps {
  title: string;
  kinds: readonly SiteKind[];
  credits: string;
  /** The hash of the view on screen (the URL itself follows a moment later). */
  viewHash: string;
  /** The layers on: illustrative ones get their legend entries. */
  layers?: ReadonlySet<Layer>;
  problems: React.ReactNode;
  children: React.ReactNode;
}

export function EmbedFrame({ title, kinds, credits, viewHash, layers, problems, children }: EmbedFrameProps) {
  const strings = useStrings();
  const head = useRef<HTMLElement>(null);
  const foot = useRef<HTMLElement>(null);
  const page = viewUrl(window.location.href, viewHash);
  // The corrections are in the full map's list view: the link opens it there, in a new tab.
  const correctionsUrl = fullMapUrl(page, listSectionKeys(CORRECTIONS_SECTION));

  useEffect(() => {
    const report = () => {
      const chrome = (head.current?.offsetHeight ?? 0) + (foot.current?.offsetHeight ?? 0);
      postWantedHeight(chrome + wantedMapHeight(document.documentElement.clientWidth));
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
  }, []);

  return (
    <div className="embed">
      <header className="embed-head" ref={head}>
        <div className="embed-title-row">
          <h1 className="embed-title">{title}</h1>
          <a className="embed-open" href={fullMapUrl(page)} target="_blank" rel="noopener" title={strings.embed.openFullHint}>
            {strings.embed.openFull}
          </a>
        </div>
        {kinds.length > 0 && <Legend kinds={kinds} layers={layers} />}
        <p className="illustrative" data-testid="illustrative-note">{strings.illustrative}</p>
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
