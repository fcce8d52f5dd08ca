/**
 * Where the editor starts: the draft kept in this browser, else a copy of the default tour, else
 * one empty step.
 */
import type { AppData } from '../data/app-data';
import { readStored } from '../tour-package/tour-sources';
import { loadTour } from '../data/load';
import { DEFAULT_TOUR } from '../state/url-state';
import { initialState } from './model';
import type { TourDraft } from './model';
import { DRAFT_KEY, NEW_TOUR_ID, readDraft, tourFileJson } from './tour-file';

export interface Start {
  tour: TourDraft;
  /** The file JSON of a start that is not a change of the reader's (the shipped copy), else null. */
  pristine: string | null;
}

/** The shipped copy, read once for every opening of the editor in this page. */
let shipped: Promise<Start> | null = null;

/** The tour the editor opens with (see the module's comment). */
export async function startingTour(data: AppData): Promise<Start> {
  const draft = readDraft(readStored(DRAFT_KEY));
  if (draft) return { tour: draft, pristine: null };
  // The copy is the presenter's own tour: it gets an id of its own, and keeps the shipped text (English).
  shipped ??= loadTour(DEFAULT_TOUR, data).then(
    ({ info, steps }) => ({ id: NEW_TOUR_ID, title: info?.title ?? steps[0]?.title ?? '', lang: info?.lang ?? ('en' as const), steps }),
    () => ({ id: NEW_TOUR_ID, title: '', lang: 'en' as const, steps: [] }),
  ).then((tour) => {
    const { tour: t } = initialState(tour);
    return { tour: t, pristine: tourFileJson(t) };
  });
  return shipped;
}
