import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDataset } from './data/load';
import { detectLanguage, isLang } from './i18n/languages';
import { loadLanguage } from './i18n/load-language';
import { pageHashStore } from './state/useHashState';
import { applyThemeEarly } from './ui/theme';
import { applyLayoutEarly } from './ui/layout';
import 'virtual:palette.css';
import './styles.css';

// Start the data and the reader's language (App.tsx starts the map code as it loads); the page
// shell renders while they load. There is no WebGL check up front: a browser without
// WebGL finds out when its map cannot be made, and then shows the static map (map/webgl.ts).
// The language is the URL's `lang=`, else the browser's first one we speak.
applyThemeEarly();
applyLayoutEarly();
const dataset = loadDataset();
// The one-file package is for presenting: opened as it is, it starts the tour.
if (__SINGLE_FILE__ && !window.location.hash) pageHashStore().update({ tour: 1 }, 'now');
const fromUrl = pageHashStore().get().lang;
const language = loadLanguage(isLang(fromUrl) ? fromUrl : detectLanguage(navigator.languages ?? [navigator.language]));

// Text is laid out once, in the interface font: the first render waits for it (preloaded by the
// page, so this is short), but never more than a moment.
const fontsReady = Promise.race([
  Promise.all(['400 1em "Noto Sans"', '700 1em "Noto Sans"'].map((font) => document.fonts?.load(font))),
  new Promise((wait) => setTimeout(wait, 800)),
]).catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  await fontsReady;
  createRoot(root).render(
    <StrictMode>
      <App dataset={dataset} language={language} />
    </StrictMode>,
  );
}
