import { useCallback, useEffect, useEffectEvent, useRef } from 'react';
import type { Lang } from '../i18n/languages';
import { pageHashStore } from '../state/useHashState';
import type { TourRef } from '../state/url-state';
import { openBriefingChannel } from './channel';
import type { BriefingChannel, BriefingMessage } from './channel';

/**
 * Keeps the audience's window and the presenter's in step: a step taken in one is taken in the
 * other (applied without being sent back), a new window asks where the briefing is, and a language
 * chosen in one is the other's too. Returns how to go to a tour's step here and there.
 */
export function useBriefingSync(at: TourRef, step: number, presenter: boolean, lang: Lang, onGo: (at: TourRef) => void): (to: TourRef) => void {
  const channel = useRef<BriefingChannel | null>(null);
  const onMessage = useEffectEvent((m: BriefingMessage, c: BriefingChannel) => {
    if (m.type === 'step') onGo({ id: m.tour, step: m.step });
    else if (m.type === 'lang') pageHashStore().update({ lang: m.lang }, 'now');
    else if (m.type === 'hello' && !presenter) c.post({ type: 'step', tour: at.id, step });
  });
  useEffect(() => {
    const c = openBriefingChannel((m) => onMessage(m, c));
    channel.current = c;
    if (presenter) c.post({ type: 'hello' });
    return () => {
      channel.current = null;
      c.close();
    };
  }, [presenter]);

  // The presenter view follows the room's language, and the room the presenter's.
  const shownLang = useRef<Lang>(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    channel.current?.post({ type: 'lang', lang });
  }, [lang]);

  return useCallback(
    (to: TourRef) => {
      onGo(to);
      channel.current?.post({ type: 'step', tour: to.id, step: to.step });
    },
    [onGo],
  );
}
