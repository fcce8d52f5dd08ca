// URL state is fuzzed. Random and hostile hashes and queries never throw, and always
// give a valid state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, parseCamera, parseEmbedOptions, parseHashState, serializeHashState } from '../../../src/state/url-state';
import type { ViewState } from '../../../src/state/url-state';
import { viewOf } from '../helpers';

const known = { sites: new Set(['deveselu', 'redzikowo', 'kurecik', 'rota', 'ramstein']), phases: new Set([1, 2, 3, 4]) };

const hostileValue = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'javascript:alert(1)', 'javascript%3Aalert(1)',
    '"><img src=x onerror=alert(1)>', 'NaN', 'Infinity', '-Infinity', '-0', '1e309', '9'.repeat(400), '-1', '0x10',
    '%', '%E0%A4%A', '%00', '\u0000', '\u202e', '🚀', 'deveselu\u0000', ' deveselu', 'DEVESELU', '__proto__', 'constructor',
    'briefing:3', 'draft:1', 'briefing:0', 'a:b:1', ':1', 'x%3A2', '4/50/10', '-1/50/10', '23/50/10', '4/91/10', '4/50/181', '4/50', 'NaN/NaN/NaN', '1e2/1e1/1e1', '4//10', '4/50/10/',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join('/')),
);
const key = fc.oneof(fc.constantFrom('site', 'phase', 'map', 'tour', 'presenter', 'embed', 'fixed', 'panel', 'layers', 'lang'), fc.string());
// The separator is drawn like everything else, so a failing hash comes back from its seed.
const hash = fc
  .tuple(fc.array(fc.tuple(key, hostileValue, fc.boolean()), { maxLength: 8 }), fc.constantFrom('&', '&&', ';&'))
  .map(([pairs, separator]) => '#' + pairs.map(([k, v, encode]) => `${k}=${encode ? encodeURIComponent(v) : v}`).join(separator));
const anything = fc.oneof(hash, fc.string(), fc.string({ unit: 'grapheme' }));

function assertValidView(view: ViewState) {
  expect(view.site === null || known.sites.has(view.site)).toBe(true);
  expect(view.phase === null || known.phases.has(view.phase)).toBe(true);
  if (view.camera) {
    const { zoom, lat, lon } = view.camera;
    for (const n of [zoom, lat, lon]) expect(Number.isFinite(n)).toBe(true);
    expect(zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85.0511 && Math.abs(lon) <= 180).toBe(true);
  }
}

describe('URL state under fuzzing', () => {
  it('parseHashState never throws and always gives a valid view (2,000 runs)', () => {
    fc.assert(
      fc.property(anything, (h) => {
        const state = parseHashState(h, known);
        assertValidView(state);
        // What it writes back parses to the same view: no value is lost or invented on the way.
        expect(viewOf(parseHashState(serializeHashState(state, h), known))).toEqual(viewOf(state));
      }),
      { numRuns: 2000 },
    );
  });

  it('the briefing and embed keys never throw and stay in range (2,000 runs)', () => {
    fc.assert(
      fc.property(anything, anything, (h, q) => {
        const b = parseHashState(h, null);
        expect(b.tour === null || (Number.isInteger(b.tour.step) && b.tour.step >= 1 && b.tour.step <= 999)).toBe(true);
        expect(b.tour === null || /^[a-z0-9][a-z0-9-]{0,39}$/.test(b.tour.id)).toBe(true);
        // What it writes back reads as the same tour and step.
        if (b.tour) expect(parseHashState(serializeHashState({ ...EMPTY_STATE, tour: b.tour }, h), null).tour).toEqual(b.tour);
        expect(typeof b.presenter).toBe('boolean');
        const e = parseEmbedOptions(h, `?${q}`);
        expect([e.embed, e.fixed, e.panel, e.details].every((x) => typeof x === 'boolean')).toBe(true);
        expect(e.frameKey === null || /^[A-Za-z0-9_-]{1,64}$/.test(e.frameKey)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseCamera accepts only finite, in-range numbers (2,000 runs)', () => {
    fc.assert(
      fc.property(hostileValue, (v) => {
        const c = parseCamera(v);
        if (c) for (const n of Object.values(c)) expect(Number.isFinite(n)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
