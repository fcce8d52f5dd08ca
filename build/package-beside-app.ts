/**
 * Ships the one-file briefing package beside the app: the presenter's editor fetches it from
 * there to write their tour into it. The briefing build writes `dist-briefing/epaa-briefing.html`;
 * the app build copies it into `dist/`, next to index.html (so `npm run build` builds the
 * package first, then the app). The package build also refreshes the copy in an existing `dist/`,
 * so either order leaves the newest package there. The development server serves the package when
 * one has been built, and answers 404 for it otherwise (rather than the app's page).
 */
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import type { Plugin } from 'vite';
import { PACKAGE_FILE } from '../src/tour-package/mark.ts';

/** For the app build and the development server: the package from `packageDir`, if built. */
export function packageBesideApp(packageDir: URL): Plugin {
  const file = new URL(PACKAGE_FILE, packageDir);
  return {
    name: 'epaa-package-beside-app',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (new URL(req.url ?? '/', 'http://x').pathname !== `/${PACKAGE_FILE}`) return next();
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end('The one-file package is not built: run `npm run build:briefing`.');
          return;
        }
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (!existsSync(file)) {
        this.warn(`no ${PACKAGE_FILE} in ${packageDir.pathname}: the app ships without the one-file package (build it first: \`npm run build\` does)`);
        return;
      }
      this.emitFile({ type: 'asset', fileName: PACKAGE_FILE, source: readFileSync(file) });
    },
  };
}

/** For the package build: refreshes the copy in an app build already in `appDir`. */
export function packageIntoApp(packageDir: URL, appDir: URL): Plugin {
  return {
    name: 'epaa-package-into-app',
    apply: 'build',
    closeBundle() {
      const made = new URL(PACKAGE_FILE, packageDir);
      if (existsSync(new URL('index.html', appDir)) && existsSync(made) && statSync(made).isFile()) {
        copyFileSync(made, new URL(PACKAGE_FILE, appDir));
      }
    },
  };
}
