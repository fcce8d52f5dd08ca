import type { TestProject } from 'vitest/node';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build, with the probe below loaded first. */
    engineAppUrl: string;
    /** Another origin, for article pages that embed the map. */
    engineHostUrl: string;
    /** Where the suite writes those article pages. */
    engineHostDir: string;
    /** The X display both engines draw on. */
    display: string;
  }
}

/**
 * What a page did wrong, where no driver reports it: WebDriver does not report page errors, so a
 * classic script loaded before the app's modules records uncaught errors and rejections, and the
 * suite reads them back. The page is otherwise the production build as served.
 */
const PROBE = `window.__engineErrors = [];
addEventListener('error', function (e) { __engineErrors.push(String(e.message || e.error)); });
addEventListener('unhandledrejection', function (e) { __engineErrors.push('unhandled rejection: ' + String(e.reason && (e.reason.message || e.reason))); });
`;

/** Starts Xvfb on a free display; resolves with its name (":N") once it accepts clients. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((ok, fail) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let out = '';
    xvfb.on('error', (e) => fail(new Error(`Xvfb could not start (apt-get install xvfb): ${e.message}`)));
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) ok({ display: `:${out.trim()}`, process: xvfb });
    });
  });
}

export default async function setup(project: TestProject) {
  const dist = new URL('../../../dist/', import.meta.url).pathname;
  if (!existsSync(`${dist}index.html`)) throw new Error('No production build in dist/: run `npm run build` first (npm test does).');
  const appDir = mkdtempSync(join(tmpdir(), 'epaa-engines-app-'));
  cpSync(dist, appDir, { recursive: true });
  writeFileSync(join(appDir, 'engine-probe.js'), PROBE);
  const index = readFileSync(join(appDir, 'index.html'), 'utf8');
  writeFileSync(join(appDir, 'index.html'), index.replace('<head>', '<head>\n    <script src="./engine-probe.js"></script>'));
  const hostDir = mkdtempSync(join(tmpdir(), 'epaa-engines-host-'));

  const app = await serve(appDir);
  const host = await serve(hostDir);
  const xvfb = await startXvfb();
  project.provide('engineAppUrl', app.url);
  project.provide('engineHostUrl', host.url);
  project.provide('display', xvfb.display);
  project.provide('engineHostDir', hostDir);
  return async () => {
    xvfb.process.kill();
    await app.close();
    await host.close();
    rmSync(appDir, { recursive: true, force: true });
    rmSync(hostDir, { recursive: true, force: true });
  };
}
