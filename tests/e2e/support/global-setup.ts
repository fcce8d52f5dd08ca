import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serve } from '../../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build (made by `npm run test:e2e` just before) for every spec. */
export default async function setup(project: TestProject) {
  const dist = new URL('../../../dist/', import.meta.url).pathname;
  if (!existsSync(`${dist}index.html`)) throw new Error('No production build in dist/: run `npm run build` first (npm test does).');
  const server = await serve(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
