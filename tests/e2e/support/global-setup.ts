import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serve } from '../../../scripts/serve.mjs';
import { launchServer } from '../../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where each worker's Chromium listens (worker n uses entry n - 1): specs open contexts in it. */
    browserEndpoints: string[];
  }
}

/**
 * Serves the production build (made by `npm run test:e2e` just before) and starts one Chromium
 * per worker: a browser start costs seconds here, a fresh context a few milliseconds, and a
 * browser of its own gives each worker its own GPU process, where software WebGL does its work.
 */
export default async function setup(project: TestProject) {
  const dist = new URL('../../../dist/', import.meta.url).pathname;
  if (!existsSync(`${dist}index.html`)) throw new Error('No production build in dist/: run `npm run build` first (npm test does).');
  const server = await serve(dist);
  const workers = Math.max(1, Number(project.globalConfig.maxWorkers) || 1);
  const browsers = await Promise.all(Array.from({ length: workers }, () => launchServer()));
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoints', browsers.map((b) => b.wsEndpoint()));
  return async () => {
    await Promise.all(browsers.map((b) => b.close()));
    await server.close();
  };
}
