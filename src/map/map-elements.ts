/**
 * The live map's own elements, as its components place them: each site's marker (by site id)
 * and each illustrative label. The markers and labels add themselves through their refs while
 * they are on the page (map-elements-context.ts hands the list down), so the map's printing, its
 * keys and its labels' decluttering reach them without looking them up in the page.
 */
import type { SiteKind } from '../data/schema';
import type { OverlayLabel } from './overlay-layers';

/** A site's marker (`.site-marker`): a button, or a plain label when the sites are not selectable. */
export interface SiteMarkerElements {
  site: string;
  kind: SiteKind;
  root: HTMLElement;
  /** The symbol (`.site-symbol`) and the name (`.site-marker-label`) inside it. */
  symbol: Element | null;
  label: HTMLElement | null;
}

/** An illustrative layer's label (`.overlay-label`) and which kind of label it is. */
export interface OverlayLabelElement {
  kind: OverlayLabel['kind'];
  element: HTMLElement;
}

/** What the app may ask of a live map: to put focus on a site's marker. */
export interface SiteFocus {
  /** Focuses the site's marker, when the map shows it. */
  focusSite(site: string): void;
}

export interface MapElements extends SiteFocus {
  /** Lists a site's marker; the function returned takes it off again. */
  addSite(marker: SiteMarkerElements): () => void;
  /** Lists an illustrative label; the function returned takes it off again. */
  addOverlayLabel(label: OverlayLabelElement): () => void;
  /** The markers on the page, in document order: the order they are stacked in on screen. */
  siteMarkers(): SiteMarkerElements[];
  /** The labels on the page, in document order. */
  overlayLabels(): OverlayLabelElement[];
}

/** Sorts a before b when a comes first in the document. */
function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** Those of `items` whose element is on the page, in document order. */
function onPage<T>(items: Iterable<T>, element: (item: T) => Element): T[] {
  return [...items].filter((item) => element(item).isConnected).sort((a, b) => documentOrder(element(a), element(b)));
}

/** An empty list for one map. */
export function createMapElements(): MapElements {
  const sites = new Map<string, SiteMarkerElements>();
  const labels = new Set<OverlayLabelElement>();
  return {
    addSite(marker) {
      sites.set(marker.site, marker);
      return () => {
        // A marker made again for the same site may have listed itself already.
        if (sites.get(marker.site) === marker) sites.delete(marker.site);
      };
    },
    addOverlayLabel(label) {
      labels.add(label);
      return () => {
        labels.delete(label);
      };
    },
    siteMarkers: () => onPage(sites.values(), (m) => m.root),
    overlayLabels: () => onPage(labels, (l) => l.element),
    focusSite(site) {
      sites.get(site)?.root.focus();
    },
  };
}
