/**
 * The mark the one-file package's build puts in its head, so that another page served at the
 * package's address (a development server answers every path with the app) is not taken for it.
 */
export const PACKAGE_MARK = { name: 'epaa-package', content: 'one-file-briefing' } as const;

/** The package's file name, written by the briefing build and shipped beside the app's index.html. */
export const PACKAGE_FILE = 'epaa-briefing.html';
