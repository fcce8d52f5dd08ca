import type { TourStep } from '../data/schema';
import type { Month } from '../data/timeline';
import { pageHashStore } from '../state/useHashState';
import { DEFAULT_TOUR, DRAFT_TOUR } from '../state/url-state';
import { CORRECTIONS_SECTION } from '../ui/list-section';

// What the full page's controls ask of the URL. Each is a write to the one hash store, which
// every part of the page then reads: so a link can ask for the same things a button does.

/** Starts the default tour, from its first step. */
export function present(): void {
  pageHashStore().update({ tour: { id: DEFAULT_TOUR, step: 1 } }, 'now');
}

/** Opens the tour editor. */
export function editTour(): void {
  pageHashStore().update({ edit: true }, 'now');
}

/** Closes the tour editor. */
export function closeEditor(): void {
  pageHashStore().update({ edit: false }, 'now');
}

/** Shows a tour step on the live map, as its briefing would: its phase, camera and date, no site. */
export function showStep(step: TourStep): void {
  pageHashStore().update({ site: null, phase: step.phase, camera: step.camera ?? null, bounds: null, date: step.date ?? null }, 'now');
}

/** Plays the editor's draft (which it has just written) from a step, from 1; the editor stays open behind the briefing. */
export function playDraft(step: number): void {
  pageHashStore().update({ tour: { id: DRAFT_TOUR, step } }, 'now');
}

/** Opens the list view at one of its sections (the corrections). */
export function showSection(section: string): void {
  pageHashStore().update({ list: true, section }, 'now');
}

/** The section asked for is on screen: the request is done. */
export function sectionShown(): void {
  pageHashStore().update({ section: null }, 'now');
}

/** Opens the list view at the corrections. */
export function showCorrections(): void {
  showSection(CORRECTIONS_SECTION);
}

/** Shows the map on a date (written once the reader settles on one). */
export function showDate(date: Month): void {
  pageHashStore().update({ date }, 'settle');
}

/** Shows the map as it is today. */
export function clearDate(): void {
  pageHashStore().update({ date: null }, 'settle');
}
