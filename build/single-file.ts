/**
 * A Vite plugin that folds a build into one self-contained HTML file: every script and
 * stylesheet is put inline and the other files are dropped. Used by `npm run build:briefing`; the
 * build it wraps must have no code splitting and inline every asset (see vite.config.ts).
 */
import type { Plugin } from 'vite';
import { PACKAGE_MARK } from '../src/tour-package/mark.ts';

/**
 * Keeps inline code from closing its own element early. Only `</tag` is rewritten: in code a `<`
 * may be an operator, where `\u003c` (how package.ts writes JSON, every `<`) would break it.
 */
export function escapeInline(code: string, tag: 'script' | 'style'): string {
  return code.replace(new RegExp(`</${tag}`, 'gi'), `<\\/${tag}`);
}

export function singleFile(fileName: string): Plugin {
  return {
    name: 'epaa-single-file',
    enforce: 'post',
    // The page's font preload hints go before Vite reads the page: a font the page names is emitted
    // as a file of its own, and the stylesheet would point to it instead of carrying it inline.
    transformIndexHtml: {
      order: 'pre',
      handler: (page) => page.replace(/<link rel="preload"[^>]*as="font"[^>]*>\s*/g, ''),
    },
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
      if (!html || html.type !== 'asset') throw new Error('single-file: no HTML in the bundle');
      let page = String(html.source);
      // The mark that tells the package from any other page served at its address.
      const mark = `<meta name="${PACKAGE_MARK.name}" content="${PACKAGE_MARK.content}" />`;
      if (!/<meta charset="UTF-8" \/>/.test(page)) throw new Error('single-file: no <meta charset> to put the package mark after');
      page = page.replace(/<meta charset="UTF-8" \/>/, (m) => `${m}\n    ${mark}`);
      const take = (href: string) => {
        const name = href.replace(/^\.?\//, '');
        const file = bundle[name];
        if (!file) throw new Error(`single-file: ${name} is not in the bundle`);
        delete bundle[name];
        // With no chunks to load, Vite leaves its preload placeholder unfilled: nothing to preload.
        return file.type === 'chunk' ? file.code.replaceAll('__VITE_PRELOAD__', 'void 0') : String(file.source);
      };
      page = page.replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, (_m, src: string) => {
        return `<script type="module">${escapeInline(take(src), 'script')}</script>`;
      });
      page = page.replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_m, href: string) => {
        return `<style>${escapeInline(take(href), 'style')}</style>`;
      });
      page = page.replace(/<link rel="modulepreload"[^>]*>/g, '');
      const left = Object.keys(bundle).filter((k) => k !== html.fileName);
      if (left.length) throw new Error(`single-file: files would be left beside the page: ${left.join(', ')}`);
      html.source = page;
      html.fileName = fileName;
    },
  };
}
