import { describe, expect, it } from 'vitest';
import { eagerWrappers } from '../../../build/eager-wrappers';

// The bundler's CommonJS helper and two wrapped modules, as it writes them before minifying.
const BUNDLED = `var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var require_inner = /* @__PURE__ */ __commonJSMin(((exports) => {
  exports.double = (n) => n * 2;
  exports.later = [1, 2].map((x) => x + 1);
}));
var require_outer = /* @__PURE__ */ __commonJSMin(((exports, module) => {
  module.exports = { four: require_inner().double(2), later: require_inner().later };
}));
return require_outer();`;

describe('eager CommonJS wrappers', () => {
  it('writes each wrapper as a parenthesized function expression, and nothing else', () => {
    const { code, count } = eagerWrappers(BUNDLED);
    expect(count).toBe(2);
    expect(code).toContain('__commonJSMin((function(exports) {');
    expect(code).toContain('__commonJSMin((function(exports, module) {');
    // The helper itself and the arrows inside the modules stay as they were.
    expect(code).toContain('var __commonJSMin = (cb, mod) => () =>');
    expect(code).toContain('exports.double = (n) => n * 2;');
    expect(code).toContain('.map((x) => x + 1)');
  });

  it('leaves the modules doing what they did', () => {
    const run = (code: string) => new Function(code)();
    expect(run(eagerWrappers(BUNDLED).code)).toEqual(run(BUNDLED));
    expect(run(eagerWrappers(BUNDLED).code)).toEqual({ four: 4, later: [2, 3] });
  });

  it('finds nothing in code without the wrapper, so the build can warn', () => {
    const plain = 'const f = ((a, b) => { return a + b; });';
    expect(eagerWrappers(plain)).toEqual({ code: plain, count: 0 });
  });
});
