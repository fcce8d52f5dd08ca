import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers';

/**
 * The floors of src/, top to bottom (README.md, "Layout"): a folder imports only from the floors
 * below it, never from its own floor's other folders or from above. Whatever two folders on one
 * floor both need goes down a floor.
 */
export const FLOORS: readonly (readonly string[])[] = [
  ['.'], // main.tsx, App.tsx
  ['app'],
  ['briefing', 'explore', 'embed', 'tour-editor'],
  ['export', 'tour-package'],
  ['map', 'ui'],
  ['i18n'],
  ['state', 'theme', 'geo'],
  ['data'],
  ['single-file'], // the files the one-file build inlines instead of fetching
];

const src = resolve(root, 'src');
const floorOf = new Map(FLOORS.flatMap((folders, floor) => folders.map((f) => [f, floor] as const)));

/** The top folder of src/ a path is in ('.' for the files at the top). */
function folderOf(path: string): string {
  const parts = relative(src, path).split('/');
  if (parts.length > 1) return parts[0]!;
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ? parts[0]! : '.';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every import between two folders of src/: static, dynamic and type-only alike. */
export function crossFolderImports(text: string, file: string): { from: string; to: string; line: string }[] {
  const out: { from: string; to: string; line: string }[] = [];
  const specifiers = /\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of text.matchAll(specifiers)) {
    const target = resolve(dirname(file), m[1]!.replace(/\?.*$/, ''));
    if (!target.startsWith(src + '/')) continue;
    const from = folderOf(file);
    const to = folderOf(target);
    if (from !== to) out.push({ from, to, line: `${relative(src, file)} imports ${m[1]}` });
  }
  return out;
}

describe('the layers of src/', () => {
  const imports = sourceFiles(src).flatMap((file) => crossFolderImports(readFileSync(file, 'utf8'), file));

  it('places every folder of src/ on a floor', () => {
    const folders = readdirSync(src).filter((f) => statSync(join(src, f)).isDirectory());
    expect(folders.filter((f) => !floorOf.has(f))).toEqual([]);
  });

  it('has no import that runs up a floor or sideways along one', () => {
    const wrong = imports.filter(({ from, to }) => floorOf.get(to)! <= floorOf.get(from)!).map((i) => i.line);
    expect(wrong).toEqual([]);
  });

  it('sees imports of every kind, so a new upward one would fail the check above', () => {
    expect(imports.length).toBeGreaterThan(200);
    const file = join(src, 'ui', 'Example.tsx');
    const found = crossFolderImports(
      "import { a } from '../app/x';\nimport type { B } from '../briefing/y';\nconst C = lazy(() => import('../export/z'));\nimport { d } from './same';",
      file,
    );
    expect(found.map((i) => i.to)).toEqual(['app', 'briefing', 'export']);
  });
});

/**
 * Each place in src/ that looks an element up by selector, with the comment just above it that
 * says why no prop or ref can reach it. Modules hand each other elements through props and refs:
 * a class renamed in one folder must not silently break another.
 */
export function selectorLookups(text: string, file: string): { at: string; reason: string }[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    if (!/querySelector(All)?\b/.test(line)) return [];
    let reason = '';
    for (let j = i - 1; j >= 0 && /^\s*(\/\/|\*|\/\*\*)/.test(lines[j]!); j--) reason = `${lines[j]!.trim()} ${reason}`;
    return [{ at: `${relative(src, file)}:${i + 1}`, reason: reason.trim() }];
  });
}

describe('elements found by selector', () => {
  const lookups = sourceFiles(src)
    .filter((f) => !/\.test\.tsx?$/.test(f))
    .flatMap((file) => selectorLookups(readFileSync(file, 'utf8'), file));

  it('are at most four, each with its reason in a comment above it', () => {
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.length).toBeLessThanOrEqual(4);
    expect(lookups.filter((l) => !l.reason).map((l) => l.at)).toEqual([]);
  });

  it('are found with the comment above them, and without one when there is none', () => {
    const file = join(src, 'ui', 'Example.tsx');
    const found = selectorLookups("const a = 1;\n  // MapLibre's own button.\n  const b = el.querySelector('.x');\nconst c = document.querySelectorAll('y');", file);
    expect(found).toEqual([
      { at: 'ui/Example.tsx:3', reason: "// MapLibre's own button." },
      { at: 'ui/Example.tsx:4', reason: '' },
    ]);
  });
});
