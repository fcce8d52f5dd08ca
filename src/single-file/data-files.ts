// The geodata files as text, inlined into the one-file briefing package: every data file at the
// top of geodata/ (which ones the app reads is DATA_FILES and TOUR_FILE in data/validate.ts).
import type { CoreFile } from '../data/validate';

const RAW = import.meta.glob<string>('../../geodata/*.{json,geojson}', { query: '?raw', import: 'default', eager: true });

export function inlineFile(file: CoreFile): string | { error: string } {
  return RAW[`../../geodata/${file}`] ?? { error: 'not in the package' };
}
