import type { RefObject } from 'react';
import { statementsForPhase, statementsForSite } from '../data/select';
import type { Phase, Site } from '../data/select';
import { Panel } from '../ui/Panel';
import { PhaseDetails } from '../ui/PhaseDetails';
import { SiteDetails } from '../ui/SiteDetails';
import type { AppData } from '../data/app-data';

export interface SelectionPanelProps {
  data: AppData;
  /** The site to show; else the phase. */
  site: Site | null;
  phase: Phase | null;
  takeFocus: boolean;
  onClose: () => void;
  /** Opens the corrections (absent in an embed: they are in the full map). */
  onShowCorrections?: () => void;
  /** Given the panel's element (see Panel). */
  elementRef?: RefObject<HTMLElement | null>;
}

/**
 * The panel for the selected site, or else the chosen phase. One panel element for both:
 * switching between them replaces its content only, not the whole aside (fewer DOM removals per
 * switch). Nothing when neither is chosen.
 */
export function SelectionPanel({ data, site, phase, takeFocus, onClose, onShowCorrections, elementRef }: SelectionPanelProps) {
  if (!site && !phase) return null;
  return (
    <Panel title={site ? `${site.name}, ${site.country}` : `${phase!.name}: ${phase!.interceptor}`} takeFocus={takeFocus} onClose={onClose} elementRef={elementRef}>
      {site ? (
        <SiteDetails site={site} phases={data.phasesById} statements={statementsForSite(data.statements, site.id)} sources={data.sourcesById} statementsLoading={!data.statementsRead} onShowCorrections={onShowCorrections} />
      ) : (
        <PhaseDetails phase={phase!} statements={statementsForPhase(data.statements, phase!.id)} sources={data.sourcesById} statementsLoading={!data.statementsRead} />
      )}
    </Panel>
  );
}
