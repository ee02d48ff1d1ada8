import { useT } from '../../ui/components/TranslateContext.tsx';

interface Props {
  flagged: number;
  requests: number;
  /** Rows the scope chips or the filter text hide. */
  hidden: number;
  /** The outcome of the last action (copied, failed…), shown until the next one. */
  message: string;
}

/** The bottom line, like the Network panel's summary: what the list holds, and what the last action did. */
export function StatusBar({ flagged, requests, hidden, message }: Props) {
  const t = useT();
  const counts = [t('ui_status_flagged', [String(flagged)]), t('ui_status_requests', [String(requests)])];
  if (hidden > 0) counts.push(t('ui_status_hidden', [String(hidden)]));
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-counts">{counts.join(' · ')}</span>
      <span className="status-message" role="status" data-testid="action-feedback">
        {message}
      </span>
    </footer>
  );
}
