import { useCallback, useMemo } from 'react';
import type { Messages } from '../i18n/messages/en';
import { siteKinds } from '../data/schema';
import { pageHashStore } from '../state/useHashState';
import type { HashState, Layer } from '../state/url-state';

/**
 * The layers and the list view, kept in the URL (`layers=`, `list=1`); each change is announced
 * to screen readers through `announce`.
 */
export function useExplore(hash: HashState, announce: (text: string) => void, strings: Messages) {
  const { layers, list } = hash;
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
      pageHashStore().update({ list: show }, 'now');
      announce(show ? strings.announce.listView : strings.announce.mapView);
    },
    [announce, strings],
  );
  /** Kinds of site whose layer is off. */
  const hiddenKinds = useMemo(() => new Set(siteKinds.filter((k) => !layers.has(k))), [layers]);
  return { layers, list, toggleLayer, showList, hiddenKinds };
}
