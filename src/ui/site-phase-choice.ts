import type { Site, SiteEmphasis } from '../data/select';

/**
 * What every view of the sites (the sidebar, the map area, the list) is given to show and change
 * the reader's choice of site and phase: one set of props, passed on as it is.
 */
export interface SitePhaseChoice {
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  selectedPhase: number | null;
  onSelectSite: (id: string) => void;
  onSelectPhase: (phase: number | null) => void;
}
