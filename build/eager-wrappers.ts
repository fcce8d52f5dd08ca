/**
 * A Vite plugin that has the browser compile React with its download, not after it.
 *
 * React and React DOM ship as CommonJS files: the bundler wraps each in a function that runs on
 * its first `require`, written as an arrow. The browser (V8) compiles a script's top level while
 * it downloads, on a background thread, but an inner function only when it is first called, on
 * the page's main thread, unless it is a `function` expression in parentheses: that it takes for
 * one run at once, and compiles with the rest. React DOM's wrapper holds nearly all of its 200 KB,
 * and it runs just before the first render: compiled then, it held the map's first paint back
 * by about 15 ms on a two-core machine (`npm run bench`).
 *
 * This writes those wrappers as parenthesized `function` expressions. It touches nothing else: the
 * wrapped code does not use `this` or `arguments` at its top level (CommonJS modules do not), so
 * the two forms behave alike.
 */
import type { Plugin } from 'vite';

/** The bundler's CommonJS wrapper opening: `__commonJSMin(((exports, module) => {`. */
const ARROW_WRAPPER = /\b(__commonJS(?:Min)?)\(\(\(([\w$]+(?:\s*,\s*[\w$]+)*)\)\s*=>\s*\{/g;

/** The code with each CommonJS wrapper written as a parenthesized function expression. */
export function eagerWrappers(code: string): { code: string; count: number } {
  let count = 0;
  const out = code.replace(ARROW_WRAPPER, (_all, helper: string, params: string) => {
    count++;
    return `${helper}((function(${params}) {`;
  });
  return { code: out, count };
}

/** Applies `eagerWrappers` to the named chunk (before minifying), and warns if it finds none. */
export function eagerWrappersPlugin(chunkName: string): Plugin {
  return {
    name: 'epaa-eager-wrappers',
    apply: 'build',
    renderChunk(code, chunk) {
      if (chunk.name !== chunkName) return null;
      const { code: out, count } = eagerWrappers(code);
      if (!count) this.warn(`no CommonJS wrapper found in the "${chunkName}" chunk: the bundler's output has changed`);
      return count ? { code: out, map: null } : null;
    },
  };
}
