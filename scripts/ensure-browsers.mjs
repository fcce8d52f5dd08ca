#!/usr/bin/env node
// Makes sure the browsers the tests drive are here, and installs Debian's packages for those that
// are not when it runs as root with apt-get (a fresh machine of ours, or CI), saying so; otherwise
// it explains what to install and fails. Browser tests are never skipped.
//   node scripts/ensure-browsers.mjs            everything `npm test` needs
//   node scripts/ensure-browsers.mjs chromium   Chromium only (and the offline test's tools)
//   node scripts/ensure-browsers.mjs engines    Firefox ESR, WebKitGTK and a virtual display
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && existsSync('/usr/bin/apt-get');
const has = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasMiniBrowser = () => {
  try {
    return execFileSync('sh', ['-c', 'ls /usr/lib/*/webkit2gtk-4.*/MiniBrowser 2>/dev/null'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};

/** What each part of the suite needs: a check, the Debian package that provides it, and why. */
const NEEDS = {
  chromium: [
    { ok: () => has('ip'), pkg: 'iproute2', why: 'the offline test brings up loopback in a network namespace with `ip`' },
    { ok: () => has('unshare'), pkg: 'util-linux', why: 'the offline test runs in a network namespace made by `unshare`' },
    { ok: () => findChromium() !== null, pkg: 'chromium', why: 'the browser tests drive Chromium (or set CHROMIUM_PATH)' },
  ],
  engines: [
    { ok: () => has('firefox-esr') || has('firefox'), pkg: 'firefox-esr', why: 'the cross-engine suite drives Firefox ESR' },
    { ok: () => has('WebKitWebDriver') && hasMiniBrowser(), pkg: 'webkit2gtk-driver', why: "the cross-engine suite drives WebKitGTK's MiniBrowser through WebKitWebDriver" },
    { ok: () => has('Xvfb'), pkg: 'xvfb', why: 'Firefox and WebKit draw WebGL on a virtual display' },
  ],
};

const asked = process.argv.slice(2);
const parts = asked.length ? asked : Object.keys(NEEDS);
const unknown = parts.filter((p) => !(p in NEEDS));
if (unknown.length) {
  console.error(`Unknown part: ${unknown.join(', ')} (known: ${Object.keys(NEEDS).join(', ')})`);
  process.exit(2);
}
const missing = parts.flatMap((p) => NEEDS[p]).filter((n) => !n.ok());
if (missing.length === 0) process.exit(0);

if (process.env.CHROMIUM_PATH && missing.some((n) => n.pkg === 'chromium')) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but nothing is there.`);
  process.exit(1);
}
const pkgs = [...new Set(missing.map((n) => n.pkg))];
if (canApt) {
  for (const n of missing) console.log(`Installing Debian's ${n.pkg}: ${n.why} (apt-get)…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const still = missing.filter((n) => !n.ok());
  if (still.length === 0) process.exit(0);
  missing.splice(0, missing.length, ...still);
}
console.error(
  'The browser tests need what is missing below, and it was not found:\n' +
    missing.map((n) => `  - ${n.pkg}: ${n.why}`).join('\n') +
    `\nInstall it (Debian/Ubuntu: \`sudo apt-get install ${[...new Set(missing.map((n) => n.pkg))].join(' ')}\`), then run \`npm test\` again.`,
);
process.exit(1);
