/**
 * Keeps the audience window and the presenter's window on the same tour and step and in the same language,
 * in both directions, with a BroadcastChannel: same origin, same machine, no server.
 */
import { isLang } from '../i18n/languages';
import type { Lang } from '../i18n/languages';
import { TOUR_ID } from '../data/tour-id';

export type BriefingMessage = { type: 'step'; tour: string; step: number } | { type: 'lang'; lang: Lang } | { type: 'hello' } | { type: 'exit' };

export interface BriefingChannel {
  post(message: BriefingMessage): void;
  close(): void;
}

const NAME = 'epaa-briefing';

/** Opens the channel; `onMessage` sees only the other windows' messages, never this one's own. */
export function openBriefingChannel(onMessage: (message: BriefingMessage) => void): BriefingChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const m = e.data as Partial<BriefingMessage> | null;
    if (m?.type === 'step' && typeof m.step === 'number' && Number.isInteger(m.step) && m.step >= 1 && typeof m.tour === 'string' && TOUR_ID.test(m.tour)) {
      onMessage({ type: 'step', tour: m.tour, step: m.step });
    }
    else if (m?.type === 'lang' && isLang(m.lang)) onMessage({ type: 'lang', lang: m.lang });
    else if (m?.type === 'hello' || m?.type === 'exit') onMessage({ type: m.type });
  };
  return { post: (m) => channel.postMessage(m), close: () => channel.close() };
}
