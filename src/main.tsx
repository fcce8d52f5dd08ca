import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadDataset } from './data/load';
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

const webgl = hasWebGL();
// Start the data and the map code at once; the page shell renders while both load.
const dataset = loadDataset();
if (webgl) void import('./map/MapView');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App dataset={dataset} webgl={webgl} />
    </StrictMode>,
  );
}
