import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMapElements } from '../../../src/map/map-elements';
import type { SiteMarkerElements } from '../../../src/map/map-elements';

const FOLLOWING = 4;

/** Stand-ins for elements at a place in the document (`at`), or off it (null); they count their focus. */
function element(at: number | null) {
  const el = {
    at,
    focused: 0,
    get isConnected() {
      return el.at !== null;
    },
    compareDocumentPosition: (other: { at: number | null }) => ((other.at ?? 0) > (el.at ?? 0) ? FOLLOWING : 2),
    focus: () => {
      el.focused++;
    },
  };
  return el;
}
type Fake = ReturnType<typeof element>;

const marker = (site: string, root: Fake): SiteMarkerElements => ({ site, kind: 'radar', root: root as never, symbol: null, label: null });

beforeEach(() => vi.stubGlobal('Node', { DOCUMENT_POSITION_FOLLOWING: FOLLOWING }));
afterEach(() => vi.unstubAllGlobals());

describe('the map elements', () => {
  it('lists the markers on the page in document order, not in the order they were added', () => {
    const elements = createMapElements();
    const [a, b, c] = [element(3), element(1), element(2)];
    elements.addSite(marker('a', a));
    elements.addSite(marker('b', b));
    elements.addSite(marker('c', c));
    expect(elements.siteMarkers().map((m) => m.site)).toEqual(['b', 'c', 'a']);
    b.at = null;
    expect(elements.siteMarkers().map((m) => m.site)).toEqual(['c', 'a']);
  });

  it('takes a marker off when it goes, but not the one made again for its site', () => {
    const elements = createMapElements();
    const first = element(1);
    const again = element(2);
    const removeFirst = elements.addSite(marker('a', first));
    const removeAgain = elements.addSite(marker('a', again));
    removeFirst();
    elements.focusSite('a');
    expect([first.focused, again.focused]).toEqual([0, 1]);
    removeAgain();
    elements.focusSite('a');
    expect(again.focused).toBe(1);
    expect(elements.siteMarkers()).toEqual([]);
  });

  it('focuses nothing for a site it does not show', () => {
    const elements = createMapElements();
    const a = element(1);
    elements.addSite(marker('a', a));
    elements.focusSite('b');
    expect(a.focused).toBe(0);
  });

  it('lists the labels on the page in document order until each is taken off', () => {
    const elements = createMapElements();
    const [ring, measure] = [element(2), element(1)];
    elements.addOverlayLabel({ kind: 'ring', element: ring as never });
    const remove = elements.addOverlayLabel({ kind: 'measure', element: measure as never });
    expect(elements.overlayLabels().map((l) => l.kind)).toEqual(['measure', 'ring']);
    remove();
    expect(elements.overlayLabels().map((l) => l.kind)).toEqual(['ring']);
  });
});
