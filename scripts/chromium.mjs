// Finds Debian's Chromium for the browser tests and the benchmark, and launches it with the flags
// this machine needs (below). Shared by tests/e2e, scripts/bench.mjs, scripts/soak.mjs and
// scripts/offline-check.mjs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser to use: CHROMIUM_PATH if set, else the first usual path that exists, else null. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without this Chromium tries to reach outside servers on its own, unseen by request logs.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

function executable() {
  const path = findChromium();
  if (!path) throw new Error('No Chromium found: run `node scripts/ensure-browsers.mjs chromium` or set CHROMIUM_PATH.');
  return path;
}

/**
 * Starts one headless Chromium, with the flags above, that other processes reach with
 * `chromium.connect(server.wsEndpoint())`: the browser tests start it once for the whole run and
 * give each spec file fresh contexts in it (a context's request events include its workers' fetches).
 * @param {{ args?: string[] }} [options]
 */
export async function launchServer({ args = [] } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launchServer({ executablePath: executable(), headless: true, args: [...CHROMIUM_ARGS, ...args] });
}

/**
 * Launches a fresh persistent context (so the worker's requests are seen at context level).
 * @param {import('playwright-core').BrowserContextOptions & { args?: string[] }} [options]
 */
export async function launch(options = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = executable();
  const dir = mkdtempSync(join(tmpdir(), 'epaa-chromium-'));
  const { args = [], ...rest } = options;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...args],
    ...rest,
  });
  const close = context.close.bind(context);
  context.close = async (...a) => {
    await close(...a);
    rmSync(dir, { recursive: true, force: true });
  };
  return context;
}
