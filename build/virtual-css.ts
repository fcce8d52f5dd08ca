/**
 * A Vite plugin that serves CSS made at build time from one source file: `import 'virtual:<name>.css'`
 * gives `css(text of the file)`, rebuilt when the file changes. The page needs no script for it, so
 * the strict CSP holds.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function virtualCssPlugin(name: string, source: URL, css: (text: string) => string): Plugin {
  const id = `virtual:${name}.css`;
  // A resolved id ending in .css, so Vite's CSS pipeline takes it (bundled and minified).
  const resolved = `\0epaa-${name}.css`;
  return {
    name: `epaa-${name}-css`,
    resolveId: (request) => (request === id ? resolved : undefined),
    load(request) {
      if (request !== resolved) return undefined;
      this.addWatchFile(source.pathname);
      return css(readFileSync(source, 'utf8'));
    },
  };
}
