/**
 * The map's accessible twin: the same sites, phases and statements as structured HTML,
 * cross-linked. Selecting here selects on the map (they share the view in the URL) and the other
 * way round. Loaded the first time a reader opens it.
 */
import type { Phase, Site, Source, Statement } from '../data/schema';
import { formatDate } from '../data/select';
import type { SiteEmphasis } from '../data/select';
import { useStrings } from '../i18n';
import { emphasisNote } from '../ui/SiteList';
import { EventList } from '../ui/EventList';
import { Glossary } from '../ui/Glossary';
import { SourceRefs } from '../ui/SourceRefs';
import { StatementList } from '../ui/StatementList';
import { TermText } from '../ui/TermText';

export interface ListViewProps {
  sites: Site[];
  phases: Phase[];
  statements: Statement[];
  sources: ReadonlyMap<string, Source>;
  emphasis: (site: Site) => SiteEmphasis;
  selectedSite: string | null;
  selectedPhase: number | null;
  onSelectSite: (id: string) => void;
  onSelectPhase: (phase: number | null) => void;
}

export default function ListView(props: ListViewProps) {
  const { sites, phases, statements, sources, emphasis, selectedSite, selectedPhase, onSelectSite, onSelectPhase } = props;
  const strings = useStrings();
  const t = strings.list;
  const phaseName = (id: number) => phases.find((p) => p.id === id)?.name ?? String(id);
  const siteButton = (id: string) => {
    const s = sites.find((x) => x.id === id);
    return (
      <button key={id} type="button" className="link-button" aria-pressed={id === selectedSite} onClick={() => onSelectSite(id)}>
        {s?.name ?? id}
      </button>
    );
  };
  const phaseButton = (id: number) => (
    <button key={id} type="button" className="link-button" aria-pressed={id === selectedPhase} onClick={() => onSelectPhase(id)}>
      {phaseName(id)}
    </button>
  );
  const joined = (nodes: React.ReactNode[]) => nodes.flatMap((n, i) => (i ? [', ', n] : [n]));

  return (
    <div className="list-view" data-testid="list-view">
      <h2 id="list-heading">{t.heading}</h2>
      <table className="list-table">
        <caption>{t.sitesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{strings.country}</th>
            <th scope="col">{strings.role}</th>
            <th scope="col">{strings.phases}</th>
            <th scope="col">{strings.status}</th>
            <th scope="col">{t.dates}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => {
            const note = emphasisNote(emphasis(s), strings);
            return (
              <tr key={s.id} data-list-site={s.id} className={s.id === selectedSite ? 'selected' : undefined} aria-current={s.id === selectedSite ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" aria-pressed={s.id === selectedSite} onClick={() => onSelectSite(s.id)} aria-label={t.select(s.name)}>
                    {s.name}
                  </button>
                  {s.id === selectedSite && <span className="tag"> {t.selected}</span>}
                  {note && <span className="muted"> ({note})</span>}
                </th>
                <td>{s.country}</td>
                <td>
                  <TermText text={s.role} />. <TermText text={s.system} />
                </td>
                <td>{joined(s.phases.map(phaseButton))}</td>
                <td>{s.status}</td>
                <td>
                  <EventList events={s.dates} sources={sources} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <table className="list-table">
        <caption>{t.phasesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.phase}</th>
            <th scope="col">{strings.planned}</th>
            <th scope="col">{strings.actual}</th>
            <th scope="col">{strings.sitesHeading}</th>
          </tr>
        </thead>
        <tbody>
          {phases.map((p) => (
            <tr key={p.id} data-list-phase={p.id} aria-current={p.id === selectedPhase ? 'true' : undefined}>
              <th scope="row">{phaseButton(p.id)}</th>
              <td>
                {p.plannedYear}: <TermText text={p.interceptor} />; <TermText text={p.sensors} />{' '}
                <small>
                  <SourceRefs ids={p.plannedSources} sources={sources} />
                </small>
              </td>
              <td>
                <span className={`outcome outcome-${p.outcome}`}>{strings.outcome[p.outcome]}</span>: {p.outcomeSummary}
                <EventList events={p.actual} sources={sources} />
              </td>
              <td>{joined(sites.filter((s) => s.phases.includes(p.id)).map((s) => siteButton(s.id)))}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="list-statements-heading">
        <h3 id="list-statements-heading">{t.statementsHeading}</h3>
        <ul className="list-statements">
          {statements.map((s) => (
            <li key={s.id} data-list-statement={s.id}>
              <StatementList statements={[s]} sources={sources} empty="" />
              <p className="about">
                {t.about}: {s.sites.length + s.phases.length ? joined([...s.sites.map(siteButton), ...s.phases.map(phaseButton)]) : t.aboutPlan}
                {' · '}
                <time dateTime={s.date}>{formatDate(s.date, strings.locale)}</time>
              </p>
            </li>
          ))}
        </ul>
      </section>
      <Glossary sources={sources} idPrefix="list-glossary" />
    </div>
  );
}
