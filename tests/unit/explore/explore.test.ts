// The explore keys in the URL, keyboard order of the sites, and glossary links.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, formatLayers, parseHashState, withHashKeys } from '../../../src/state/url-state';

/** The explore keys of a hash: the language (checked by the caller), the layers and the list view. */
const parseExploreKeys = (hash: string) => {
  const { lang, layers, list } = parseHashState(hash, null);
  return { lang, layers, list };
};
import type { Layer } from '../../../src/state/url-state';
import { nextSite } from '../../../src/map/site-order';
import { glossaryLinks, splitTerms } from '../../../src/ui/glossary-context';
import { validateDataset } from '../../../src/data/validate-all';
import { realFiles } from '../helpers';

const data = validateDataset(realFiles());

describe('layers=, lang=, list=', () => {
  it('reads the defaults from an empty hash', () => {
    expect(parseExploreKeys('')).toEqual({ lang: null, layers: DEFAULT_LAYERS, list: false });
  });
  it('round-trips a layer set through the hash, omitting the default', () => {
    const on = new Set<Layer>(['interceptor', 'ranges', 'lines']);
    const hash = withHashKeys('#site=rota', { layers: formatLayers(on) });
    expect(hash).toBe('#site=rota&layers=interceptor,ranges,lines');
    expect([...parseExploreKeys(hash).layers].sort()).toEqual([...on].sort());
    expect(formatLayers(DEFAULT_LAYERS)).toBeNull();
    expect(formatLayers(new Set())).toBe('none');
    expect(parseExploreKeys('#layers=none').layers.size).toBe(0);
  });
  it('drops unknown layer names one by one and ignores malformed values', () => {
    expect([...parseExploreKeys('#layers=radar,<script>,ranges,radar').layers]).toEqual(['radar', 'ranges']);
    expect(parseExploreKeys('#lang=xx-evil&list=yes').lang).toBeNull();
    expect(parseExploreKeys('#lang=ro&list=1')).toMatchObject({ lang: 'ro', list: true });
  });
});

describe('arrow keys between sites', () => {
  const sites = data.sites;
  it('go west to east and north to south, wrapping', () => {
    const walk = (key: string, from: string, n: number) => {
      const out = [from];
      for (let i = 0; i < n; i++) out.push(nextSite(sites, out.at(-1)!, key)!);
      return out;
    };
    expect(walk('ArrowRight', 'rota', 5)).toEqual(['rota', 'ramstein', 'redzikowo', 'deveselu', 'kurecik', 'rota']);
    expect(walk('ArrowLeft', 'rota', 1)).toEqual(['rota', 'kurecik']);
    expect(walk('ArrowDown', 'redzikowo', 4)).toEqual(['redzikowo', 'ramstein', 'deveselu', 'kurecik', 'rota']);
    expect(nextSite(sites, 'deveselu', 'Home')).toBe('rota');
    expect(nextSite(sites, 'deveselu', 'End')).toBe('kurecik');
    expect(nextSite(sites, 'deveselu', 'Tab')).toBeNull();
    expect(nextSite([], 'deveselu', 'ArrowRight')).toBeNull();
  });
});

describe('glossary links', () => {
  const links = glossaryLinks(data.glossary);
  it('finds whole terms, longest first, and leaves the rest as text', () => {
    const parts = splitTerms('Aegis Ashore: SPY-1 radar, 24 x SM-3 Block IB; AN/TPY-2 and NATO Allied Air Command', links);
    expect(parts.map((p) => (typeof p === 'string' ? p : `[${p.entry.id}:${p.word}]`)).join('')).toBe(
      '[aegis-ashore:Aegis Ashore]: SPY-1 radar, 24 x [sm-3:SM-3] Block IB; [an-tpy-2:AN/TPY-2] and NATO [nato-aircom:Allied Air Command]',
    );
  });
  it('does not link a term inside another word', () => {
    expect(splitTerms('BMDX and XBMD', links)).toEqual(['BMDX and XBMD']);
    expect(splitTerms('no terms here', glossaryLinks([]))).toEqual(['no terms here']);
  });
});
