import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDataset } from './data/load';
import { detectLanguage, isLang } from './i18n/languages';
import { loadLanguage } from './i18n/load-language';
import { parseExploreKeys } from './state/url-state';
import { applyThemeEarly } from './ui/theme';
import './styles.css';

/** A cheap WebGL check before any map code loads (../shared/RECIPE.md, pitfall 4). */
function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

// Start the data and the reader's language (App.tsx starts the map code as it loads); the page
// shell renders while they load. The WebGL check (tens of ms on software GL) runs while they download rather than
// before (issue #7); a browser without WebGL downloads the map code it will not run, and shows
// the static map. The language is the URL's `lang=`, else the browser's first one we speak.
applyThemeEarly();
const dataset = loadDataset();
const fromUrl = parseExploreKeys(window.location.hash).lang;
const language = loadLanguage(isLang(fromUrl) ? fromUrl : detectLanguage(navigator.languages ?? [navigator.language]));
const webgl = hasWebGL();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App dataset={dataset} language={language} webgl={webgl} />
    </StrictMode>,
  );
}
