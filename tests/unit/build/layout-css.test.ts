// The phone map's height is in the page's CSS from the build, the same as the app computes from
// the data as loaded: the map's box does not change height when the data comes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutCss } from '../../../build/layout-css';
import { phoneFitRatio } from '../../../src/map/fit-ratio';
import { validateDataset } from '../../../src/data/validate-all';
import { realFiles } from '../helpers';

const sitesFile = readFileSync(new URL('../../../geodata/sites.geojson', import.meta.url), 'utf8');

describe('layout facts from the build', () => {
  it('writes the fit ratio the app computes from the validated sites', () => {
    const ratio = phoneFitRatio(validateDataset(realFiles()).sites)!;
    const written = Number(/--fit-ratio: ([\d.]+);/.exec(layoutCss(sitesFile))![1]);
    expect(written).toBe(Number(ratio.toFixed(3)));
    // A map taller than wide on a phone: every site fits across its width.
    expect(written).toBeGreaterThan(0.5);
    expect(written).toBeLessThan(3);
  });

  it('follows the sites: a site far to the east makes the box wider and the ratio smaller', () => {
    const sites = JSON.parse(sitesFile) as { features: { geometry: { coordinates: number[] } }[] };
    sites.features[0]!.geometry.coordinates = [60, 45];
    const ratio = (css: string) => Number(/--fit-ratio: ([\d.]+);/.exec(css)![1]);
    expect(ratio(layoutCss(JSON.stringify(sites)))).toBeLessThan(ratio(layoutCss(sitesFile)));
  });

  it('writes nothing for a file that is not JSON (the app reports it when it loads)', () => {
    expect(layoutCss('{ not json')).toBe('');
    expect(layoutCss('{"features": []}')).toBe('');
  });
});
