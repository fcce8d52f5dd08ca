/**
 * "Who said what" where a layout shows it (the full page beside Map and List, an embed over its
 * map): the view's code is loaded only when it is first shown.
 */
import { Suspense, lazy } from 'react';
import { useStrings } from '../i18n';
import type { SaidViewProps } from '../explore/SaidView';
import type { AppData } from '../data/app-data';

const SaidView = lazy(() => import('../explore/SaidView'));

export interface SaidSlotProps extends Pick<SaidViewProps, 'sides' | 'site' | 'phase' | 'onFilter' | 'onShowSite'> {
  data: AppData;
}

export function SaidSlot({ data, ...choice }: SaidSlotProps) {
  const strings = useStrings();
  return (
    <Suspense fallback={<p role="status" className="loading">{strings.loadingData}</p>}>
      <SaidView sites={data.sites} phases={data.phases} statements={data.statements} sources={data.sourcesById} loading={!data.statementsRead} {...choice} />
    </Suspense>
  );
}
