import { useT } from './TranslateContext.tsx';

interface Props {
  flagged: number;
  requests: number;
  hiddenByFilter: number;
  /** The outcome of the last action (copied, failed…), shown until the next one. */
  message: string;
}

/** The bottom line, like the Network panel's summary: what the list holds, and what the last action did. */
export function StatusBar({ flagged, requests, hiddenByFilter, message }: Props) {
  const t = useT();
  const counts = [t('ui_status_flagged', [String(flagged)]), t('ui_status_requests', [String(requests)])];
  if (hiddenByFilter > 0) counts.push(t('ui_status_hidden', [String(hiddenByFilter)]));
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span className="status-counts">{counts.join(' · ')}</span>
      <span className="status-message" role="status" data-testid="action-feedback">
        {message}
      </span>
    </footer>
  );
}
