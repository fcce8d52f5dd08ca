import { Suspense, lazy, useCallback, useMemo } from 'react';
import { useStrings } from '../i18n';
import { hasWebGL } from '../map/webgl';
import { pageHashStore } from '../state/useHashState';
import { EMPTY_STATE, serializeHashState } from '../state/url-state';
import type { TourRef } from '../state/url-state';
import type { AppData } from '../data/app-data';

// Loaded only when a briefing starts.
const Briefing = lazy(() => import('../briefing/Briefing'));

export interface BriefingModeProps {
  data: AppData | null;
  /** The tour and step the URL asks for (step from 1). */
  at: TourRef;
  /** This is the presenter's second window. */
  presenter: boolean;
}

/** Briefing mode: `#tour=<tour id>:<step>`, and `presenter=1` in the speaker's window. */
export function BriefingMode({ data, at, presenter }: BriefingModeProps) {
  const strings = useStrings();
  const go = useCallback((tour: TourRef) => pageHashStore().update({ tour }, 'now'), []);
  const exit = useCallback(() => {
    if (presenter) window.close();
    else pageHashStore().update({ tour: null, presenter: false }, 'now');
  }, [presenter]);
  const openPresenter = useCallback((tour: TourRef) => {
    const hash = serializeHashState({ ...EMPTY_STATE, lang: pageHashStore().get().lang, tour, presenter: true });
    window.open(`${window.location.pathname}${window.location.search}${hash}`, 'epaa-presenter', 'popup,width=1100,height=760');
  }, []);
  // The editor lives in the app beside the live map; the one-file package has none.
  const edit = useMemo(() => (__SINGLE_FILE__ || presenter ? undefined : () => pageHashStore().update({ tour: null, presenter: false, edit: true }, 'now')), [presenter]);
  const loading = <p role="status" className="loading briefing-status">{strings.briefing.loading}</p>;
  if (!data) return loading;
  return (
    <Suspense fallback={loading}>
      <Briefing data={data} at={at} presenter={presenter} webgl={hasWebGL()} onGo={go} onExit={exit} onOpenPresenter={openPresenter} onEdit={edit} />
    </Suspense>
  );
}
