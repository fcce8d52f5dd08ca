import { useId, useState } from 'react';
import type { Phase, SiteKind } from '../data/schema';
import { useStrings } from '../i18n';
import type { Layer } from '../state/url-state';
import { LayerControl } from './LayerControl';

export interface MapControlBarProps {
  /** Null until the data is in: the bar keeps its room meanwhile, so nothing below it moves. */
  phases: Phase[] | null;
  selectedPhase: number | null;
  onSelectPhase: (phase: number | null) => void;
  layers: ReadonlySet<Layer>;
  onToggleLayer: (layer: Layer) => void;
  kinds: SiteKind[];
}

/**
 * A phone's controls within reach of the map, directly under it: the phase as one row of buttons,
 * and the layer switches behind one button. The sidebar further down keeps the phases in full.
 */
export function MapControlBar({ phases, selectedPhase, onSelectPhase, layers, onToggleLayer, kinds }: MapControlBarProps) {
  const strings = useStrings();
  const [layersOpen, setLayersOpen] = useState(false);
  const layersId = useId();
  const phaseLabelId = useId();
  return (
    <div className="map-control-bar" role="group" aria-label={strings.realUse.mapControls} data-testid="map-control-bar">
      <div className="bar-row" role="group" aria-labelledby={phaseLabelId}>
        <span id={phaseLabelId} className="bar-label">
          {strings.realUse.phase}
        </span>
        {phases && (
          <>
            <button type="button" aria-pressed={selectedPhase === null} onClick={() => onSelectPhase(null)} data-bar-phase="all">
              {strings.realUse.allShort}
            </button>
            {phases.map((p) => (
              <button key={p.id} type="button" aria-pressed={selectedPhase === p.id} aria-label={p.name} onClick={() => onSelectPhase(p.id)} data-bar-phase={p.id}>
                {p.id}
              </button>
            ))}
          </>
        )}
      </div>
      <div className="bar-row">
        <button type="button" className="disclosure" aria-expanded={layersOpen} aria-controls={layersId} onClick={() => setLayersOpen((o) => !o)} disabled={!phases}>
          {strings.layers.heading}
        </button>
      </div>
      <div id={layersId} hidden={!layersOpen}>
        {layersOpen && <LayerControl layers={layers} onToggle={onToggleLayer} kinds={kinds} />}
      </div>
    </div>
  );
}
