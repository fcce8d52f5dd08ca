/**
 * The measure tool: two points, each a site, the centre of the map or a point picked
 * on the map, and the great-circle distance between them in km and miles. Everything works from
 * the keyboard: the menus pick sites or the map centre; "Pick on the map" is for pointers.
 * Loaded on first use.
 */
import type { Site } from '../data/schema';
import { distanceKm } from '../geo/measure';
import { useStrings } from '../i18n';
import { formatMeasured } from '../i18n/format';
import { measuredEnds } from './measure-state';
import type { MeasureEnd, Measurement } from './measure-state';
import './measure-tool.css';

export interface MeasureToolProps {
  sites: Site[];
  value: Measurement;
  onChange: (m: Measurement) => void;
  /** Which end a click on the map sets next, if picking. */
  picking: 'from' | 'to' | null;
  onPicking: (p: 'from' | 'to' | null) => void;
  /** The centre of the map now, for the "centre of the map" choice. */
  mapCentre: () => [number, number] | null;
}

const valueOf = (end: MeasureEnd | null) => (end === null ? '' : end.kind === 'site' ? `site:${end.id}` : 'point');

export default function MeasureTool({ sites, value, onChange, picking, onPicking, mapCentre }: MeasureToolProps) {
  const strings = useStrings();
  const t = strings.measure;
  const ends = measuredEnds(value, sites);
  const km = ends ? distanceKm(ends[0], ends[1]) : null;
  const describe = (end: MeasureEnd | null, n: number) =>
    end === null ? '' : end.kind === 'site' ? (sites.find((s) => s.id === end.id)?.name ?? end.id) : t.picked(n);

  const choose = (which: 'from' | 'to', v: string) => {
    let end: MeasureEnd | null = null;
    if (v.startsWith('site:')) end = { kind: 'site', id: v.slice(5) };
    else if (v === 'centre') {
      const c = mapCentre();
      end = c ? { kind: 'point', at: c } : null;
    } else if (v === 'point') end = value[which];
    onChange({ ...value, [which]: end });
  };

  const select = (which: 'from' | 'to', n: number) => (
    <label>
      {which === 'from' ? t.from : t.to}{' '}
      <select value={valueOf(value[which])} onChange={(e) => choose(which, e.target.value)} data-measure={which}>
        <option value="">{t.choose}</option>
        {sites.map((s) => (
          <option key={s.id} value={`site:${s.id}`}>
            {s.name}
          </option>
        ))}
        <option value="centre">{t.mapCentre}</option>
        {value[which]?.kind === 'point' && <option value="point">{t.picked(n)}</option>}
      </select>
    </label>
  );

  return (
    <div className="measure-tool" data-testid="measure-tool">
      <div className="measure-ends">
        {select('from', 1)}
        {select('to', 2)}
      </div>
      <div className="measure-actions">
        {picking ? (
          <button type="button" onClick={() => onPicking(null)}>
            {t.stop}
          </button>
        ) : (
          <button type="button" onClick={() => onPicking('from')}>
            {t.pick}
          </button>
        )}
        <button type="button" onClick={() => onChange({ from: null, to: null })} disabled={!value.from && !value.to}>
          {t.clear}
        </button>
      </div>
      <p className="measure-status" role="status" data-testid="measure-result">
        {picking === 'from' ? t.pickFirst : picking === 'to' ? t.pickSecond : km !== null ? t.result(describe(value.from, 1), describe(value.to, 2), formatMeasured(km, strings)) : ''}
      </p>
    </div>
  );
}
