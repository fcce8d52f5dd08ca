/**
 * MapLibre's global set-up, done once, as a side effect of importing this module. Vite does not
 * rewrite MapLibre's own `new URL(worker, import.meta.url)`, so the worker is handed over as an
 * emitted asset whose address Vite knows.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { inlineWorkerUrl } from '../single-file/basemap';

setWorkerUrl(__SINGLE_FILE__ ? inlineWorkerUrl() : new URL(workerUrl, document.baseURI).href);
