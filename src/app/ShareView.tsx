import type { RefObject } from 'react';
import type { Phase, Site, SiteEmphasis } from '../data/select';
import type { SiteKind } from '../data/schema';
import type { Month } from '../data/timeline';
import { viewCaption, viewTitle } from '../export/describe-view';
import type { ExportSize } from '../export/export-png';
import { exportRequestFor } from '../export/request';
import { usePlaceNames, useStrings } from '../i18n';
import type { OverlayInput } from '../map/overlay-layers';
import type { Camera } from '../state/url-state';
import { ShareDialog } from '../export/ShareDialog';
import type { AppData } from '../data/app-data';
import { useTimeline } from '../state/timeline-context';
import { siteNoteAt } from '../i18n/format';

export interface ShareViewProps {
  /** The hash of the view being shared, taken when Share was pressed. */
  viewHash: string;
  onClose: () => void;
  data: AppData | null;
  site: Site | null;
  phase: Phase | null;
  /** The view in words. */
  description: string;
  /** The camera the reader chose, if any: otherwise the image fits all sites in its own frame. */
  camera: Camera | null;
  /** Kinds of site whose layer is off: not drawn in the image. */
  hiddenKinds: ReadonlySet<SiteKind>;
  emphasis: (site: Site) => SiteEmphasis;
  overlays: OverlayInput | null;
  /** The date the map shows, or null for today. */
  at: Month | null;
  /** The live map could not start: no image can be drawn. */
  mapFailed: boolean;
  /** The element the map fills on screen: the image shows at least what it shows. */
  mapArea: RefObject<HTMLElement | null>;
}

/**
 * The share dialog for the view on screen: its link, its citation, its data, and an image of what
 * the map shows. Loaded with the dialog, on the first press of Share.
 */
export default function ShareView({ viewHash, onClose, data, site, phase, description, camera, hiddenKinds, emphasis, overlays, at, mapFailed, mapArea }: ShareViewProps) {
  const strings = useStrings();
  const places = usePlaceNames();
  const timeline = useTimeline();
  const exportRequest = (size: ExportSize) =>
    exportRequestFor(size, {
      mapArea: mapArea.current,
      sites: data?.sites ?? [],
      camera,
      // What is on screen: sites whose layer is off are not drawn; the illustrative layers are.
      emphasis: (s) => (hiddenKinds.has(s.kind) ? 'hidden' : emphasis(s)),
      overlays: overlays ?? undefined,
      title: viewTitle(strings, at),
      caption: viewCaption(strings, phase, site),
      contents: { site, phase },
      sourcesById: data?.sourcesById ?? new Map(),
      article: data?.article,
      strings,
      places,
      dimmedFor: 'phase',
      stateNote: (s) => {
        const then = timeline?.sites.get(s.id);
        return then && siteNoteAt(then, strings);
      },
    });
  return (
    <ShareDialog
      onClose={onClose}
      viewHash={viewHash}
      description={description}
      // A map of a date says which in its file's name, before the day it was made: "…_2019-01_…".
      fileParts={[at, phase?.name ?? null, site?.localName ?? site?.name ?? null]}
      exportRequest={mapFailed ? null : exportRequest}
      data={data && { sites: data.sites, phases: data.phases, statements: data.statements, sources: data.sourcesById }}
    />
  );
}
