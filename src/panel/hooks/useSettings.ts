import { type Dispatch, useEffect, useRef } from 'react';
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
  useEffect(() => {
    // Saving before the load finished would overwrite the saved settings with the defaults.
    if (!loaded.current) return;
    // A dragged splitter or column changes settings every frame: the last value is saved once it rests.
    const timer = setTimeout(() => {
      services.settings
        .save(settings)
        .catch((error: unknown) => console.warn('apigw403: could not save settings', error));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [services, settings]);
}
