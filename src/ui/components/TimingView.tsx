import type { Timings } from '../state/types.ts';
import { useT } from './TranslateContext.tsx';

const PHASES = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const;

function milliseconds(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

/** HAR timings of the request; -1 means the phase did not apply (e.g. a reused connection). */
export function TimingView({ timings, total }: { timings?: Timings; total?: number }) {
  const t = useT();
  if (!timings && total === undefined) return <p className="muted">{t('ui_timing_none')}</p>;
  return (
    <table className="timing-table">
      <tbody>
        {PHASES.map((phase) => {
          const value = timings?.[phase];
          if (value === undefined || value < 0) return null;
          return (
            <tr key={phase}>
              <th scope="row">{t(`ui_timing_${phase}`)}</th>
              <td>{milliseconds(value)}</td>
            </tr>
          );
        })}
        {total === undefined ? null : (
          <tr>
            <th scope="row">{t('ui_timing_total')}</th>
            <td>{milliseconds(total)}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
