// The one module that talks to the browser driver. Specs use the driver in app.ts.
import { afterAll, expect, inject } from 'vitest';
import { chromium } from 'playwright-core';
import type { BrowserContext, BrowserContextOptions, Browser as Chromium } from 'playwright-core';
import { launch } from '../../../scripts/chromium.mjs';

export interface Browser {
  context: BrowserContext;
  /**
   * False: the live map's code is held back for good, so pages keep the static first view (the same
   * site buttons at the same camera) and no software WebGL runs. For tests of the DOM, the URL,
   * dialogs, downloads and layout; tests of the drawn map need the live map.
   */
  liveMap: boolean;
  /** Every URL requested by any page or worker of this context, in order. */
  requests: string[];
  /** Uncaught page errors, as text. */
  pageErrors: string[];
  close(): Promise<void>;
}

// This worker's Chromium (started by global-setup.ts), reached once per spec file.
let shared: Promise<Chromium> | undefined;

/** The endpoint of the Chromium that belongs to this worker (VITEST_POOL_ID counts from 1). */
function workerEndpoint(): string {
  const endpoints = inject('browserEndpoints');
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  return endpoints[worker % endpoints.length]!;
}
afterAll(async () => {
  const connection = shared;
  shared = undefined;
  await (await connection)?.close();
});

/**
 * A fresh browser context: its own pages, storage, cache, permissions and request log. Contexts
 * live in this worker's Chromium; only Chromium flags (`args`, such as turning WebGL off) need a
 * browser of their own, started here and closed with the context.
 */
export async function openBrowser(options: BrowserContextOptions & { args?: string[]; liveMap?: boolean } = {}): Promise<Browser> {
  const { args, liveMap = true, ...contextOptions } = options;
  // Reduced motion unless a test asks for motion (`reducedMotion: 'no-preference'`): the camera
  // jumps instead of flying and nothing fades, so software WebGL draws a few frames per move, not
  // a second's worth. Tests of flights and fades ask for motion.
  const settings = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' as const, ...contextOptions };
  let context: BrowserContext;
  if (args?.length) {
    context = await launch({ ...settings, args });
  } else {
    shared ??= chromium.connect(workerEndpoint());
    context = await (await shared).newContext(settings);
  }
  if (!liveMap) await context.route(MAP_CODE, () => undefined); // never answered: the first view stays
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(e.message)));
  return { context, liveMap, requests, pageErrors, close: () => context.close() };
}

/**
 * The live map's component in the production build: the page and the briefing load it on its own,
 * once their first view is up. Held back, no map is made and no WebGL runs.
 */
export const MAP_CODE = /\/assets\/MapView-[^/]*\.js$/;

/** Every request of the context went to `baseUrl`'s origin (or was data:/blob:): the app stayed offline. */
export function requestsElsewhere(browser: Browser, baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return browser.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/**
 * Closes a spec's browser, then checks what every spec promises: nothing went to another host
 * and no page raised an error.
 */
export async function closeOffline(browser: Browser, baseUrl: string): Promise<void> {
  const elsewhere = requestsElsewhere(browser, baseUrl);
  await browser.close();
  expect(elsewhere).toEqual([]);
  expect(browser.pageErrors).toEqual([]);
}
