import type { SiteKind } from '../data/schema';
import { SYMBOL_BOX, SYMBOL_PATHS } from './symbols';

/** One shape and colour per kind of site, shared by the map markers, the list and the legend. */
export function SiteSymbol({ kind, size = 22, ref }: { kind: SiteKind; size?: number; ref?: React.Ref<SVGSVGElement> }) {
  return (
    <svg ref={ref} className={`site-symbol kind-${kind}`} width={size} height={size} viewBox={`0 0 ${SYMBOL_BOX} ${SYMBOL_BOX}`} aria-hidden="true" focusable="false">
      <path d={SYMBOL_PATHS[kind]} />
    </svg>
  );
}
