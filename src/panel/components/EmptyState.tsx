import { useT } from '../../ui/components/TranslateContext.tsx';

/** What the panel watches and how to get something into it. */
export function EmptyState({ filtered, loading }: { filtered: boolean; loading: boolean }) {
  const t = useT();
  return (
    <div className="empty-state" data-testid="empty-state">
      {filtered ? (
        <p>{t('ui_empty_filtered')}</p>
      ) : (
        <>
          <h2>{t('ui_empty_title')}</h2>
          <p>{t('ui_empty_watches')}</p>
          <p>{t('ui_empty_how')}</p>
          {loading ? <p className="muted">{t('ui_empty_loading')}</p> : null}
        </>
      )}
    </div>
  );
}
