import type { RefObject } from 'react';
import type { AppData } from '../data/app-data';
import type { Source, Statement } from '../data/schema';
import type { TourStep } from '../data/schema';
import type { ExportSize } from '../export/export-png';
import { exportRequestFor } from '../export/request';
import { ShareDialog } from '../export/ShareDialog';
import { usePlaceNames, useStrings } from '../i18n';
import { stepView } from './step-view';
import { formatTourRef, withHashKeys } from '../state/url-state';

export interface BriefingShareProps {
  data: AppData;
  tourId: string;
  /** The tour is the editor's draft, which lives in this browser only. */
  draft: boolean;
  step: number;
  current: TourStep;
  statements: ReadonlyMap<string, Statement>;
  sources: ReadonlyMap<string, Source>;
  webgl: boolean;
  /** The element the step's map fills on screen: the image shows at least what it shows. */
  mapArea: RefObject<HTMLElement | null>;
  onClose: () => void;
  onEdit?: (() => void) | undefined;
}

/** The share dialog for a briefing's step: its link, citation and data, and an image of its map. */
export function BriefingShare({ data, tourId, draft, step, current, statements, sources, webgl, mapArea, onClose, onEdit }: BriefingShareProps) {
  const strings = useStrings();
  const places = usePlaceNames();
  const exportRequest = (size: ExportSize) =>
    exportRequestFor(size, {
      mapArea: mapArea.current,
      sites: data.sites,
      camera: current.camera ?? null,
      emphasis: stepView(data, current).emphasis,
      title: current.title,
      caption: current.text ?? strings.title,
      contents: {
        phase: current.phase === null ? null : data.phasesById.get(current.phase),
        statements: current.statements.map((id) => statements.get(id)).filter((s) => s !== undefined),
      },
      sourcesById: data.sourcesById,
      article: data.article,
      strings,
      places,
      dimmedFor: 'step',
    });
  return (
    <ShareDialog
      onClose={onClose}
      viewHash={withHashKeys('', { tour: formatTourRef({ id: tourId, step }) })}
      description={strings.share.briefingStep(step, current.title)}
      fileParts={strings.share.briefingFile(step)}
      exportRequest={webgl ? exportRequest : null}
      data={{ sites: data.sites, phases: data.phases, statements: data.statements, sources }}
      note={draft ? <DraftShareNote onEdit={onEdit} /> : undefined}
    />
  );
}

/**
 * A link to the draft opens nothing for anyone else (the draft lives in this browser): Share says
 * so, and points to the editor's one-file download, the way to hand the tour on.
 */
function DraftShareNote({ onEdit }: { onEdit?: (() => void) | undefined }) {
  const t = useStrings().draftShare;
  return (
    <>
      <p>{t.note}</p>
      {onEdit && (
        <p>
          {t.howTo}{' '}
          <button type="button" onClick={onEdit}>
            {t.openEditor}
          </button>
        </p>
      )}
    </>
  );
}
