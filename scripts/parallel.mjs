#!/usr/bin/env node
// Runs npm scripts side by side and fails if any fails: typecheck and lint each use one core, so
// run one after the other they leave the other cores idle. Each script's output is printed whole
// when it ends, so that the logs do not interleave.
//   node scripts/parallel.mjs typecheck lint test:unit
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
const started = Date.now();
const results = await Promise.all(
  scripts.map(
    (name) =>
      new Promise((done) => {
        const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
        const out = [];
        child.stdout.on('data', (c) => out.push(c));
        child.stderr.on('data', (c) => out.push(c));
        child.on('close', (code) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(1);
          process.stdout.write(`\n── npm run ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} after ${seconds} s ──\n`);
          process.stdout.write(Buffer.concat(out));
          done(code === 0);
        });
      }),
  ),
);
process.exit(results.every(Boolean) ? 0 : 1);
