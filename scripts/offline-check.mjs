#!/usr/bin/env node
// Run inside a network namespace with only loopback (`unshare -rn`, see tests/e2e/hardening.spec.ts):
// serves dist/, opens the app in Chromium, and checks the map, a site panel and a phase all work.
// With no route to any other host, anything the app needed from elsewhere would fail here.
import { serve } from './serve.mjs';
import { launch } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const server = await serve(`${root}dist`);
const browser = await launch({ viewport: { width: 1280, height: 800 } });
const failed = [];
browser.on('requestfailed', (r) => failed.push(r.url()));
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}#phase=3`);
  await page.locator('.map[data-map-state="idle"]').waitFor({ state: 'attached', timeout: 90_000 });
  const markers = await page.locator('.site-marker').count();
  await page.locator('.site-marker[data-site="redzikowo"]').click();
  const title = await page.locator('[data-testid="panel"] h2').textContent();
  if (markers < 3 || title !== 'Redzikowo, Poland' || failed.length) {
    throw new Error(`offline check failed: markers=${markers} title=${title} failed=${failed.join(' ')}`);
  }
  console.log(`offline check passed: ${markers} sites drawn, panel "${title}", no failed request`);
} finally {
  await browser.close();
  await server.close();
}
