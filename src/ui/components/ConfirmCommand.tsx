import type { Diagnosis, Exchange } from '../../core/index.ts';
import { CommandBlock } from './CommandBlock.tsx';
import { useT } from './TranslateContext.tsx';

/** Stands for the HAR the user exports (or loaded): the extension never knows where it was saved. */
export const EXPORTED_FILE = '<exported.har>';

/**
 * `npx apigw403 confirm` for this request: the extension holds no AWS credentials, the CLI uses the
 * user's own. `--entry` when the request's place in the file is known, `--region` when the URL or the
 * message names it (only values of their own shape reach the shell line).
 */
export function confirmCommand(exchange: Exchange, diagnosis: Diagnosis): string {
  const parts = ['npx apigw403 confirm', EXPORTED_FILE];
  if (exchange.index !== undefined) parts.push('--entry', String(exchange.index));
  const region = diagnosis.facts.region;
  if (region && /^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) parts.push('--region', region);
  return parts.join(' ');
}

export function ConfirmCommand({ exchange, diagnosis }: { exchange: Exchange; diagnosis: Diagnosis }) {
  const t = useT();
  return (
    <>
      <p>{t('ui_card_confirm_intro')}</p>
      <CommandBlock command={confirmCommand(exchange, diagnosis)} />
    </>
  );
}
