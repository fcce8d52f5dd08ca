// The geodata files as text, inlined into the one-file briefing package: every data file at the
// top of geodata/ (which ones the app reads is DATA_FILES in data/validate.ts) and every shipped tour.

const RAW = import.meta.glob<string>(['../../geodata/*.{json,geojson}', '../../geodata/tours/*.json'], { query: '?raw', import: 'default', eager: true });

/** A geodata file's text by its path under geodata/ ("sites.geojson", "tours/briefing.json"). */
export function inlineFile(file: string): string | { error: string } {
  return RAW[`../../geodata/${file}`] ?? { error: 'not in the package' };
}
