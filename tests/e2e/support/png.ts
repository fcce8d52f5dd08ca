// Reading PNG files in tests without an image library: size from the header, pixels via the browser.
import type { Page } from 'playwright-core';

export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Shares of the pixels in a region (fractions of the image, default all) close to each colour. */
export async function colourShares(
  page: Page,
  png: Buffer,
  colours: Record<string, string>,
  region: { top: number; bottom: number } = { top: 0, bottom: 1 },
  /** How far (sum of the channels' differences) a pixel may be from a colour and still count. */
  tolerance = 40,
): Promise<Record<string, number>> {
  return page.evaluate(
    async ({ b64, colours, region, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const y0 = Math.floor(img.height * region.top);
      const y1 = Math.ceil(img.height * region.bottom);
      const { data } = ctx.getImageData(0, y0, img.width, y1 - y0);
      const targets = Object.entries(colours).map(([n, hex]) => [n, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))] as const);
      const counts: Record<string, number> = Object.fromEntries(targets.map(([n]) => [n, 0]));
      for (let i = 0; i < data.length; i += 4) {
        for (const [n, [r, g, b]] of targets) {
          if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < tolerance) counts[n]!++;
        }
      }
      const total = data.length / 4;
      return Object.fromEntries(Object.entries(counts).map(([n, c]) => [n, c / total]));
    },
    { b64: png.toString('base64'), colours, region, tolerance },
  );
}
