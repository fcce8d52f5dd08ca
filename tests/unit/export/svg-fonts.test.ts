import { describe, expect, it } from 'vitest';
import { faceIsUsed, fontFaceRule, svgText, withFonts } from '../../../src/export/svg-fonts';
import { SUBSET_RANGES } from '../../../src/theme/fonts';

const range = (s: keyof typeof SUBSET_RANGES) => SUBSET_RANGES[s].join(', ');

describe('the fonts an SVG carries', () => {
  it('takes a subset only when the text uses one of its characters', () => {
    expect(faceIsUsed(range('latin'), 'Redzikowo')).toBe(true);
    expect(faceIsUsed(range('cyrillic'), 'Redzikowo')).toBe(false);
    expect(faceIsUsed(range('cyrillic'), 'Редзиково')).toBe(true);
    expect(faceIsUsed(range('latin-ext'), 'Kürecik')).toBe(false); // ü is Latin-1
    expect(faceIsUsed(range('latin-ext'), 'Băsescu')).toBe(true);
    expect(faceIsUsed(range('latin-ext'), ' \n ')).toBe(false);
  });

  it("reads an SVG's text, not its markup or path data", () => {
    const svg = '<svg><path d="M0 0L1 1"/><text x="1">Деревня</text><g><text>Rota</text></g></svg>';
    expect(svgText(svg)).toContain('Деревня');
    expect(svgText(svg)).toContain('Rota');
    expect(svgText(svg)).not.toContain('M0 0');
  });

  it('puts the faces in the definitions and names the typeface', () => {
    const rule = fontFaceRule({ weight: '700', url: 'x.woff2', range: 'U+0000-00FF' }, 'AAAA');
    expect(rule).toBe("@font-face{font-family:'Noto Sans';font-weight:700;src:url(data:font/woff2;base64,AAAA) format('woff2');unicode-range:U+0000-00FF}");
    const svg = withFonts('<svg>\n<defs><clipPath/></defs></svg>', rule);
    expect(svg).toContain(`<defs><style>${rule}</style><clipPath/>`);
    expect(svg).toMatch(/<!-- Text: Noto Sans \(SIL Open Font License 1\.1\), embedded/);
    // With no file to embed, the family is still named.
    expect(withFonts('<svg><defs></defs></svg>', '')).toMatch(/<!-- Text: Noto Sans \(SIL Open Font License 1\.1\)\. -->\n<defs><\/defs>/);
  });
});
