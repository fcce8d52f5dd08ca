// The package writer as the browser runs it, for specs: the production build has no module a
// page can import by path, so this bundles src/tour-package/ into one script that a spec adds to
// a page (`page.addScriptTag({ content })`); it sets `window.tourPackage`.
import { tmpdir } from 'node:os';
import { build } from 'vite';
import type { Rolldown } from 'vite';

export interface TourPackageGlobal {
  packageWithTour(tourJson: string): Promise<Blob>;
  readEmbeddedTour(doc?: Document): string | null;
}

let script: Promise<string> | undefined;

/** The script's text (bundled once per spec file). */
export function tourPackageScript(): Promise<string> {
  script ??= (async () => {
    const entry = new URL('./tour-package-page.ts', import.meta.url).pathname;
    const out = (await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      build: {
        write: false,
        // Never the project's dist/: nothing is written, and nothing is emptied.
        outDir: tmpdir(),
        emptyOutDir: false,
        minify: false,
        lib: { entry, formats: ['iife'], name: 'tourPackage' },
      },
    })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
    const chunk = (Array.isArray(out) ? out[0]! : out).output.find((o) => o.type === 'chunk');
    if (!chunk || chunk.type !== 'chunk') throw new Error('tour-package: no script built');
    return chunk.code;
  })();
  return script;
}
