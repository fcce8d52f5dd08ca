// The geodata files as text, inlined into the one-file briefing package (issue #3).
import sites from '../../geodata/sites.geojson?raw';
import phases from '../../geodata/phases.json?raw';
import statements from '../../geodata/statements.json?raw';
import sources from '../../geodata/sources.json?raw';
import tour from '../../geodata/tour.json?raw';
import glossary from '../../geodata/glossary.json?raw';
import ranges from '../../geodata/ranges.json?raw';
import corrections from '../../geodata/corrections.json?raw';
import type { CoreFile } from '../data/validate';

export const INLINE_FILES: Record<CoreFile, string> = {
  'sites.geojson': sites,
  'phases.json': phases,
  'statements.json': statements,
  'sources.json': sources,
  'tour.json': tour,
  'glossary.json': glossary,
  'ranges.json': ranges,
  'corrections.json': corrections,
};
