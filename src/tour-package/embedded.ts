/** The id of the script element that carries a presenter's tour inside the one-file package. */
export const EMBEDDED_TOUR_ID = 'epaa-tour';

/** The tour file JSON the one-file package carries, or null when this page carries none. */
export function readEmbeddedTour(doc: Document = document): string | null {
  const el = doc.getElementById(EMBEDDED_TOUR_ID);
  return el instanceof HTMLScriptElement && el.type === 'application/json' ? el.text : null;
}
