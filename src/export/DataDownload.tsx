/**
 * "Get the data": two buttons that make the data files in the page (GeoJSON of the sites, CSV of
 * the events and statements) and hand them to the browser's downloads, with the licence beside
 * them. The code that writes the files loads on the first press.
 */
import { useId, useState } from 'react';
import type { Phase, Site, Source, Statement } from '../data/schema';
import type { DataFormat } from './data-download';
import { useLang, useStrings } from '../i18n';

export interface DownloadableData {
  sites: Site[];
  phases: Phase[];
  statements: Statement[];
  sources: ReadonlyMap<string, Source>;
}

export interface DataDownloadProps {
  data: DownloadableData;
  /** A fieldset with a legend (in the share dialog), or a section with a heading (in the list view). */
  as: 'fieldset' | 'section';
}

export function DataDownload({ data, as }: DataDownloadProps) {
  const strings = useStrings();
  const lang = useLang();
  const t = strings.takeAway.data;
  const headingId = useId();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const get = async (format: DataFormat) => {
    setBusy(true);
    setStatus(t.making);
    try {
      const [{ dataFile }, { download }] = await Promise.all([import('./data-download'), import('./download')]);
      const { name, blob } = dataFile(format, { ...data, lang, strings, pageUrl: window.location.href.split('#')[0]! });
      download(blob, name);
      setStatus(t.saved(name));
    } catch (e) {
      setStatus((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const body = (
    <>
      <p className="data-download-intro">{t.intro}</p>
      <div className="share-options">
        <button type="button" onClick={() => void get('geojson')} disabled={busy} data-download="geojson">
          {t.geojson}
        </button>
        <button type="button" onClick={() => void get('csv')} disabled={busy} data-download="csv">
          {t.csv}
        </button>
      </div>
      <p role="status" className="copy-status" data-testid="data-status">
        {status}
      </p>
      <p className="data-licence">{t.licence}</p>
    </>
  );
  return as === 'fieldset' ? (
    <fieldset className="data-download">
      <legend>{t.heading}</legend>
      {body}
    </fieldset>
  ) : (
    <section className="data-download" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.heading}</h3>
      {body}
    </section>
  );
}
