/**
 * Where everything goes on an exported image: one layout, read by the PNG (export-png.ts) and the
 * SVG (svg-view.ts), so both put the same text in the same place. The image has a fixed width and
 * a fixed 16:10 shape, whatever the size of the map on screen: the header (title, caption) and the
 * footer (legend, illustrative-only note, credits) take what their text needs, and the map frame
 * takes the rest. Pure: text widths come from the caller, so it runs in tests.
 *
 * To draw something new on the image (a scale bar in the map frame, a date in the header), add a
 * block to `ExportContent` and place it here; the renderers draw every `TextLine` they are given,
 * in the group it names.
 */
import type { LegendEntry } from '../ui/Legend';
import type { ColourName } from '../theme/palette';

/** The image's width in CSS pixels; each export size draws it at a scale. */
export const EXPORT_WIDTH = 1200;
/** Width over height of the whole image. */
export const EXPORT_ASPECT = 16 / 10;
export const EXPORT_HEIGHT = Math.round(EXPORT_WIDTH / EXPORT_ASPECT);

export type ExportSize = 'screen' | 'double' | 'print';
/** Image pixels per CSS pixel of the layout: 1200, 2400 and 3000 pixels wide. */
export const EXPORT_SCALES: Record<ExportSize, number> = { screen: 1, double: 2, print: 3000 / EXPORT_WIDTH };

/** The map is never squeezed below this share of the image's height, however long the text. */
const MIN_MAP_SHARE = 0.55;

/** The width of a line of text at a size and weight, in CSS pixels. */
export type MeasureText = (text: string, size: number, weight: 400 | 700) => number;

export type { LegendEntry };

export interface ExportContent {
  title: string;
  /** The view in words, as a caption: "Redzikowo, Poland: phase 3 (SM-3 Block IIA)". */
  caption: string;
  legend: LegendEntry[];
  note: string;
  credits: string;
}

/** The named groups of the image; the SVG keeps them as `<g id>`. */
export type TextGroup = 'header' | 'illustrative-note' | 'credits';

export interface TextLine {
  text: string;
  x: number;
  /** The line's alphabetic baseline. */
  y: number;
  size: number;
  weight: 400 | 700;
  colour: ColourName;
  group: TextGroup;
}

export interface PlacedLegendEntry extends LegendEntry {
  /** The symbol's centre; the label starts `LEGEND_LABEL_GAP` to the right of `x`. */
  x: number;
  y: number;
}

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  map: Frame;
  text: TextLine[];
  legend: PlacedLegendEntry[];
  /** Legend symbols and labels, in CSS pixels. */
  legendSymbol: number;
  legendSize: number;
}

export const LEGEND_LABEL_GAP = 12;
const PAD = 16;
const STYLE = {
  title: { size: 22, weight: 700, lineHeight: 28, colour: 'ink' },
  caption: { size: 15, weight: 400, lineHeight: 21, colour: 'muted' },
  note: { size: 13, weight: 400, lineHeight: 18, colour: 'note-ink' },
  credits: { size: 13, weight: 400, lineHeight: 18, colour: 'muted' },
} as const;
const LEGEND = { size: 14, symbol: 14, rowHeight: 24, itemGap: 18 };

/** Splits text into lines no wider than `width`. */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lays out an image of `EXPORT_WIDTH` x `EXPORT_HEIGHT` CSS pixels (see the module's note). */
export function exportLayout(content: ExportContent, measure: MeasureText): ExportLayout {
  const W = EXPORT_WIDTH;
  const H = EXPORT_HEIGHT;
  const textWidth = W - 2 * PAD;
  const text: TextLine[] = [];
  const block = (s: string, style: (typeof STYLE)[keyof typeof STYLE], group: TextGroup, top: number): number => {
    let y = top;
    for (const line of wrapText(s, textWidth, (t) => measure(t, style.size, style.weight))) {
      text.push({ text: line, x: PAD, y: y + style.size, size: style.size, weight: style.weight, colour: style.colour, group });
      y += style.lineHeight;
    }
    return y;
  };

  // Header, from the top.
  let y = block(content.title, STYLE.title, 'header', PAD);
  y = block(content.caption, STYLE.caption, 'header', y);
  const mapTop = Math.round(y + PAD / 2);

  // Footer, laid out from its own top and then moved to the bottom of the image.
  const footText = text.length;
  const legend: PlacedLegendEntry[] = [];
  let x = PAD;
  let row = 0;
  for (const item of content.legend) {
    const w = LEGEND.symbol + LEGEND_LABEL_GAP + measure(item.label, LEGEND.size, 400) + LEGEND.itemGap;
    if (x + w > W - PAD && x > PAD) {
      row++;
      x = PAD;
    }
    legend.push({ ...item, x: x + LEGEND.symbol / 2, y: row * LEGEND.rowHeight + LEGEND.rowHeight / 2 });
    x += w;
  }
  let fy = (content.legend.length ? row + 1 : 0) * LEGEND.rowHeight + 4;
  fy = block(content.note, STYLE.note, 'illustrative-note', fy);
  fy = block(content.credits, STYLE.credits, 'credits', fy);
  const footH = fy + PAD * 0.75;
  // The footer sits at the bottom; if the text is very long the map keeps its minimum and the
  // footer starts right under it (the image keeps its size, the last lines may be cut).
  const mapHeight = Math.max(Math.round(H * MIN_MAP_SHARE), Math.floor(H - mapTop - footH - PAD * 0.75));
  const footTop = mapTop + mapHeight + PAD * 0.75;
  for (const line of text.slice(footText)) line.y += footTop;
  for (const item of legend) item.y += footTop;

  return { width: W, height: H, map: { x: 0, y: mapTop, width: W, height: mapHeight }, text, legend, legendSymbol: LEGEND.symbol, legendSize: LEGEND.size };
}
