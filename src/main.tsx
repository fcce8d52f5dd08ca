import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDataset } from './data/load';
import { detectLanguage, isLang } from './i18n/languages';
import { loadLanguage } from './i18n/load-language';
import { pageHashStore } from './state/useHashState';
import { DEFAULT_TOUR, serializeHashState } from './state/url-state';
import { packageTourId } from './tour-package/package-tour';
import { applyThemeEarly } from './ui/theme';
import { applyLayoutEarly } from './ui/layout';
import { WEIGHTS, fontSample, loadFonts } from './theme/fonts';
import 'virtual:palette.css';
import './theme/fonts.css';
import './styles.css';

// Start the data and the reader's language (App.tsx starts the map code as it loads); the page
// shell renders while they load. There is no WebGL check up front: a browser without
// WebGL finds out when its map cannot be made, and then shows the static map (map/webgl.ts).
// The language is the URL's `lang=`, else the browser's first one we speak.
applyThemeEarly();
applyLayoutEarly();
const dataset = loadDataset();
// The one-file package is for presenting: opened as it is, or with only a language, it starts the
// tour it carries, else the default one.
if (__SINGLE_FILE__ && serializeHashState({ ...pageHashStore().get(), lang: null }) === '') pageHashStore().update({ tour: { id: packageTourId() ?? DEFAULT_TOUR, step: 1 } }, 'now');
const fromUrl = pageHashStore().get().lang;
const lang = isLang(fromUrl) ? fromUrl : detectLanguage(navigator.languages ?? [navigator.language]);
const language = loadLanguage(lang);

// Text is laid out once, in the interface font: the first render waits for the files the
// language's script needs (Latin is preloaded by the page; latin-ext or Cyrillic are fetched now,
// and only for the languages written in them), but never more than a moment.
const fontsReady = loadFonts(fontSample(lang), WEIGHTS, 800);

const root = document.getElementById('root');
if (root) {
  await fontsReady;
  createRoot(root).render(
    <StrictMode>
      <App dataset={dataset} language={language} />
    </StrictMode>,
  );
}
