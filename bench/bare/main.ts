// The floor for `npm run bench`: a bare MapLibre page with the same basemap and the
// same sites (as canvas circles), served the same way, marking its first idle the same way.
// With `#hidden` its canvas stays hidden until that first idle, as the app's does (src/map/MapView):
// a second floor, showing what the app costs beyond that choice.
import '../../src/map/setup-maplibre';
import { Map as MapLibreMap } from 'maplibre-gl';
import sitesUrl from '../../geodata/sites.geojson?url';
import { loadBasemap } from '../../src/map/basemap';
import { basemapStyle } from '../../src/map/style';
import { hideUntilDrawn } from '../../src/map/hide-until-drawn';
import { PALETTE } from '../../src/theme/palette';

const style = basemapStyle(await loadBasemap());
style.sources.sites = { type: 'geojson', data: new URL(sitesUrl, document.baseURI).href };
style.layers.push({
  id: 'sites',
  type: 'circle',
  source: 'sites',
  paint: { 'circle-radius': 8, 'circle-color': PALETTE.light.interceptor, 'circle-stroke-color': PALETTE.light['symbol-edge'], 'circle-stroke-width': 2 },
});
const map = new MapLibreMap({ container: 'map', style, bounds: [-6.3316, 36.6208, 37.7936, 54.4789], fitBoundsOptions: { padding: 48 } });
if (window.location.hash === '#hidden') hideUntilDrawn(map);
map.once('idle', () => performance.mark('map-first-idle'));
// Its first frames: the first of all (the sea only), and the first that draws the map, land and
// sites (its sources loaded): the app's first paint is budgeted against that one.
map.once('render', () => performance.mark('map-first-frame'));
const drawn = () => {
  if (!['land', 'borders', 'sites'].every((id) => map.isSourceLoaded(id))) return;
  map.off('render', drawn);
  performance.mark('map-first-draw');
};
map.on('render', drawn);
