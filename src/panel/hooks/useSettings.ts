import { type Dispatch, useCallback, useEffect, useRef } from 'react';
import type { PanelAction } from '../../ui/state/actions.ts';
import type { PanelSettings } from '../../ui/state/types.ts';
import type { PanelServices } from '../services.ts';

const SAVE_DELAY_MS = 250;

/** Loads the saved settings once, then saves every change the user makes. */
export function useSettings(
  services: PanelServices,
  settings: PanelSettings,
  dispatch: Dispatch<PanelAction>,
): void {
  const loaded = useRef(false);
  useEffect(() => {
    let cancelled = false;
    services.settings
      .load()
      .then((saved) => {
        if (!cancelled) dispatch({ type: 'settingsChanged', settings: saved });
      })
      .catch((error: unknown) => console.warn('apigw403: could not load settings', error))
      .finally(() => {
        loaded.current = true;
      });
    return () => {
      cancelled = true;
    };
  }, [services, dispatch]);
  const pending = useRef<PanelSettings | undefined>(undefined);
  const lastSeen = useRef<PanelSettings | undefined>(undefined);
  const flush = useCallback(() => {
    const settings = pending.current;
    pending.current = undefined;
    if (!settings) return;
    services.settings
      .save(settings)
      .catch((error: unknown) => console.warn('apigw403: could not save settings', error));
  }, [services]);
  useEffect(() => {
    // Saving before the load finished would overwrite the saved settings with the defaults.
    if (!loaded.current) return;
    const previous = pending.current ?? lastSeen.current;
    pending.current = settings;
    lastSeen.current = settings;
    // A dragged splitter or column changes its setting every frame: that is saved once it rests. A click on
    // a checkbox is saved at once…
    const dragged =
      previous !== undefined &&
      previous.preserveLog === settings.preserveLog &&
      previous.maxRequests === settings.maxRequests;
    if (!dragged) {
      flush();
      return;
    }
    const timer = setTimeout(flush, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [settings, flush]);
  useEffect(() => {
    // …or right away when the panel goes (DevTools closed, panel unmounted), so the last change is not lost.
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);
}
