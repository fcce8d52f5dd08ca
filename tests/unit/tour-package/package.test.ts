import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPackage, PackageError, withEmbeddedTour } from '../../../src/tour-package/package';
import { readEmbeddedTour } from '../../../src/tour-package/embedded';
import { PACKAGE_MARK } from '../../../src/tour-package/mark';

const MARK = `<meta name="${PACKAGE_MARK.name}" content="${PACKAGE_MARK.content}" />`;

/**
 * A page shaped like the package: a comment at the top, the mark, and inline code whose text
 * holds what looks like markup (as the package's own code does, this writer among it).
 */
const PACKAGE = `<!doctype html>
<!-- notices: a <head> and a </head> in a comment -->
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    ${MARK}
    <title>EPAA missile-defence map</title>
    <script type="module">const s = "<script>"; const h = "</head>"; const m = '<meta name="x">';<\\/script></script>
    <style>a::after { content: "</head>"; }</style>
  </head>
  <body><div id="root"></div></body>
</html>`;

const tour = (title: string) =>
  JSON.stringify({ id: 'my-tour', title, lang: 'en', steps: [{ id: 'a', title, phase: null, sites: [], statements: [], notes: `${title} notes` }] });

/**
 * The element's text as the browser's tokenizer reads it: script data ends at the first `</script`
 * (with no `<` inside, no other rule of script data applies).
 */
function embedded(html: string): { text: string; at: number }[] {
  const found: { text: string; at: number }[] = [];
  const open = /<script type="application\/json" id="epaa-tour">/g;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const end = /<\/script/gi;
    end.lastIndex = m.index + m[0].length;
    found.push({ text: html.slice(end.lastIndex, end.exec(html)!.index), at: m.index });
  }
  return found;
}

/** Where the page's real head ends: after the style element, the last thing in it. */
const realHeadEnd = (html: string) => html.indexOf('</head>', html.indexOf('</style>'));

describe('writing a tour into the one-file package', () => {
  it('puts the tour just before the real end of the head, not one written inside code, a style or a comment', () => {
    const page = withEmbeddedTour(PACKAGE, tour('Planned against built'));
    const [el, ...more] = embedded(page);
    expect(more).toEqual([]);
    expect(el!.at).toBeGreaterThan(page.indexOf('</style>'));
    expect(page.indexOf('</head>', el!.at)).toBe(realHeadEnd(page));
    expect(page.slice(el!.at).indexOf('</script></head>')).toBeGreaterThan(0);
    // The rest of the page is untouched.
    expect(page.replace(/<script type="application\/json" id="epaa-tour">.*?<\/script>/, '')).toBe(PACKAGE);
  });

  it('writes every < as \\u003c: a title that tries to close the element or open a comment round-trips as the same string', () => {
    const hostile = '</script><img src=x onerror=alert(1)><!-- <script> </SCRIPT >';
    const page = withEmbeddedTour(PACKAGE, tour(hostile));
    const [el] = embedded(page);
    expect(el!.text).not.toContain('<');
    expect(el!.text).toContain('\\u003c/script>\\u003cimg');
    expect(JSON.parse(el!.text).title).toBe(hostile);
    expect(JSON.parse(el!.text).steps[0].notes).toBe(`${hostile} notes`);
    // No markup was added to the page but the element itself.
    expect(page.split('<img').length).toBe(PACKAGE.split('<img').length);
  });

  it('any text round-trips, and nothing in it can end the element', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('<', '/', 'script', 'SCRIPT', '>', '!--', '"', '\\', 'İ', '\u2028'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }), (title) => {
        const page = withEmbeddedTour(PACKAGE, tour(title));
        const found = embedded(page);
        expect(found.length).toBe(1);
        expect(found[0]!.text).not.toContain('<');
        expect(JSON.parse(found[0]!.text).title).toBe(title);
        expect(page.indexOf('</head>', found[0]!.at)).toBe(realHeadEnd(page));
      }),
    );
  });

  it('replaces the tour a package already carries, keeping one', () => {
    const once = withEmbeddedTour(PACKAGE, tour('First'));
    const twice = withEmbeddedTour(once, tour('Second'));
    const found = embedded(twice);
    expect(found.map((f) => JSON.parse(f.text).title)).toEqual(['Second']);
    expect(twice).toBe(withEmbeddedTour(PACKAGE, tour('Second')));
  });

  it('rejects a page with no </head> and a tour that is not JSON, saying which', () => {
    const noHead = PACKAGE.replace('</head>\n  <body>', '<body>');
    expect(() => withEmbeddedTour(noHead, tour('x'))).toThrow(PackageError);
    expect(() => withEmbeddedTour(noHead, tour('x'))).toThrow(/end of its head/);
    expect(() => withEmbeddedTour('<html><body>no head</body></html>', tour('x'))).toThrow(/end of its head/);
    try {
      withEmbeddedTour(PACKAGE, '{"id": "x", <b>');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PackageError);
      expect((e as PackageError).problem).toBe('invalid-tour');
      expect((e as Error).message).toMatch(/not JSON/);
    }
  });
});

describe('telling the package from another page', () => {
  it('is the package only with the build\'s mark in its head', () => {
    expect(isPackage(PACKAGE)).toBe(true);
    expect(isPackage(PACKAGE.replace(MARK, ''))).toBe(false);
  });

  it('the mark written inside code, a comment or the body does not count', () => {
    const app = PACKAGE.replace(MARK, '');
    expect(isPackage(app.replace('const s', `const k = '${MARK}'; const s`))).toBe(false);
    expect(isPackage(app.replace('<title>', `<!-- ${MARK} --><title>`))).toBe(false);
    expect(isPackage(app.replace('<div id="root">', `<div id="root">${MARK}`))).toBe(false);
    expect(isPackage('')).toBe(false);
  });
});

describe('reading the embedded tour', () => {
  const doc = (el: { tagName: string; type: string; textContent: string } | null) => ({ getElementById: (id: string) => (id === 'epaa-tour' ? el : null) }) as unknown as Document;

  it('is the JSON script\'s text, or null when there is none or it is another element', () => {
    expect(readEmbeddedTour(doc({ tagName: 'SCRIPT', type: 'application/json', textContent: '{"id":"x"}' }))).toBe('{"id":"x"}');
    expect(readEmbeddedTour(doc(null))).toBeNull();
    expect(readEmbeddedTour(doc({ tagName: 'DIV', type: '', textContent: '{}' }))).toBeNull();
    expect(readEmbeddedTour(doc({ tagName: 'SCRIPT', type: 'module', textContent: '{}' }))).toBeNull();
  });
});
