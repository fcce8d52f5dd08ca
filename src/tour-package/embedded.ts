/** The id of the element that carries a presenter's tour inside the one-file package. */
export const EMBEDDED_TOUR_ID = 'epaa-tour';

/**
 * The tour file JSON carried inside the one-file package, as written by the package's writer
 * (`<script type="application/json" id="epaa-tour">`), or null when the page carries none.
 * @param doc the page to read; defaults to the current document
 */
export function readEmbeddedTour(doc: Document = document): string | null {
  const el = doc.getElementById(EMBEDDED_TOUR_ID);
  if (!el || el.tagName !== 'SCRIPT' || (el as HTMLScriptElement).type !== 'application/json') return null;
  return el.textContent;
}
