// The geodata files as text, inlined into the one-file briefing package (issue #3).
import sites from '../../geodata/sites.geojson?raw';
import phases from '../../geodata/phases.json?raw';
import statements from '../../geodata/statements.json?raw';
import sources from '../../geodata/sources.json?raw';
import tour from '../../geodata/tour.json?raw';
import type { DataFile } from '../data/validate';

export const INLINE_FILES: Record<DataFile, string> = {
  'sites.geojson': sites,
  'phases.json': phases,
  'statements.json': statements,
  'sources.json': sources,
  'tour.json': tour,
};
