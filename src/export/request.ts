/**
 * Builds what "Download PNG" draws from the view on screen: shared by the map and the
 * briefing so both images carry the same legend, note and credits.
 */
import type { Site, SiteEmphasis } from '../data/select';
import type { SiteKind } from '../data/schema';
import type { Camera } from '../state/url-state';
import type { Messages } from '../i18n/messages/en';
import type { PlaceNames } from '../i18n';
import type { ExportRequest, ExportSize } from './export-png';
import type { OverlayInput } from '../map/overlay-layers';

export interface ViewForExport {
  /** The element the map fills on screen; the image has its size. */
  mapSelector: string;
  sites: Site[];
  camera: Camera | null;
  emphasis: (site: Site) => SiteEmphasis;
  title: string;
  description: string;
  /** Source credits, before the basemap's. */
  credits: string;
  strings: Messages;
  /** How the basemap names countries: the reader's language. */
  places: PlaceNames;
  /** The illustrative layers on screen, if any. */
  overlays?: OverlayInput;
}

export function exportRequestFor(size: ExportSize, v: ViewForExport): ExportRequest {
  const area = document.querySelector(v.mapSelector)?.getBoundingClientRect();
  const strings = v.strings;
  const kinds = [...new Set(v.sites.map((s) => s.kind))] as SiteKind[];
  return {
    size,
    mapWidth: Math.round(area?.width ?? 960),
    mapHeight: Math.round(area?.height ?? 600),
    allSites: v.sites,
    view: {
      camera: v.camera,
      sites: v.sites.map((s) => ({ site: s, emphasis: v.emphasis(s) })),
      ...(v.overlays ? { overlays: { input: v.overlays, strings } } : {}),
    },
    title: v.title,
    description: v.description.charAt(0).toUpperCase() + v.description.slice(1),
    legend: kinds.map((k) => ({ kind: k, label: strings.kinds[k] })),
    note: strings.illustrative,
    credits: `${v.credits} ${strings.basemapCredit}`.trim(),
    places: v.places,
  };
}
