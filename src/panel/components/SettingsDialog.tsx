import { type Dispatch, useState } from 'react';
import { useT } from '../../ui/components/TranslateContext.tsx';
import type { PanelAction } from '../../ui/state/actions.ts';
import type { PanelSettings } from '../../ui/state/types.ts';
import { Dialog } from './Dialog.tsx';

const MIN_MAX_REQUESTS = 100;
const MAX_MAX_REQUESTS = 50_000;

interface Props {
  settings: PanelSettings;
  dispatch: Dispatch<PanelAction>;
  onClose(): void;
}

/** Settings that are set once, not every minute: kept out of the toolbar, as DevTools keeps them behind its cog. */
export function SettingsDialog({ settings, dispatch, onClose }: Props) {
  const t = useT();
  const [maxRequests, setMaxRequests] = useState(String(settings.maxRequests));
  const value = Number(maxRequests);
  const valid = Number.isInteger(value) && value >= MIN_MAX_REQUESTS && value <= MAX_MAX_REQUESTS;
  const save = () => {
    if (!valid) return;
    dispatch({ type: 'settingsChanged', settings: { maxRequests: value } });
    onClose();
  };
  return (
    <Dialog title={t('ui_settings')} onClose={onClose} testId="settings-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label className="max-requests">
          {t('ui_settings_max_requests')}
          <input
            type="number"
            min={MIN_MAX_REQUESTS}
            max={MAX_MAX_REQUESTS}
            step={100}
            value={maxRequests}
            aria-invalid={!valid}
            onChange={(event) => setMaxRequests(event.target.value)}
          />
        </label>
        <p className="muted">{t('ui_settings_max_requests_hint')}</p>
        <div className="dialog-buttons">
          <button type="submit" disabled={!valid}>
            {t('ui_settings_save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('ui_cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
