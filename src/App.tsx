/**
 * The app: the reader's language, the data, and which of the three modes to show (the full map,
 * an embed, or a briefing). Each mode is a layout of its own in `app/`.
 */
import { useMemo, useState } from 'react';
import type { Dataset } from './data/validate';
import { I18nProvider } from './i18n';
import type { Lang } from './i18n/languages';
import type { Language } from './i18n/load-language';
import { useLanguage } from './i18n/useLanguage';
import { BriefingMode } from './app/BriefingMode';
import { EmbedLayout } from './app/EmbedLayout';
import { FullLayout } from './app/FullLayout';
import { useDataset } from './app/useDataset';
import { pageHashStore, useHashState } from './state/useHashState';

export interface AppProps {
  dataset: Promise<Dataset>;
  /** The reader's language, loading alongside the data. */
  language: Promise<Language>;
}

/** Waits for the reader's language (a few KB, loaded with the data), then runs the app in it. */
export function App({ dataset, language: languagePromise }: AppProps) {
  const [language, chooseLanguage] = useLanguage(languagePromise);
  const i18n = useMemo(() => language && { lang: language.lang, strings: language.strings, places: language.places }, [language]);
  if (!language || !i18n) return null;
  return (
    <I18nProvider value={i18n}>
      <Mode dataset={dataset} language={language} onLanguage={chooseLanguage} />
    </I18nProvider>
  );
}

function Mode({ dataset, language, onLanguage }: { dataset: Promise<Dataset>; language: Language; onLanguage: (lang: Lang) => void }) {
  const { tour, presenter, site, phase, list, edit, said } = useHashState();
  // The host chose embed mode in the frame's address: it holds for the life of the page.
  const [embed] = useState(() => pageHashStore().embedOptions(window.location.search));
  // A tour is checked against the statements: its views wait for them. A view that shows them
  // reads them at once; the first view of the map, just after it is up.
  const statements = tour !== null || edit ? 'wait' : embed.embed || site !== null || phase !== null || list || said ? 'now' : 'after-first-view';
  const data = useDataset(dataset, language, statements);
  if (tour !== null) return <BriefingMode data={data} at={tour} presenter={presenter} />;
  if (embed.embed) return <EmbedLayout data={data} options={embed} />;
  return <FullLayout data={data} onLanguage={onLanguage} />;
}
