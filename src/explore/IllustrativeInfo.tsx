/**
 * What the illustrative layers show, in words: each ring's figure, centre, caveat and
 * sources, and each radar line's length. Loaded with the layers (it needs Turf).
 */
import type { RangeRing, Site, Source } from '../data/schema';
import { radarLines, ringCentre } from '../geo/overlays';
import { useStrings } from '../i18n';
import { formatKm, formatMeasured } from '../i18n/format';
import { SourceRefs } from '../ui/SourceRefs';

export interface IllustrativeInfoProps {
  ranges: RangeRing[];
  sites: Site[];
  sources: ReadonlyMap<string, Source>;
  showRanges: boolean;
  showLines: boolean;
}

export default function IllustrativeInfo({ ranges, sites, sources, showRanges, showLines }: IllustrativeInfoProps) {
  const strings = useStrings();
  const t = strings.ranges;
  const name = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  return (
    <section className="illustrative-info" aria-labelledby="illustrative-heading" data-testid="illustrative-info">
      <h2 id="illustrative-heading">{t.heading}</h2>
      <p className="illustrative">{t.intro}</p>
      {showRanges && (
        <ul className="ring-list">
          {ranges.map((r) => {
            const c = ringCentre(r, sites);
            return (
              <li key={r.id} data-ring={r.id} className={`group-${r.group}`}>
                <strong>{t.ring(r.label, formatKm(r.km, strings))}</strong> ({strings.illustrativeTag}). {r.group === 'defence' ? t.defence : t.threat}.{' '}
                {c && t.around(c.label)} {r.note}{' '}
                {'label' in r.centre && r.centre.note && <span className="caveat">{r.centre.note}</span>}
                <small>
                  <SourceRefs ids={r.sources} sources={sources} />
                  {'label' in r.centre && (
                    <>
                      {'; '}
                      <SourceRefs ids={r.centre.sources} sources={sources} label={r.centre.label} />
                    </>
                  )}
                </small>
              </li>
            );
          })}
        </ul>
      )}
      {showLines && (
        <>
          <p>{t.linesNote}</p>
          <ul className="line-list">
            {/* The same lines, and lengths, as the map draws. */}
            {radarLines(sites).features.map(({ properties: l }) => (
              <li key={l.id} data-line={l.id}>
                {t.line(name(l.from), name(l.to), formatMeasured(l.km, strings))} ({strings.illustrativeTag})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
