/**
 * Builds what "Download PNG" and "Download SVG" draw from the view on screen: shared by the map
 * and the briefing so both images carry the same caption, legend, note and credits.
 */
import type { Site, SiteEmphasis, Source } from '../data/select';
import type { SiteKind } from '../data/schema';
import type { Camera } from '../state/url-state';
import type { Messages } from '../i18n/messages/en';
import type { PlaceNames } from '../i18n';
import type { ExportRequest, ExportSize } from './export-png';
import type { LegendEntry } from './layout';
import type { OverlayInput } from '../map/overlay-layers';
import { factsCheckedLine, sourcesCredit, viewSources } from './describe-view';
import type { ViewContents } from './describe-view';

export interface ViewForExport {
  /** The element the map fills on screen (null when there is none): the image shows at least what it shows. */
  mapArea: Element | null;
  sites: Site[];
  camera: Camera | null;
  emphasis: (site: Site) => SiteEmphasis;
  title: string;
  /** The view in words, as a caption (see viewCaption). */
  caption: string;
  /** What the view rests on besides the sites drawn, for its credits. */
  contents: Omit<ViewContents, 'shown' | 'rings'>;
  sourcesById: ReadonlyMap<string, Source>;
  /** The article the statements quote: credited first. */
  article?: Source;
  strings: Messages;
  /** How the basemap names countries: the reader's language. */
  places: PlaceNames;
  /** The illustrative layers on screen, if any. */
  overlays?: OverlayInput;
  /** What a dimmed site is: of an earlier phase (the map), or not in the step (a briefing). */
  dimmedFor: DimmedFor;
  /** On a map of a date, a site's state then, shown under its name as on screen. */
  stateNote?: (site: Site) => string | undefined;
}

export type DimmedFor = 'phase' | 'step';

/**
 * The legend of an image: each kind of site drawn, then the pale symbol when a site is dimmed,
 * said as what it means where the image comes from.
 */
export function legendFor(strings: Messages, drawn: { site: Pick<Site, 'kind'>; emphasis: SiteEmphasis }[], dimmedFor: DimmedFor): LegendEntry[] {
  const shown = drawn.filter((d) => d.emphasis !== 'hidden');
  const kinds = [...new Set(shown.map((d) => d.site.kind))] as SiteKind[];
  const dimmed = shown.find((d) => d.emphasis === 'earlier');
  return [
    ...kinds.map((k) => ({ kind: k, label: strings.kinds[k] })),
    ...(dimmed ? [{ kind: dimmed.site.kind, label: dimmedFor === 'step' ? strings.exportDetails.dimmedStep : strings.exportDetails.dimmedPhase, dimmed: true }] : []),
  ];
}

/** The credits of an image: the sources of what it shows, when the facts were checked, the basemap. */
export function creditsFor(v: Pick<ViewForExport, 'contents' | 'sourcesById' | 'article' | 'strings' | 'sites' | 'overlays'>, shown: Site[]): string {
  const rings = v.overlays?.showRanges ? v.overlays.ranges : [];
  // Only what the image shows: the article is credited when the view quotes it, not otherwise.
  const sources = viewSources({ ...v.contents, shown, rings }, v.sourcesById);
  return [sourcesCredit(v.strings, sources), factsCheckedLine(v.strings, v.sites), v.strings.basemapCredit].filter(Boolean).join(' ');
}

export function exportRequestFor(size: ExportSize, v: ViewForExport): ExportRequest {
  const area = v.mapArea?.getBoundingClientRect();
  const strings = v.strings;
  const drawn = v.sites.map((s) => {
    const note = v.stateNote?.(s);
    return { site: s, emphasis: v.emphasis(s), ...(note ? { note } : {}) };
  });
  const shown = drawn.filter((d) => d.emphasis !== 'hidden').map((d) => d.site);
  return {
    size,
    screen: { width: Math.round(area?.width ?? 960), height: Math.round(area?.height ?? 600) },
    allSites: v.sites,
    view: {
      camera: v.camera,
      sites: drawn,
      ...(v.overlays ? { overlays: { input: v.overlays, strings } } : {}),
    },
    title: v.title,
    caption: v.caption.charAt(0).toUpperCase() + v.caption.slice(1),
    legend: legendFor(strings, drawn, v.dimmedFor),
    note: strings.illustrative,
    credits: creditsFor(v, shown),
    places: v.places,
  };
}
