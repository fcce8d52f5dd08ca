import type { Phase, Site, Source, Statement } from '../data/schema';
import { formatDate } from '../i18n/dates';
import { useStrings } from '../i18n';
import { CertaintyMark } from './CertaintyMark';
import { EventList } from './EventList';
import { FactsChecked } from './FactsChecked';
import { SourceRefs } from './SourceRefs';
import { Statements } from './Statements';
import { SiteSymbol } from '../theme/SiteSymbol';
import { TermText } from './TermText';
import { siteNoteAt } from '../i18n/format';
import { useTimeline } from '../state/timeline-context';

export interface SiteDetailsProps {
  site: Site;
  phases: ReadonlyMap<number, Phase>;
  statements: Statement[];
  /** The statements are still being read. */
  statementsLoading?: boolean;
  sources: ReadonlyMap<string, Source>;
  /** Opens the list view at its corrections (from the panel's credit line). */
  onShowCorrections?: () => void;
}

function formatPosition(site: Site): string {
  const lat = `${Math.abs(site.lat).toFixed(4)}° ${site.lat >= 0 ? 'N' : 'S'}`;
  const lon = `${Math.abs(site.lon).toFixed(4)}° ${site.lon >= 0 ? 'E' : 'W'}`;
  return `${lat}, ${lon}`;
}

/** Everything known about one site, each fact with its source, then what was said about it. */
export function SiteDetails({ site, phases, statements, statementsLoading = false, sources, onShowCorrections }: SiteDetailsProps) {
  const strings = useStrings();
  // On a past month the panel says what the site was then, and labels today's status as today's.
  const timeline = useTimeline();
  const then = timeline?.sites.get(site.id);
  return (
    <div className="site-details" data-site-details={site.id}>
      <p className="full-name">
        <SiteSymbol kind={site.kind} size={18} /> <span><TermText text={site.fullName} /></span>
      </p>
      <dl className="facts">
        {site.localName && (
          <>
            <dt>{strings.languages.localName}</dt>
            <dd data-testid="site-local-name">{site.localName}</dd>
          </>
        )}
        <dt>{strings.country}</dt>
        <dd>{site.country}</dd>
        <dt>{strings.role}</dt>
        <dd>
          <TermText text={site.role} />
        </dd>
        <dt>{strings.system}</dt>
        <dd>
          <TermText text={site.system} />
        </dd>
        {timeline && then && (
          <>
            <dt>{strings.editorial.statusAt(formatDate(timeline.at, strings.locale))}</dt>
            <dd data-testid="site-status-then" data-state={then.state ?? 'none'}>
              {siteNoteAt(then, strings)}
            </dd>
          </>
        )}
        <dt>{timeline ? strings.editorial.statusToday : strings.status}</dt>
        <dd data-testid="site-status">
          <TermText text={site.status} />
          {site.statusCertainty && (
            <>
              {' '}
              <CertaintyMark certainty={site.statusCertainty} sources={sources} />
            </>
          )}{' '}
          <small>
            (<SourceRefs ids={site.statusSources} sources={sources} />)
          </small>{' '}
          <small className="checked">{strings.editorial.statusChecked(formatDate(site.statusChecked, strings.locale))}</small>
        </dd>
        <dt>{strings.phases}</dt>
        <dd>{site.phases.map((p) => phases.get(p)?.name ?? String(p)).join(', ')}</dd>
        <dt>{strings.position}</dt>
        <dd data-testid="site-position">
          {formatPosition(site)}
          {site.positionCertainty && (
            <>
              {' '}
              <CertaintyMark certainty={site.positionCertainty} sources={sources} />
            </>
          )}{' '}
          <small>(<SourceRefs ids={site.positionSources} sources={sources} />)</small>
        </dd>
      </dl>
      <p className="fact-sources" data-testid="role-sources">
        <small>
          <SourceRefs ids={site.sources} sources={sources} />
        </small>
      </p>
      {site.dates.length > 0 && (
        <>
          <h3>{strings.keyDates}</h3>
          <EventList events={site.dates} sources={sources} />
        </>
      )}
      <h3>{strings.statements}</h3>
      <Statements statements={statements} sources={sources} empty={strings.noStatementsSite} loading={statementsLoading} />
      <FactsChecked date={site.statusChecked} onShowCorrections={onShowCorrections} />
    </div>
  );
}
