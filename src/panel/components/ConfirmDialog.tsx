import { useT } from '../../ui/components/TranslateContext.tsx';
import { Dialog } from './Dialog.tsx';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
  onClose(): void;
  testId?: string;
}

/** "Are you sure?" before something that cannot be undone; Cancel is first, so Enter on open does no harm. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose, testId }: Props) {
  const t = useT();
  return (
    <Dialog title={title} onClose={onClose} testId={testId}>
      <p>{message}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('ui_cancel')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
