/**
 * The map's accessible twin: the same sites, phases and statements as structured HTML,
 * cross-linked. Selecting here selects on the map (they share the view in the URL) and the other
 * way round; the marks of certainty carry their notes as text, and the corrections close it.
 * Loaded the first time a reader opens it, to keep the first view small.
 */
import { useEffect, useRef } from 'react';
import type { Phase, Site, Source, Statement } from '../data/schema';
import { factsCheckedOn } from '../data/select';
import { formatDate } from '../i18n/dates';
import type { SitePhaseChoice } from '../ui/site-phase-choice';
import { useStrings } from '../i18n';
import { emphasisNote } from '../ui/SiteList';
import { siteNoteAt } from '../i18n/format';
import { useTimeline } from '../state/timeline-context';
import { PhaseStateTag } from '../ui/PhaseTimeline';
import { CertaintyMark } from '../ui/CertaintyMark';
import { DataDownload } from '../export/DataDownload';
import { EventList } from '../ui/EventList';
import { FactsChecked } from '../ui/FactsChecked';
import { CORRECTIONS_SECTION } from '../ui/list-section';
import { Glossary } from '../ui/Glossary';
import { SourceRefs } from '../ui/SourceRefs';
import { StatementList } from '../ui/StatementList';
import { TermText } from '../ui/TermText';
import { ListCorrections } from './ListCorrections';
import { ListCell, ListHead } from './ListTable';

export interface ListViewProps extends SitePhaseChoice {
  sites: Site[];
  phases: Phase[];
  statements: Statement[];
  sources: ReadonlyMap<string, Source>;
  /** A section a link asked to open the list at (the corrections), or null. */
  section: string | null;
  /** Opens the list at a section. */
  onShowSection: (section: string) => void;
  /** The section asked for is on screen: the request is done. */
  onSectionShown: () => void;
}

export default function ListView(props: ListViewProps) {
  const { sites, phases, statements, sources, emphasis, selectedSite, selectedPhase, onSelectSite, onSelectPhase, section, onShowSection, onSectionShown } = props;
  const strings = useStrings();
  const timeline = useTimeline();
  const t = strings.list;
  const checkedOn = factsCheckedOn(sites);
  const correctionsHeading = useRef<HTMLHeadingElement>(null);
  const showCorrections = () => onShowSection(CORRECTIONS_SECTION);
  // A link (here, in a panel or in an embed's credit line) asked for the corrections.
  useEffect(() => {
    if (section === null) return;
    if (section === CORRECTIONS_SECTION) {
      correctionsHeading.current?.focus();
      correctionsHeading.current?.scrollIntoView({ block: 'start' });
    }
    onSectionShown();
  }, [section, onSectionShown]);
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
  // Each table's column names: its heading row, and each cell's label where a row is a card.
  const siteColumns = [t.name, strings.country, strings.role, strings.phases, strings.status, t.dates] as const;
  const phaseColumns = [t.phase, strings.planned, strings.actual, strings.sitesHeading] as const;

  return (
    <div className="list-view" data-testid="list-view">
      <h2 id="list-heading">{t.heading}</h2>
      {checkedOn && <FactsChecked date={checkedOn} onShowCorrections={showCorrections} />}
      <DataDownload data={{ sites, phases, statements, sources }} as="section" />
      <table className="list-table">
        <caption>{t.sitesCaption}</caption>
        <ListHead columns={siteColumns} />
        <tbody>
          {sites.map((s) => {
            const at = timeline?.sites.get(s.id);
            const note = at ? siteNoteAt(at, strings) : emphasisNote(emphasis(s), strings);
            return (
              <tr key={s.id} data-list-site={s.id} className={s.id === selectedSite ? 'selected' : undefined} aria-current={s.id === selectedSite ? 'true' : undefined}>
                <th scope="row">
                  <button type="button" aria-pressed={s.id === selectedSite} onClick={() => onSelectSite(s.id)} aria-label={t.select(s.name)}>
                    {s.name}
                  </button>
                  {s.id === selectedSite && <span className="tag"> {t.selected}</span>}
                  {note && <span className="muted"> ({note})</span>}
                </th>
                <ListCell label={siteColumns[1]}>{s.country}</ListCell>
                <ListCell label={siteColumns[2]}>
                  <TermText text={s.role} />. <TermText text={s.system} />
                </ListCell>
                <ListCell label={siteColumns[3]}>{joined(s.phases.map(phaseButton))}</ListCell>
                <ListCell label={siteColumns[4]} data-list-status={s.id}>
                  {s.status}
                  {s.statusCertainty && (
                    <>
                      {' '}
                      <CertaintyMark certainty={s.statusCertainty} sources={sources} inline />
                    </>
                  )}{' '}
                  <small>
                    (<SourceRefs ids={s.statusSources} sources={sources} />)
                  </small>{' '}
                  <small className="checked">{strings.editorial.statusChecked(formatDate(s.statusChecked, strings.locale))}</small>
                </ListCell>
                <ListCell label={siteColumns[5]}>
                  <EventList events={s.dates} sources={sources} inlineMarks />
                </ListCell>
              </tr>
            );
          })}
        </tbody>
      </table>

      <table className="list-table">
        <caption>{t.phasesCaption}</caption>
        <ListHead columns={phaseColumns} />
        <tbody>
          {phases.map((p) => (
            <tr key={p.id} data-list-phase={p.id} aria-current={p.id === selectedPhase ? 'true' : undefined}>
              <th scope="row">{phaseButton(p.id)}</th>
              <ListCell label={phaseColumns[1]}>
                {p.plannedYear}{' '}
                <small>
                  (<SourceRefs ids={p.plannedSources.plannedYear} sources={sources} />)
                </small>
                : <TermText text={p.interceptor} />{' '}
                <small>
                  (<SourceRefs ids={p.plannedSources.interceptor} sources={sources} />)
                </small>
                ;{' '}
                {p.sensors ? (
                  <>
                    <TermText text={p.sensors} />{' '}
                    <small>
                      (<SourceRefs ids={p.plannedSources.sensors ?? []} sources={sources} />)
                    </small>
                  </>
                ) : (
                  <span className="muted">{strings.editorial.noWording}</span>
                )}
              </ListCell>
              <ListCell label={phaseColumns[2]}>
                {timeline && <>{<PhaseStateTag state={timeline.phases.get(p.id) ?? null} />} </>}
                <span className={`outcome outcome-${p.outcome}`}>{strings.outcome[p.outcome]}</span>: {p.outcomeSummary}
                <EventList events={p.actual} sources={sources} inlineMarks />
              </ListCell>
              <ListCell label={phaseColumns[3]}>{joined(sites.filter((s) => s.phases.includes(p.id)).map((s) => siteButton(s.id)))}</ListCell>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="list-statements-heading">
        <h3 id="list-statements-heading">{t.statementsHeading}</h3>
        <ul className="list-statements">
          {statements.map((s) => (
            <li key={s.id} data-list-statement={s.id}>
              <StatementList statements={[s]} sources={sources} empty="" inlineMarks />
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
      <ListCorrections headingRef={correctionsHeading} />
    </div>
  );
}
