import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDataset } from './data/load';
import { detectLanguage, isLang } from './i18n/languages';
import { loadLanguage } from './i18n/load-language';
import { pageHashStore } from './state/useHashState';
import { remember } from './state/usePromised';
import { DEFAULT_TOUR, serializeHashState } from './state/url-state';
import { packageTourId } from './tour-package/package-tour';
import { applyThemeEarly } from './ui/theme';
import { watchFirstPaint } from './app/useAfterFirstPaint';
import { applyLayoutEarly } from './ui/layout';
import { WEIGHTS, fontSample, loadFonts } from './theme/fonts';
import 'virtual:palette.css';
import 'virtual:layout.css';
import './theme/fonts.css';
import './styles.css';

// Start the data and the reader's language (App.tsx starts the map code as it loads); the page
// shell renders while they load. There is no WebGL check up front: a browser without
// WebGL finds out when its map cannot be made, and then shows the static map (map/webgl.ts).
// The language is the URL's `lang=`, else the browser's first one we speak.
applyThemeEarly(pageHashStore().embedOptions(window.location.search));
applyLayoutEarly();
const dataset = remember(loadDataset());
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
// The first render waits, for as long at most, for the data and the language too (the page's own
// shell says "Loading…" meanwhile): then it is the map with its sites, not a frame without them
// that a second render fills, which held the sites back by a whole render and layout.
const FIRST_RENDER_WAIT_MS = 800;
const firstRenderReady = Promise.race([
  Promise.allSettled([fontsReady, dataset, language]),
  new Promise((done) => setTimeout(done, FIRST_RENDER_WAIT_MS)),
]);

const root = document.getElementById('root');
if (root) {
  await firstRenderReady;
  // Rendered at once, in this task: handed to React's scheduler, the render waited for a task of its own.
  const reactRoot = createRoot(root);
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App dataset={dataset} language={language} />
      </StrictMode>,
    ),
  );
  // What waits for the first paint (useAfterFirstPaint) waits for this one, whatever it shows: a
  // page opened on a briefing or the tour editor has its sidebar at once when they close.
  watchFirstPaint();
}
