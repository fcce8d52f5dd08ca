/**
 * The map's first paint: the static basemap (an SVG drawn from the same data, in the same
 * projection) seen through exactly the camera the live map will take, with the real site
 * buttons on it. It shows as soon as the data is in, long before the WebGL map's code has loaded;
 * the live map then fades in over it at the same camera, so nothing moves at the switch.
 */
import { useRef } from 'react';
import lightBasemapUrl from '../../geodata/basemap/static-basemap.svg?url';
import darkBasemapUrl from '../../geodata/basemap/static-basemap-dark.svg?url';
import type { Site, SiteEmphasis } from '../data/select';
import type { Camera, ViewBounds } from '../state/url-state';
import { BASEMAP_BOUNDS, fitOptions, sitesBounds } from './camera';
import { SiteMarker } from './SiteMarker';
import { useElementSize } from './useElementSize';
import { fitCamera, screenPoint } from './viewport';
import type { Size } from './viewport';

export interface StaticViewProps {
  sites: Site[];
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  onSelectSite?: (id: string) => void;
  /** The camera the URL asks for; null means "fit `frame`, else all sites", as the live map does. */
  camera: Camera | null;
  /** A shared box to fit instead of the sites. */
  frame?: ViewBounds | null;
  /** Whether the site buttons are here (they leave the moment the live map's take their place). */
  markers: boolean;
  label: string;
  dark: boolean;
}

/** The camera the live map starts with in a viewport of this size. */
export function startCamera(sites: Site[], camera: Camera | null, size: Size, frame: ViewBounds | null = null): Camera | null {
  if (camera) return camera;
  const bounds = frame ?? sitesBounds(sites);
  const fit = fitOptions(size.width, frame !== null);
  return bounds ? fitCamera(bounds, size, fit.padding, fit.maxZoom, BASEMAP_BOUNDS) : null;
}

export function StaticView({ sites, emphasis, selectedSite, onSelectSite, camera, frame = null, markers, label, dark }: StaticViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const size = useElementSize(ref);
  const view = size && size.width > 0 && size.height > 0 ? startCamera(sites, camera, size, frame) : null;
  let image: React.CSSProperties | undefined;
  if (view && size) {
    const [west, south, east, north] = BASEMAP_BOUNDS;
    const nw = screenPoint(west, north, view, size);
    const se = screenPoint(east, south, view, size);
    image = { left: nw.x, top: nw.y, width: se.x - nw.x, height: se.y - nw.y };
  }
  return (
    <div className="static-view" ref={ref} role="region" aria-label={label} data-camera={view ? `${view.zoom}/${view.lat}/${view.lon}` : undefined}>
      {image && <img src={dark ? darkBasemapUrl : lightBasemapUrl} alt="" style={image} decoding="sync" />}
      {view &&
        size &&
        markers &&
        sites.map((site) => {
          const at = screenPoint(site.lon, site.lat, view, size);
          return (
            <div key={site.id} className="site-marker-anchor static" style={{ left: at.x, top: at.y }}>
              <SiteMarker site={site} emphasis={emphasis(site)} selected={site.id === selectedSite} onSelect={onSelectSite} />
            </div>
          );
        })}
    </div>
  );
}
