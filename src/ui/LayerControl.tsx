import { memo } from 'react';
import { LAYERS } from '../state/url-state';
import type { Layer } from '../state/url-state';
import { siteKinds } from '../data/schema';
import type { SiteKind } from '../data/schema';
import { useStrings } from '../i18n';
import { SiteSymbol } from '../theme/SiteSymbol';

export interface LayerControlProps {
  layers: ReadonlySet<Layer>;
  onToggle: (layer: Layer) => void;
  /** Kinds of site in the data; a kind with no sites gets no switch. */
  kinds: SiteKind[];
}

const isKind = (l: Layer): l is SiteKind => (siteKinds as readonly string[]).includes(l);

/** One switch per layer; the state lives in the URL's `layers=` key. */
export const LayerControl = memo(function LayerControl({ layers, onToggle, kinds }: LayerControlProps) {
  const strings = useStrings();
  return (
    <fieldset className="layer-control">
      <legend>{strings.layers.heading}</legend>
      {LAYERS.filter((l) => !isKind(l) || kinds.includes(l)).map((l) => (
        <label key={l} className={`layer-${l}`}>
          <input type="checkbox" checked={layers.has(l)} onChange={() => onToggle(l)} data-layer={l} />
          {isKind(l) ? <SiteSymbol kind={l} size={16} /> : <span className={`layer-swatch swatch-${l}`} aria-hidden="true" />}
          {strings.layers[l]}
        </label>
      ))}
    </fieldset>
  );
});
