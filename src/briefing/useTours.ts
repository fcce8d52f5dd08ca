import { useEffect, useMemo, useState } from 'react';
import type { AppData } from '../data/app-data';
import type { Lang } from '../i18n/languages';
import { usePromised } from '../state/usePromised';
import { DRAFT_TOUR } from '../state/url-state';
import { DRAFT_KEY, DRAFT_SAVED_EVENT, loadTourSources, playable, readDraftSource, toPlayable } from '../tour-package/tour-sources';
import type { PlayableTour, TourSource } from '../tour-package/tour-sources';

/**
 * The tours a briefing can play, in the reader's language: every source (null until read), the
 * one the URL asks for (`asked`, playable or not) and the playable ones. The draft is read again
 * each time it is asked for, and whenever the editor saves it (in another tab: a storage event; in
 * this one: its own event): it may have changed since the briefing started.
 */
export function useTours(data: AppData, askedId: string, lang: Lang): { all: TourSource[] | null; asked: TourSource | null; tours: PlayableTour[] } {
  // Loaded once: ids are the same in every language, so a language switch only retranslates them.
  const targets = data.targets;
  const sources = usePromised(useMemo(() => loadTourSources({ targets }), [targets]));
  const [draftSaved, setDraftSaved] = useState(0);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => e.key === DRAFT_KEY && setDraftSaved((n) => n + 1);
    const onSaved = () => setDraftSaved((n) => n + 1);
    window.addEventListener('storage', onStorage);
    window.addEventListener(DRAFT_SAVED_EVENT, onSaved);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener(DRAFT_SAVED_EVENT, onSaved);
    };
  }, []);
  const askedDraft = askedId === DRAFT_TOUR;
  const draft = useMemo(() => readDraftSource({ targets }, { askedDraft, draftSaved }), [askedDraft, draftSaved, targets]);
  const content = data.content;
  const all = useMemo(() => (sources ? sources.map((s) => (s.id === DRAFT_TOUR && draft ? draft : s)) : null), [sources, draft]);
  const tours = useMemo(() => (all ? all.filter(playable).map((s) => toPlayable(s, content, lang)) : []), [all, content, lang]);
  return { all, asked: all?.find((s) => s.id === askedId) ?? null, tours };
}
