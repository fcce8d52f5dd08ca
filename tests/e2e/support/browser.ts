// The one module that talks to the browser driver. Specs use the driver in app.ts.
import type { BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launch } from '../../../scripts/chromium.mjs';

export interface Browser {
  context: BrowserContext;
  /** Every URL requested by any page or worker of this context, in order. */
  requests: string[];
  /** Uncaught page errors, as text. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(options: BrowserContextOptions & { args?: string[] } = {}): Promise<Browser> {
  const context = await launch({ viewport: { width: 1280, height: 800 }, ...options });
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
