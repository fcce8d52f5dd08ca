import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Messages } from '../i18n/messages/en';
import { siteKinds } from '../data/schema';
import { replaceHash } from './useUrlView';
import { formatLayers, parseExploreKeys, withHashKeys } from './url-state';
import type { Layer } from './url-state';

/**
 * The layers and the list view (issue #5), kept in the URL (`layers=`, `list=1`); each change is
 * announced to screen readers through `announce`.
 */
export function useExploreKeys(announce: (text: string) => void, strings: Messages) {
  const [explore, setExplore] = useState(() => parseExploreKeys(window.location.hash));
  useEffect(() => {
    const read = () => setExplore(parseExploreKeys(window.location.hash));
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const toggleLayer = useCallback(
    (layer: Layer) => {
      const layers = new Set(explore.layers);
      const on = !layers.has(layer);
      if (on) layers.add(layer);
      else layers.delete(layer);
      replaceHash(withHashKeys(window.location.hash, { layers: formatLayers(layers) }));
      setExplore((e) => ({ ...e, layers }));
      announce((on ? strings.announce.layerOn : strings.announce.layerOff)(strings.layers[layer]));
    },
    [explore.layers, announce, strings],
  );
  const showList = useCallback(
    (list: boolean) => {
      replaceHash(withHashKeys(window.location.hash, { list: list ? '1' : null }));
      setExplore((e) => ({ ...e, list }));
      announce(list ? strings.announce.listView : strings.announce.mapView);
    },
    [announce, strings],
  );
  /** Kinds of site whose layer is off. */
  const hiddenKinds = useMemo(() => new Set(siteKinds.filter((k) => !explore.layers.has(k))), [explore.layers]);
  return { explore, toggleLayer, showList, hiddenKinds };
}
