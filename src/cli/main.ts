/**
 * `apigw403`: analyse, annotate or redact a HAR file. `main(argv, io)` returns the exit code and
 * touches nothing but `io`, so tests run it in-process; `bin.ts` wires it to Node.
 * Exit codes: 0 done (whatever was found), 2 bad usage or input that cannot be analysed (one line on
 * stderr saying what and where), 1 a bug of ours.
 */
import type { Translate } from '../core/index.ts';
import { exportHar, type RedactionSummary, SecretLeftError } from '../har/index.ts';
import { VERSION } from '../shared/version.ts';
import {
  analyze,
  analyzeOptions,
  fileProblemLine,
  harErrorLine,
  InputRefused,
  openHar,
  warningLine,
} from './analyze.ts';
import { type Command, parseArgs } from './args.ts';
import { confirm } from './confirm.ts';
import { type CliIo, FileProblemError, type OutputFile, STANDARD_STREAM } from './io.ts';
import { translatorFor } from './locales.ts';
import { oneLine } from './sanitize.ts';

export { FAST_PATH_MAX_BYTES } from './analyze.ts';

type Export = Extract<Command, { kind: 'annotate' | 'redact' }>;

function redactionLines(summary: RedactionSummary, t: Translate): string[] {
  if (summary.values === 0) return [t('cli_redacted_nothing')];
  return [
    t('cli_redacted_total', [String(summary.values)]),
    ...summary.items.map((item) =>
      t('cli_redacted_item', [
        t(`cli_secret_${item.kind.replace(/-/g, '_')}`) || item.kind,
        oneLine(item.name),
        String(item.values),
      ]),
    ),
  ];
}

/** A failed write (full disk, I/O error) names the output, not the input the catch-all would name. */
async function writeOrRefuse(output: OutputFile, text: string, name: string, t: Translate): Promise<void> {
  try {
    await output.write(text);
  } catch (error) {
    if (error instanceof FileProblemError)
      throw new InputRefused(fileProblemLine(name, error.fileProblem, t));
    throw error;
  }
}

async function exportFile(command: Export, io: CliIo, t: Translate): Promise<number> {
  const { source, input, progress } = await openHar(command.input, io, t, 2);
  const redact = command.kind === 'redact' || command.redact;
  // With `-o -` the HAR owns standard output; what we have to say goes to stderr.
  const report = command.output === STANDARD_STREAM ? io.stderr : io.stdout;
  let output: OutputFile | undefined;
  try {
    for await (const item of exportHar(source, {
      redact,
      ...(command.kind === 'annotate' ? { annotateAs: VERSION } : {}),
      ...analyzeOptions(io, command.validate, progress),
    })) {
      if (item.type === 'error') throw new InputRefused(harErrorLine(command.input, item.error, t));
      if (item.type === 'text') {
        if (!output) {
          const created = await io.createOutput(command.output, input.mode);
          if ('problem' in created) throw new InputRefused(fileProblemLine(command.output, created, t));
          output = created;
        }
        await writeOrRefuse(output, item.text, command.output, t);
        continue;
      }
      progress?.clear();
      for (const warning of item.warnings) io.stderr.write(`${warningLine(warning, t)}\n`);
      const committed = await output?.commit();
      output = undefined;
      if (committed) throw new InputRefused(fileProblemLine(command.output, committed, t));
      const lines = command.output === STANDARD_STREAM ? [] : [t('cli_wrote', [oneLine(command.output)])];
      if (item.annotation)
        lines.push(t('cli_summary', [String(item.annotation.entries), String(item.annotation.flagged)]));
      lines.push(...(item.redaction ? redactionLines(item.redaction, t) : [t('cli_not_redacted')]));
      report.write(`${lines.join('\n')}\n`);
    }
  } finally {
    progress?.clear();
    await output?.discard();
    await input.close();
  }
  return 0;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const command = parseArgs(argv);
  const t = translatorFor(command.kind === 'version' ? 'en' : command.lang);
  try {
    switch (command.kind) {
      case 'usage-error':
        io.stderr.write(`apigw403: ${t(`cli_usage_${command.key}`, command.substitutions.map(oneLine))}\n`);
        return 2;
      case 'help':
        io.stdout.write(`${t('cli_help', [VERSION])}\n`);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'analyze':
        return await analyze(command, io, t);
      case 'confirm':
        return await confirm(command, io, t);
      default:
        return await exportFile(command, io, t);
    }
  } catch (error) {
    if (error instanceof InputRefused) {
      io.stderr.write(`apigw403: ${error.line}\n`);
      return 2;
    }
    if (error instanceof SecretLeftError && (command.kind === 'annotate' || command.kind === 'redact')) {
      // Nothing was written: the output is discarded before the file is committed.
      const line = t('cli_secret_left', [oneLine(command.input), oneLine(error.where), oneLine(error.what)]);
      io.stderr.write(`apigw403: ${line}\n`);
      return 2;
    }
    if (error instanceof FileProblemError && (command.kind === 'annotate' || command.kind === 'redact')) {
      io.stderr.write(`apigw403: ${fileProblemLine(command.input, error.fileProblem, t)}\n`);
      return 2;
    }
    io.stderr.write(
      `apigw403: ${t('cli_internal_error', [oneLine(error instanceof Error ? error.message : String(error))])}\n`,
    );
    return 1;
  }
}
