import { useCallback, useMemo } from 'react';
import type { Messages } from '../i18n/messages/en';
import { siteKinds } from '../data/schema';
import { pageHashStore } from '../state/useHashState';
import type { HashState, Layer } from '../state/url-state';
import type { Side } from '../data/sides';

/**
 * The layers, the list view and the "who said what" view with its filter, kept in the URL
 * (`layers=`, `list=1`, `said=1`, `sides=`); each change of view is announced to screen readers
 * through `announce`.
 */
export function useExplore(hash: HashState, announce: (text: string) => void, strings: Messages) {
  const { layers, list, said, sides } = hash;
  const toggleLayer = useCallback(
    (layer: Layer) => {
      const next = new Set(layers);
      const on = !next.has(layer);
      if (on) next.add(layer);
      else next.delete(layer);
      pageHashStore().update({ layers: next }, 'now');
      announce((on ? strings.announce.layerOn : strings.announce.layerOff)(strings.layers[layer]));
    },
    [layers, announce, strings],
  );
  const showList = useCallback(
    (show: boolean) => {
      // One view at a time: the list, "who said what", or the map.
      pageHashStore().update({ list: show, said: false }, 'now');
      announce(show ? strings.announce.listView : strings.announce.mapView);
    },
    [announce, strings],
  );
  const showSaid = useCallback(
    (show: boolean) => {
      pageHashStore().update({ said: show, list: false }, 'now');
      announce(show ? strings.said.heading : strings.announce.mapView);
    },
    [announce, strings],
  );
  /** The "who said what" filter: its sides, and the site and phase it shares with the map. */
  const filterSaid = useCallback(
    (change: { sides?: ReadonlySet<Side>; site?: string | null; phase?: number | null }) => pageHashStore().update(change, 'now'),
    [],
  );
  /** Kinds of site whose layer is off. */
  const hiddenKinds = useMemo(() => new Set(siteKinds.filter((k) => !layers.has(k))), [layers]);
  return { layers, list, said, sides, toggleLayer, showList, showSaid, filterSaid, hiddenKinds };
}
