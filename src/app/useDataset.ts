import { useEffect, useMemo, useState } from 'react';
import { loadStatements } from '../data/load';
import { preloadStatementList } from '../ui/Statements';
import { FIRST_IDLE_MARK } from '../map/first-idle';
import type { Dataset } from '../data/validate';
import { localize } from '../data/content';
import { withLookups } from '../data/app-data';
import type { AppData } from '../data/app-data';
import type { Language } from '../i18n/load-language';
import { usePromised } from '../state/usePromised';
import { pageHashStore } from '../state/useHashState';

/**
 * The data once it has loaded, in the reader's language (ids, dates and quotes are the same in
 * every language); null until then. Tells the URL's owner which sites and phases exist, from the
 * data as loaded, so a language switch never makes it read the URL again.
 */
export function useDataset(promise: Promise<Dataset>, language: Language, statements: StatementsWhen = 'wait'): AppData | null {
  const first = usePromised(promise);
  const full = useStatements(statements !== 'after-first-view');
  // A briefing or the tour editor checks its tour against the statements: it waits for them.
  const raw = statements === 'wait' ? full : (full ?? first);
  useEffect(() => {
    if (raw) pageHashStore().setKnown({ sites: new Set(raw.sites.map((s) => s.id)), phases: new Set(raw.phases.map((p) => p.id)) });
  }, [raw]);
  return useMemo(() => {
    if (!raw) return null;
    const data = language.content ? localize(raw, language.content) : raw;
    return withLookups({ ...data, problems: [...raw.problems, ...language.problems] }, language.content);
  }, [raw, language]);
}

/**
 * When the statements are read: `wait`, at once, and the data is null until they are there (a
 * view that checks references to them); `now`, at once, the rest shown meanwhile (a panel, the
 * list); `after-first-view`, once the first map is idle (the first view shows no quote).
 */
export type StatementsWhen = 'wait' | 'now' | 'after-first-view';

/** How long a page whose map never idles (no WebGL) waits before reading the statements. */
const NO_IDLE_WAIT_MS = 5000;

/**
 * The dataset with its statements: read at once when `now`, else once the first map is idle (the
 * first view is on screen and has all it needs), or after a few seconds on a page without a map.
 * Null until read.
 */
function useStatements(now: boolean): Dataset | null {
  const [full, setFull] = useState<Dataset | null>(null);
  const wanted = useFirstIdle() || now;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    // The list's code with the statements, so a panel never waits on it after they arrive.
    void Promise.all([loadStatements(), preloadStatementList()]).then(([d]) => live && setFull(d));
    return () => {
      live = false;
    };
  }, [wanted]);
  return full;
}

/** Whether the page's first map has been idle (or has had time to be). */
function useFirstIdle(): boolean {
  const [idle, setIdle] = useState(() => performance.getEntriesByName(FIRST_IDLE_MARK).length > 0);
  useEffect(() => {
    if (idle) return;
    const done = () => setIdle(true);
    const timer = setTimeout(done, NO_IDLE_WAIT_MS);
    const observer = typeof PerformanceObserver === 'undefined' ? null : new PerformanceObserver((list) => {
      if (list.getEntriesByName(FIRST_IDLE_MARK).length) done();
    });
    observer?.observe({ entryTypes: ['mark'] });
    return () => {
      clearTimeout(timer);
      observer?.disconnect();
    };
  }, [idle]);
  return idle;
}
