// What tour-package.ts bundles for pages: the writer and the reader, as the editor and the
// briefing use them.
export { packageWithTour } from '../../../src/tour-package/package';
export { readEmbeddedTour } from '../../../src/tour-package/embedded';
