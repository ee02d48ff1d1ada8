/**
 * `apigw403 confirm`: the flagged exchanges of one input, checked against the user's AWS account.
 * The AWS SDK is imported only when this command runs (`loadSdk`), so `analyze` never loads it.
 */

import { AwsSession, AwsSetupError, loadSdk } from '../confirm/aws.ts';
import { confirmExchange } from '../confirm/confirm.ts';
import type { ConfirmedEntry } from '../confirm/types.ts';
import type { Diagnosis, Exchange, Translate } from '../core/index.ts';
import { analyzeHar } from '../har/index.ts';
import { harErrorLine, InputRefused, openInput } from './analyze.ts';
import type { Command } from './args.ts';
import type { CliIo } from './io.ts';
import { renderConfirmed } from './render-confirm.ts';
import { oneLine } from './sanitize.ts';
import { styleFor } from './style.ts';

type Confirm = Extract<Command, { kind: 'confirm' }>;

interface Picked {
  index: number;
  exchange: Exchange;
  diagnosis: Diagnosis;
}

async function flaggedEntries(command: Confirm, io: CliIo, t: Translate): Promise<Picked[]> {
  const opened = await openInput(
    command.file,
    {
      kind: 'analyze',
      files: [command.file],
      format: 'json',
      all: false,
      lang: command.lang,
      hints: {},
      validate: false,
    },
    io,
    t,
  );
  const picked: Picked[] = [];
  try {
    for await (const item of analyzeHar(opened.source)) {
      if (item.type === 'error') throw new InputRefused(harErrorLine(command.file, item.error, t));
      if (item.type !== 'entry') continue;
      if (command.entry !== undefined ? item.index !== command.entry : !item.flagged) continue;
      if (!item.flagged)
        throw new InputRefused(
          t('cli_confirm_entry_not_flagged', [oneLine(command.file), String(item.index)]),
        );
      picked.push({ index: item.index, exchange: item.exchange, diagnosis: item.diagnosis });
    }
  } finally {
    await opened.input?.close();
  }
  if (command.entry !== undefined && picked.length === 0)
    throw new InputRefused(t('cli_confirm_no_entry', [oneLine(command.file), String(command.entry)]));
  return picked;
}

export async function confirm(command: Confirm, io: CliIo, t: Translate): Promise<number> {
  const picked = await flaggedEntries(command, io, t);
  const session = new AwsSession(await loadSdk(), {
    ...(command.profile ? { profile: command.profile } : {}),
    ...(command.region ? { region: command.region } : {}),
    ...(command.endpoint ? { endpoint: command.endpoint } : {}),
  });
  try {
    const region = await session.defaultRegion();
    const confirmed: ConfirmedEntry[] = [];
    if (picked.length > 0) {
      await session.checkCredentials(picked[0]?.diagnosis.facts.region ?? region ?? 'us-east-1');
      for (const { index, exchange, diagnosis } of picked) {
        confirmed.push(
          await confirmExchange(session, index, exchange, diagnosis, {
            ...(region ? { region } : {}),
            ...(command.vpc ? { vpc: command.vpc } : {}),
            ...(command.sourceIp ? { sourceIp: command.sourceIp } : {}),
          }),
        );
      }
    }
    const diagnoses = new Map(picked.map((p) => [p.index, p.diagnosis]));
    io.stdout.write(
      renderConfirmed(
        command.format,
        command.file,
        confirmed,
        diagnoses,
        t,
        styleFor(io.stdout.isTTY, io.env),
      ),
    );
    return 0;
  } catch (error) {
    if (error instanceof AwsSetupError)
      throw new InputRefused(t(`cli_confirm_${error.kind.replace('-', '_')}`, [oneLine(error.message)]));
    throw error;
  } finally {
    session.destroy();
  }
}
