/** The terminal report: one block per flagged entry, best cause first with evidence, fix and commands. */
import type { Translate } from '../core/index.ts';
import type { CauseView, EntryView } from './report-view.ts';
import type { Style } from './style.ts';

/** Continuation lines of a multi-line value line up under its first line. */
function indented(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

function confidenceColour(cause: CauseView, style: Style): (text: string) => string {
  if (cause.confidence === 'high') return style.red;
  if (cause.confidence === 'medium') return style.yellow;
  return style.dim;
}

function topCause(cause: CauseView, t: Translate, style: Style): string[] {
  const { rendered } = cause;
  const lines = [
    `  ${style.bold(rendered.title)}  ${confidenceColour(cause, style)(`[${cause.confidenceLabel}]`)} ${style.dim(cause.id)}`,
    `    ${style.bold(t('cli_label_evidence'))}`,
    ...cause.evidence.map(
      (item) => `      • ${style.dim(`${item.kind}:`)} ${indented(item.detail, '        ')}`,
    ),
    `    ${style.bold(t('cli_label_why'))}`,
    `      ${indented(rendered.why, '      ')}`,
  ];
  if (rendered.fixSteps.length > 0) {
    lines.push(`    ${style.bold(t('cli_label_fix'))}`);
    lines.push(...rendered.fixSteps.map((step, i) => `      ${i + 1}. ${indented(step, '         ')}`));
  }
  if (rendered.commands.length > 0) {
    lines.push(`    ${style.bold(t('cli_label_commands'))}`);
    lines.push(
      ...rendered.commands.map((command) => `      ${style.cyan(`$ ${indented(command, '        ')}`)}`),
    );
  }
  if (rendered.confirm.length > 0) {
    lines.push(`    ${style.bold(t('cli_label_confirm'))}`);
    lines.push(...rendered.confirm.map((step) => `      • ${indented(step, '        ')}`));
  }
  lines.push(`    ${style.bold(t('cli_label_docs'))} ${rendered.docUrl}`);
  return lines;
}

function candidate(cause: CauseView, style: Style): string {
  const { rendered } = cause;
  const distinguish =
    rendered.distinguish === undefined ? '' : ` — ${indented(rendered.distinguish, '      ')}`;
  return `    • ${rendered.title} ${confidenceColour(cause, style)(`[${cause.confidenceLabel}]`)} ${style.dim(cause.id)}${distinguish}`;
}

export function textBlock(view: EntryView, t: Translate, style: Style): string {
  const statusText =
    view.status >= 400 || view.status === 0
      ? style.red(String(view.status))
      : style.green(String(view.status));
  const heading = `${style.bold(`#${view.index}`)} ${statusText} ${view.method} ${view.url}`;
  const origin = `  ${style.dim(t('cli_label_origin', [view.originLabel]))}`;
  const [top, ...others] = view.causes;
  if (!view.flagged || top === undefined)
    return `${heading}\n${origin} · ${style.dim(t('cli_not_flagged'))}\n`;
  const lines = [heading, origin, ...topCause(top, t, style)];
  if (others.length > 0) {
    lines.push(`  ${style.bold(t('cli_label_other_candidates'))}`);
    lines.push(...others.map((cause) => candidate(cause, style)));
  }
  return `${lines.join('\n')}\n\n`;
}
