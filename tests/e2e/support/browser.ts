// The one module that talks to the browser driver. Specs use the driver in app.ts.
import { afterAll, expect, inject } from 'vitest';
import { chromium } from 'playwright-core';
import type { BrowserContext, BrowserContextOptions, Browser as Chromium } from 'playwright-core';
import { launch } from '../../../scripts/chromium.mjs';

export interface Browser {
  context: BrowserContext;
  /** Every URL requested by any page or worker of this context, in order. */
  requests: string[];
  /** Uncaught page errors, as text. */
  pageErrors: string[];
  close(): Promise<void>;
}

// The run's one Chromium (started by global-setup.ts), reached once per spec file.
let shared: Promise<Chromium> | undefined;
afterAll(async () => {
  const connection = shared;
  shared = undefined;
  await (await connection)?.close();
});

/**
 * A fresh browser context: its own pages, storage, cache, permissions and request log. Contexts
 * live in the run's one Chromium; only Chromium flags (`args`, such as turning WebGL off) need a
 * browser of their own, started here and closed with the context.
 */
export async function openBrowser(options: BrowserContextOptions & { args?: string[] } = {}): Promise<Browser> {
  const { args, ...contextOptions } = options;
  const settings = { viewport: { width: 1280, height: 800 }, ...contextOptions };
  let context: BrowserContext;
  if (args?.length) {
    context = await launch({ ...settings, args });
  } else {
    shared ??= chromium.connect(inject('browserEndpoint'));
    context = await (await shared).newContext(settings);
  }
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(e.message)));
  return { context, requests, pageErrors, close: () => context.close() };
}

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
