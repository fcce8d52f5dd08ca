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

// Start the data and the map code at once; the page shell renders while both load. The WebGL
// check (tens of ms on software GL) runs while they download rather than before (issue #7); a
// browser without WebGL downloads the map code it will not run, and shows the static map.
const dataset = loadDataset();
const mapCode = import('./map/MapView');
const webgl = hasWebGL();
if (!webgl) void mapCode.catch(() => undefined);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App dataset={dataset} webgl={webgl} />
    </StrictMode>,
  );
}
