/**
 * The whole dataset validated in one call, statements included: for the command line
 * (`npm run validate`) and the tests. The app validates the first view's files first and the
 * statements when they are read (load.ts), so that their schema is not in the first view.
 */
import { statement } from './statement-schema';
import { validateFiles } from './validate';
import type { Dataset, RawFiles } from './validate';

export const validateDataset = (files: RawFiles): Dataset => validateFiles(files, statement);
