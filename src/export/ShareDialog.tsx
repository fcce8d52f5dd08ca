/**
 * The Share dialog: a link to exactly this view, an embed snippet with its options, a
 * citation, and a PNG of the view. A native modal <dialog>: focus stays inside, Esc closes.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { clampHeight, embedSnippet, embedUrl, exportFileName, newFrameKey, viewUrl, withSharedLanguage } from './share';
import type { EmbedChoice } from './share';
import { EMBED_THEMES } from '../state/url-state';
import type { EmbedTheme } from '../state/url-state';
import { CITE_FORMATS, citations } from './cite';
import { factsCheckedLine } from './describe-view';
import { factsCheckedOn } from '../data/select';
import type { ExportRequest, ExportSize } from './export-png';
import { useLang, useStrings } from '../i18n';
import { CopyField } from '../ui/CopyField';
import { DataDownload } from './DataDownload';
import type { DownloadableData } from './DataDownload';
import '../ui/dialog.css';


export interface ShareDialogProps {
  onClose: () => void;
  /** The hash of the view on screen, camera included. */
  viewHash: string;
  /** The view in words, for the citation and the image. */
  description: string;
  /** Words for the file name: phase, site. */
  fileParts: (string | null)[];
  /** What to draw for an image, or null where the map cannot be drawn (no WebGL). */
  exportRequest: ((size: ExportSize) => ExportRequest) | null;
  /** The data on the map, for "Get the data"; absent until it has loaded. */
  data?: DownloadableData | null;
  /** Said first, where the link cannot carry what is on screen (a draft in this browser). */
  note?: ReactNode;
}

export function ShareDialog({ onClose, viewHash, description, fileParts, exportRequest, data = null, note }: ShareDialogProps) {
  const strings = useStrings();
  const lang = useLang();
  const t = strings.share;
  const dialog = useRef<HTMLDialogElement>(null);
  const [choice, setChoice] = useState<EmbedChoice>({ fixed: false, panel: true, details: false, height: 520, autoHeight: true, theme: 'light' });
  const [size, setSize] = useState<ExportSize>('screen');
  const [imageStatus, setImageStatus] = useState('');
  // One key per opening of the dialog: two embeds made for one page each get their own.
  const [frameKey] = useState(newFrameKey);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const page = window.location.href;
  const link = viewUrl(page, withSharedLanguage(viewHash, lang, false));
  const snippet = embedSnippet(embedUrl(page, withSharedLanguage(viewHash, lang, true), choice, frameKey), t.iframeTitle, choice, frameKey);
  // The record's date is the day its facts were last checked: the citation's date of publication.
  const checkedOn = data ? factsCheckedOn(data.sites) : null;
  const cite = citations(strings, {
    title: strings.title,
    view: description,
    url: link,
    accessed: new Date(),
    checked: data ? factsCheckedLine(strings, data.sites) : '',
    published: checkedOn ? new Date(`${checkedOn}T00:00:00Z`) : null,
  });

  /** Draws an image of the view with code loaded on first use, saves it and says so. */
  const saveImage = async (draw: (request: ExportRequest) => Promise<{ blob: Blob; width: number; height: number; name: string }>, size: ExportSize) => {
    if (!exportRequest) return;
    setBusy(true);
    setImageStatus(t.drawing);
    try {
      const [{ blob, width, height, name }, { download }] = await Promise.all([draw(exportRequest(size)), import('./download')]);
      download(blob, name);
      setImageStatus(t.downloaded(name, width, height));
    } catch (e) {
      setImageStatus((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const downloadImage = () =>
    saveImage(async (request) => {
      const { exportPng } = await import('./export-png');
      const name = exportFileName(fileParts, new Date(), size === 'double' ? '@2x' : size === 'print' ? '_print' : '');
      return { ...(await exportPng(request)), name };
    }, size);
  const downloadSvg = () =>
    saveImage(async (request) => {
      const { exportSvg } = await import('./export-svg');
      return { ...(await exportSvg(request)), name: exportFileName(fileParts, new Date(), '', 'svg') };
    }, 'screen');

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <div className="share-head">
        <h2 id="share-title">{t.title}</h2>
        <button type="button" className="close" onClick={() => dialog.current?.close()} aria-label={t.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {note && (
        <div className="share-note" data-testid="share-note">
          {note}
        </div>
      )}
      <CopyField label={t.link} value={link} testId="share-link" />

      <fieldset>
        <legend>{t.embedHeading}</legend>
        <div className="share-options">
          <label>
            <input type="radio" name="embed-mode" checked={!choice.fixed} onChange={() => setChoice({ ...choice, fixed: false })} /> {t.interactive}
          </label>
          <label>
            <input type="radio" name="embed-mode" checked={choice.fixed} onChange={() => setChoice({ ...choice, fixed: true })} /> {t.fixed}
          </label>
          <label>
            <input type="checkbox" checked={choice.panel} onChange={(e) => setChoice({ ...choice, panel: e.target.checked })} /> {t.withPanel}
          </label>
          <label>
            <input
              type="checkbox"
              checked={choice.panel && !!choice.details}
              disabled={!choice.panel}
              onChange={(e) => setChoice({ ...choice, details: e.target.checked })}
              data-testid="share-details"
            />{' '}
            {strings.realUse.openDetails}
          </label>
          <label>
            {t.height}{' '}
            <input
              type="number"
              min={200}
              max={2000}
              step={10}
              value={choice.height}
              onChange={(e) => setChoice({ ...choice, height: clampHeight(Number(e.target.value)) })}
            />
          </label>
          <label>
            <input type="checkbox" checked={choice.autoHeight} onChange={(e) => setChoice({ ...choice, autoHeight: e.target.checked })} /> {t.autoHeight}
          </label>
          <label>
            {t.embedTheme}{' '}
            <select value={choice.theme} onChange={(e) => setChoice({ ...choice, theme: e.target.value as EmbedTheme })} data-testid="share-theme">
              {EMBED_THEMES.map((k) => (
                <option key={k} value={k}>
                  {t.embedThemes[k]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <CopyField label={t.snippet} value={snippet} multiline rows={4} testId="share-snippet" />
      </fieldset>

      <fieldset>
        <legend>{t.cite}</legend>
        {CITE_FORMATS.map((format) => (
          <CopyField
            key={format}
            label={strings.takeAway.cite.formats[format]}
            value={cite[format]}
            multiline
            testId={format === 'plain' ? 'share-citation' : `share-citation-${format}`}
          />
        ))}
      </fieldset>

      {exportRequest && (
        <fieldset>
          <legend>{t.imageHeading}</legend>
          <div className="share-options">
            <label>
              {t.imageSize}{' '}
              <select value={size} onChange={(e) => setSize(e.target.value as ExportSize)} data-testid="share-image-size">
                {(Object.keys(t.sizes) as ExportSize[]).map((k) => (
                  <option key={k} value={k}>
                    {t.sizes[k]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => void downloadImage()} disabled={busy}>
              {t.downloadPng}
            </button>
            <button type="button" onClick={() => void downloadSvg()} disabled={busy}>
              {strings.takeAway.svg.download}
            </button>
          </div>
          <p className="share-hint">{strings.takeAway.svg.hint}</p>
          <p role="status" className="copy-status" data-testid="image-status">
            {imageStatus}
          </p>
        </fieldset>
      )}

      {data && <DataDownload data={data} as="fieldset" />}
    </dialog>
  );
}
