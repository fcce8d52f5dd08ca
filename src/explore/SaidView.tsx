/**
 * "Who said what": every statement on one timeline, by year, filterable by side, site and phase.
 * The site and phase are the reader's choice on the map and in the list (one view in the URL), so
 * choosing here chooses there and the other way round; the sides are kept in the URL (`sides=`).
 * Loaded the first time a reader opens it.
 */
import type { Phase, Side, Site, Source, Statement } from '../data/schema';
import { statementsSaid } from '../data/select';
import { SIDES } from '../data/sides';
import { useStrings } from '../i18n';
import { StatementList } from '../ui/StatementList';
import { CopyField } from '../ui/CopyField';
import { statementCitation } from '../export/statement-cite';
import './said.css';

export interface SaidViewProps {
  sites: Site[];
  phases: Phase[];
  statements: Statement[];
  sources: ReadonlyMap<string, Source>;
  /** The statements are still being read. */
  loading: boolean;
  sides: ReadonlySet<Side>;
  site: string | null;
  phase: number | null;
  /** Changes the filter: the sides, the site or the phase (null for any). */
  onFilter: (change: { sides?: ReadonlySet<Side>; site?: string | null; phase?: number | null }) => void;
  /** Shows a site on the map. */
  onShowSite: (id: string) => void;
}

export default function SaidView({ sites, phases, statements, sources, loading, sides, site, phase, onFilter, onShowSite }: SaidViewProps) {
  const strings = useStrings();
  const t = strings.said;
  const shown = statementsSaid(statements, { sides, site, phase });
  // Only the sides the record has, in a fixed order; none chosen means every side.
  const present = SIDES.filter((x) => statements.some((s) => s.sides?.includes(x)));
  const toggle = (side: Side, on: boolean) => {
    const next = new Set(sides.size ? sides : present);
    if (on) next.add(side);
    else next.delete(side);
    onFilter({ sides: next.size === present.length ? new Set() : next });
  };
  const years = [...new Set(shown.map((s) => s.date.slice(0, 4)))];
  const siteName = (id: string) => sites.find((s) => s.id === id)?.name ?? id;
  // Where a reader found the statements: this view, with no filter of its own.
  const pageUrl = `${window.location.origin}${window.location.pathname}#said=1`;
  const accessed = new Date();

  return (
    <div className="list-view said-view" data-testid="said-view">
      <h2 id="said-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <div className="said-filters">
        <fieldset className="said-sides">
          <legend>{t.sidesLegend}</legend>
          {present.map((x) => (
            <label key={x}>
              <input type="checkbox" data-side={x} checked={sides.size === 0 || sides.has(x)} onChange={(e) => toggle(x, e.target.checked)} /> {t.sides[x]}
            </label>
          ))}
        </fieldset>
        <label>
          {t.site}{' '}
          <select data-filter="site" value={site ?? ''} onChange={(e) => onFilter({ site: e.target.value || null })}>
            <option value="">{t.anySite}</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.phase}{' '}
          <select data-filter="phase" value={phase ?? ''} onChange={(e) => onFilter({ phase: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t.anyPhase}</option>
            {phases.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="said-count">
        {loading ? t.loading : t.count(shown.length)}
      </p>
      {!loading && shown.length === 0 && <p className="muted">{t.none}</p>}
      <ol className="said-timeline">
        {years.map((year) => (
          <li key={year}>
            <h3>{year}</h3>
            <ul className="list-statements">
              {shown
                .filter((s) => s.date.startsWith(year))
                .map((s) => (
                  <li key={s.id} data-said-statement={s.id}>
                    <StatementList statements={[s]} sources={sources} empty="" inlineMarks />
                    {s.sites.length > 0 && (
                      <p className="about">
                        {strings.list.about}:{' '}
                        {s.sites.flatMap((id, i) => [
                          i ? ', ' : '',
                          <button key={id} type="button" className="link-button" onClick={() => onShowSite(id)}>
                            {siteName(id)}
                          </button>,
                        ])}
                      </p>
                    )}
                    <details className="statement-cite">
                      <summary>{t.cite}</summary>
                      <CopyField label={t.cite} value={statementCitation(s, sources.get(s.source), strings, pageUrl, accessed)} multiline />
                    </details>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
