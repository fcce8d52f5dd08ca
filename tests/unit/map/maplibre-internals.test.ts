// The private MapLibre fields src/map/maplibre-internals.ts relies on, read from the installed
// library's source: an upgrade that renames or drops one fails here, not silently in the app.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve('maplibre-gl/package.json'), 'utf8')) as { version: string };
const source = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-dev.mjs'), 'utf8');
const ours = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };

/** The body of `var <name> = class {` up to the next top-level class. */
function classBody(name: string): string {
  const start = source.indexOf(`var ${name} = class`);
  expect(start, `class ${name} in maplibre-gl`).toBeGreaterThan(-1);
  const next = source.indexOf('\nvar ', start + 1);
  return source.slice(start, next < 0 ? undefined : next);
}

describe('the MapLibre internals the app uses are still there', () => {
  it('maplibre-gl is pinned to a minor version, and the installed one matches it', () => {
    const range = ours.dependencies['maplibre-gl']!;
    expect(range).toMatch(/^~\d+\.\d+\.\d+$/);
    const [major, minor] = range.slice(1).split('.');
    expect(pkg.version.split('.').slice(0, 2)).toEqual([major, minor]);
  });

  it('the style keeps its glyph manager, which keeps its font-face manager, which keeps its registered FontFaces', () => {
    expect(classBody('Style')).toMatch(/this\.glyphManager = new GlyphManager\(/);
    expect(classBody('GlyphManager')).toMatch(/this\.fontFaceManager = new FontFaceManager\(/);
    const manager = classBody('FontFaceManager');
    expect(manager).toMatch(/this\._registered = \/\* @__PURE__ \*\/ new Set\(\)/);
    expect(manager).toMatch(/this\._registered\.add\(/);
  });

  it('the map keeps its control strings in _locale and its controls read them from there', () => {
    expect(classBody('Map$1')).toMatch(/this\._locale = \{/);
    expect(source).toMatch(/_getUIString\(key\) \{\s*const str = this\._locale\[key\];/);
  });
});
