import { describe, expect, it } from 'vitest';
import { asHtmlComment, bundledPackages, noticesText, packageDirOf } from '../../../build/third-party-notices';
import { root } from '../helpers';

const nm = `${root}node_modules`;

describe('third-party notices', () => {
  it('finds the package of a module id, scoped or not, nested or not, with query and NUL prefix', () => {
    expect(packageDirOf(`${nm}/react-dom/cjs/react-dom.production.js`)).toEqual({ name: 'react-dom', dir: `${nm}/react-dom` });
    expect(packageDirOf(`\0${nm}/@turf/circle/dist/esm/index.js?commonjs-proxy`)).toEqual({ name: '@turf/circle', dir: `${nm}/@turf/circle` });
    expect(packageDirOf(`${nm}/a/node_modules/b/index.js`)?.name).toBe('b');
    expect(packageDirOf(`${root}src/main.tsx`)).toBeNull();
  });

  it('reads each bundled package once, with its licence file, and names the old `licenses` form', () => {
    const packages = bundledPackages([
      `${nm}/maplibre-gl/dist/maplibre-gl.js`,
      `${nm}/maplibre-gl/dist/maplibre-gl-worker.mjs`,
      `${nm}/react/index.js`,
      `${nm}/arc/arc.js`,
      `${nm}/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2`,
      `${root}src/App.tsx`,
    ]);
    expect(packages.map((p) => p.name)).toEqual(['@fontsource/noto-sans', 'arc', 'maplibre-gl', 'react']);
    const byName = Object.fromEntries(packages.map((p) => [p.name, p]));
    expect(byName['maplibre-gl']!.license).toBe('BSD-3-Clause');
    expect(byName['maplibre-gl']!.licenseText).toMatch(/Redistribution and use in source and binary forms/);
    expect(byName['@fontsource/noto-sans']!.licenseText).toMatch(/SIL Open Font License/);
    expect(byName.arc!.license).toBe('BSD');
    expect(byName.arc!.licenseText).toMatch(/GDAL/);
  });

  it('lists packages that share a licence text together, and each text once', () => {
    const mit = 'MIT License\n\nCopyright (c) Someone';
    const text = noticesText('Header', [
      { name: 'a', version: '1.0.0', license: 'MIT', licenseText: mit },
      { name: 'b', version: '2.0.0', license: 'MIT', licenseText: mit },
      { name: 'c', version: '3.0.0', license: 'ISC', licenseText: null },
    ]);
    expect(text.startsWith('Header\n')).toBe(true);
    expect(text.split('Copyright (c) Someone').length).toBe(2);
    expect(text).toMatch(/a 1\.0\.0 \(MIT\)\nb 2\.0\.0 \(MIT\)/);
    expect(text).toContain('c 3.0.0 (ISC)');
    expect(text).toContain('its package.json states: ISC');
  });

  it('an HTML comment of the notices cannot be closed early by their text', () => {
    const comment = asHtmlComment('a --> b <!-- c --');
    expect(comment.startsWith('<!--\n')).toBe(true);
    expect(comment.endsWith('\n-->')).toBe(true);
    expect(comment.slice(4, -3)).not.toMatch(/--|<!/);
  });
});
