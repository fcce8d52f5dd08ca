import type { SiteKind } from '../data/schema';

/** One shape and colour per kind of site, shared by the map markers, the list and the legend. */
export function SiteSymbol({ kind, size = 22 }: { kind: SiteKind; size?: number }) {
  return (
    <svg className={`site-symbol kind-${kind}`} width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {kind === 'interceptor' && <path d="M12 2 L22 21 H2 Z" />}
      {kind === 'radar' && <path d="M12 1 L23 12 L12 23 L1 12 Z" />}
      {kind === 'naval' && <rect x="3" y="3" width="18" height="18" rx="2" />}
      {kind === 'command' && <circle cx="12" cy="12" r="10" />}
    </svg>
  );
}
