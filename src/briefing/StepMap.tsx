/**
 * A step's map in small, for the presenter: the static basemap at the step's camera, its sites as
 * the audience sees them (the step's own ones standing out, on the step's date if it has one).
 * Drawn without WebGL, so two of them cost the presenter's window next to nothing.
 */
import { useMemo } from 'react';
import type { Phase, Site, Source, TourStep } from '../data/schema';
import { StaticView } from '../map/StaticView';
import { TimelineContext } from '../state/timeline-context';
import { stepView } from './step-view';
import { cameraBounds } from '../map/viewport';

/**
 * The audience's map on a 1920 x 1080 projector (the briefing's map column): a step's camera is
 * chosen for it, so the small map shows the box that camera shows there, not that zoom in a small frame.
 */
const ROOM_MAP = { width: 1190, height: 1010 };

export interface StepMapProps {
  step: TourStep;
  sites: Site[];
  phases: readonly Phase[];
  sources: ReadonlyMap<string, Source>;
  label: string;
}

export function StepMap({ step, sites, phases, sources, label }: StepMapProps) {
  const { timeline, emphasis } = useMemo(() => stepView({ sites, phases, sourcesById: sources }, step), [sites, phases, sources, step]);
  const frame = step.camera ? cameraBounds(step.camera, ROOM_MAP) : null;
  return (
    <TimelineContext.Provider value={timeline}>
      <div className="presenter-map">
        <StaticView sites={sites} emphasis={emphasis} selectedSite={null} camera={null} frame={frame} markers label={label} dark={false} />
      </div>
    </TimelineContext.Provider>
  );
}
