#!/usr/bin/env node
// Makes sure a Chromium (and `ip`/`unshare` for the offline test) is there for the browser tests. Where none is found and we are root with
// apt-get (a fresh machine of ours, or CI), installs Debian's `chromium` package, saying so;
// otherwise explains how to get one and fails. Browser tests are never skipped.
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
let aptUpdated = false;
function aptInstall(pkg, why) {
  console.log(`Installing Debian's ${pkg} package ${why} (apt-get)…`);
  if (!aptUpdated) execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  aptUpdated = true;
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

// The offline proof runs the app in a network namespace with only loopback, brought up with `ip`.
if (!has('ip') || !has('unshare')) {
  if (canApt) aptInstall(has('ip') ? 'util-linux' : 'iproute2', 'for the offline browser test');
  else {
    console.error('The offline browser test needs `ip` (iproute2) and `unshare` (util-linux): install them and run `npm test` again.');
    process.exit(1);
  }
}

const found = findChromium();
if (found) {
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but nothing is there.`);
  process.exit(1);
}
if (canApt) {
  aptInstall('chromium', 'for the browser tests: no Chromium was found');
  if (findChromium()) process.exit(0);
}
console.error(
  'The browser tests need Chromium and none was found.\n' +
    'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm test` again.',
);
process.exit(1);
