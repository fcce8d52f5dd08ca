/**
 * The printable handout: one section per step with its title, an image of that step's
 * map with its legend, and its statements with sources. The audience's version, the default,
 * leaves the speaker notes out; the presenter's has them. On paper each link shows its address
 * (briefing.css). Images are drawn one after another by an off-screen map; `autoPrint` opens the
 * print dialog once they are all there.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset } from '../data/validate';
import type { Source, Statement, TourStep } from '../data/schema';
import { PLAN_TABLE } from '../data/schema';
import { stepView } from './step-view';
import { usePlaceNames, useStrings } from '../i18n';
import { createViewRenderer } from '../export/render-view';
import { StepStatements } from './StepStatements';
import { legendFor } from '../export/request';
import { SiteLegend } from './SiteLegend';
import { PlanTable } from './PlanTable';

const IMAGE = { width: 960, height: 540 };

export interface HandoutProps {
  data: Dataset;
  steps: TourStep[];
  /** The language the tour's own text is in: its titles, captions and notes carry it. */
  tourLang: string;
  statements: ReadonlyMap<string, Statement>;
  sources: ReadonlyMap<string, Source>;
  webgl: boolean;
  autoPrint: boolean;
  onBack: () => void;
}

export function Handout({ data, steps, tourLang, statements, sources, webgl, autoPrint, onBack }: HandoutProps) {
  const strings = useStrings();
  const places = usePlaceNames();
  const t = strings.briefing;
  const [images, setImages] = useState<(string | null)[]>(() => steps.map(() => null));
  const [done, setDone] = useState(!webgl);
  const [withNotes, setWithNotes] = useState(false);
  const d = strings.exportDetails;
  // Each page's sites as its image draws them; its legend names the same.
  const drawn = useMemo(() => {
    const plannable = { sites: data.sites, phases: data.phases, sourcesById: sources };
    return steps.map((step) => {
      const { emphasis } = stepView(plannable, step);
      return data.sites.map((site) => ({ site, emphasis: emphasis(site) }));
    });
  }, [data, steps, sources]);
  const legends = useMemo(() => drawn.map((sites) => legendFor(strings, sites, 'step')), [drawn, strings]);

  useEffect(() => {
    if (!webgl) return;
    let live = true;
    const renderer = createViewRenderer(IMAGE.width, IMAGE.height, 1, data.sites, places);
    void (async () => {
      for (let i = 0; i < steps.length && live; i++) {
        const step = steps[i]!;
        try {
          const canvas = await renderer.render({
            camera: step.camera ?? null,
            sites: drawn[i]!,
          });
          const url = canvas.toDataURL('image/png');
          if (live) setImages((prev) => prev.map((img, j) => (j === i ? url : img)));
        } catch (e) {
          console.error('Handout image failed:', (e as Error).message);
        }
      }
      if (live) setDone(true);
    })();
    return () => {
      live = false;
      renderer.destroy();
    };
  }, [data, steps, webgl, places, drawn]);

  useEffect(() => {
    if (done && autoPrint) window.print();
  }, [done, autoPrint]);

  return (
    <div className="handout" data-ready={done}>
      <div className="handout-controls">
        <button type="button" onClick={() => window.print()}>{t.print}</button>
        <button type="button" onClick={onBack}>{t.backToBriefing}</button>
        <fieldset className="handout-version">
          <legend>{d.handoutVersion}</legend>
          <label>
            <input type="radio" name="handout-version" value="audience" checked={!withNotes} onChange={() => setWithNotes(false)} /> {d.handoutAudience}
          </label>
          <label>
            <input type="radio" name="handout-version" value="presenter" checked={withNotes} onChange={() => setWithNotes(true)} /> {d.handoutPresenter}
          </label>
        </fieldset>
        {!done && <span role="status">{t.drawingMap}</span>}
      </div>
      <h1>{strings.title}: {t.handoutTitle}</h1>
      <p className="handout-version-line" data-version={withNotes ? 'presenter' : 'audience'}>
        {d.handoutVersion}: {withNotes ? d.handoutPresenter : d.handoutAudience}
      </p>
      <p className="illustrative">{strings.illustrative}</p>
      {steps.map((step, i) => (
        <section key={step.id} className="handout-step" aria-labelledby={`handout-${step.id}`}>
          <h2 id={`handout-${step.id}`}>
            {i + 1}. <span lang={tourLang}>{step.title}</span>
          </h2>
          {images[i] ? (
            <img src={images[i]!} width={IMAGE.width} height={IMAGE.height} alt={t.mapImage(step.title)} />
          ) : (
            webgl && <p className="handout-image-placeholder">{t.drawingMap}</p>
          )}
          {webgl && <SiteLegend entries={legends[i] ?? []} className="handout-legend" />}
          {step.text && <p lang={tourLang}>{step.text}</p>}
          {step.table === PLAN_TABLE && <PlanTable phases={data.phases} sources={sources} />}
          <StepStatements ids={step.statements} statements={statements} sources={sources} />
          {withNotes && step.notes && (
            <>
              <h3>{t.notes}</h3>
              <p className="handout-notes" lang={tourLang}>{step.notes}</p>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
