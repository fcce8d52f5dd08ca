import { useCallback, useState } from 'react';
import { useEscapeCloses, useReturnFocus } from '../ui/panel-keys';
import type { Phase, Site } from '../data/select';
import { siteEmphasis } from '../data/select';
import type { Messages } from '../i18n/messages/en';
import { pageHashStore } from '../state/useHashState';
import type { Camera, HashState, ViewBounds } from '../state/url-state';
import type { AppData } from '../data/app-data';

/** What is selected, and how a person changes it. */
export interface Selection {
  site: Site | null;
  phase: Phase | null;
  /** The camera the URL asks for; null means "fit `bounds`, else all sites". */
  camera: Camera | null;
  /** A shared box the URL asks to fit, when it names no camera. */
  bounds: ViewBounds | null;
  emphasis: (site: Site) => ReturnType<typeof siteEmphasis>;
  selectSite: (id: string) => void;
  selectPhase: (phase: number | null) => void;
  setCamera: (camera: Camera) => void;
  closePanel: () => void;
  /** Whether the open panel takes focus: yes when a person opened it, no when a URL restored it. */
  panelTakesFocus: boolean;
}

/**
 * The selected site and phase, from the URL, as far as the data has them. Focus goes into the
 * panel when a person opens a site (not when a URL restores it, nor when stepping through
 * phases), and back where it came from on close; Esc closes the panel (inside a dialog, Esc
 * closes the dialog only). On a phone, where the panel covers part of the map, opening it is a
 * step in the browser's history, so Back closes it. With `escCloses` false, Esc is the caller's
 * (an embed, whose panel is not the selection).
 */
export function useSelection(data: AppData | null, hash: HashState, announce: (text: string) => void, strings: Messages, compact = false, escCloses = true): Selection {
  const site = (hash.site !== null && data?.sitesById.get(hash.site)) || null;
  const phase = (hash.phase !== null && data?.phasesById.get(hash.phase)) || null;
  const phaseId = phase?.id ?? null;
  const focus = useReturnFocus();
  const [panelTakesFocus, setPanelTakesFocus] = useState(false);

  const panelOpen = site !== null || phase !== null;
  const open = useCallback(
    (change: Partial<HashState>, takeFocus: boolean) => {
      focus.remember();
      setPanelTakesFocus(takeFocus);
      pageHashStore().update(change, compact && !panelOpen ? 'push' : 'settle');
    },
    [compact, panelOpen, focus],
  );

  const selectSite = useCallback(
    (id: string) => {
      open({ site: id }, true);
      announce(strings.announce.site(data?.sitesById.get(id)?.name ?? id));
    },
    [open, announce, strings, data],
  );
  const selectPhase = useCallback(
    (n: number | null) => {
      open({ phase: n, site: null }, false);
      announce(n === null ? strings.announce.allPhases : strings.announce.phase(data?.phasesById.get(n)?.name ?? String(n)));
    },
    [open, announce, strings, data],
  );
  const setCamera = useCallback((camera: Camera) => pageHashStore().update({ camera, bounds: null }, 'settle'), []);

  const hasSite = site !== null;
  const closePanel = useCallback(() => {
    pageHashStore().undoPush(hasSite ? { site: null } : { phase: null });
    announce(strings.announce.closed);
    focus.restore();
  }, [hasSite, announce, strings, focus]);
  useEscapeCloses(panelOpen && escCloses, closePanel);

  const emphasis = useCallback((s: Site) => siteEmphasis(s, phaseId), [phaseId]);
  return { site, phase, camera: hash.camera, bounds: hash.camera ? null : hash.bounds, emphasis, selectSite, selectPhase, setCamera, closePanel, panelTakesFocus };
}
