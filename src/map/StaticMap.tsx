/**
 * The map without WebGL: the basemap as a static SVG drawn from the same GeoJSON (by
 * scripts/build-basemap.mjs), with the sites as the same DOM buttons as on the live map, placed by
 * the same projection. Shown when WebGL is missing, and while a lost WebGL context comes back.
 */
import lightBasemapUrl from '../../geodata/basemap/static-basemap.svg?url';
import darkBasemapUrl from '../../geodata/basemap/static-basemap-dark.svg?url';
import type { Site, SiteEmphasis } from '../data/select';
import { boxAspect, projectInBox } from '../geo/projection';
import { BASEMAP_BOUNDS } from './camera';
import { SiteMarker } from './SiteMarker';

export interface StaticMapProps {
  sites: Site[];
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  onSelectSite?: (id: string) => void;
  label: string;
  dark?: boolean;
}

export function StaticMap({ sites, emphasis, selectedSite, onSelectSite, label, dark = false }: StaticMapProps) {
  return (
    <div className="static-map" role="region" aria-label={label} style={{ aspectRatio: `1 / ${boxAspect(BASEMAP_BOUNDS)}` }}>
      <img src={dark ? darkBasemapUrl : lightBasemapUrl} alt="" />
      {sites.map((site) => {
        const { x, y } = projectInBox(site.lon, site.lat, BASEMAP_BOUNDS);
        return (
          <div key={site.id} className="site-marker-anchor static" style={{ left: `${x * 100}%`, top: `${y * 100}%` }}>
            <SiteMarker site={site} emphasis={emphasis(site)} selected={site.id === selectedSite} onSelect={onSelectSite} />
          </div>
        );
      })}
    </div>
  );
}
