import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serve } from '../../../scripts/serve.mjs';
import { launchServer } from '../../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the run's one Chromium listens: specs connect and open their own contexts in it. */
    browserEndpoint: string;
  }
}

/**
 * Serves the production build (made by `npm run test:e2e` just before) and starts the one Chromium
 * every spec uses: a browser start costs seconds here, a fresh context a few milliseconds.
 */
export default async function setup(project: TestProject) {
  const dist = new URL('../../../dist/', import.meta.url).pathname;
  if (!existsSync(`${dist}index.html`)) throw new Error('No production build in dist/: run `npm run build` first (npm test does).');
  const server = await serve(dist);
  const browser = await launchServer();
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
