/** The Markdown report (for tickets and chat): same content as the text report, no colours. */
import type { Translate } from '../core/index.ts';
import type { CauseView, EntryView } from './report-view.ts';

/** A code span that no backtick run inside the text can close early. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\n/g, ' ')}${pad}${fence}`;
}

/** Plain text from a capture or a message, with Markdown's active characters neutralised. */
function escapeText(text: string): string {
  return text.replace(/([\\`*_[\]<>~])/g, '\\$1').replace(/\n/g, ' ');
}

function codeBlock(lines: string[]): string {
  const longest = Math.max(2, ...lines.flatMap((line) => (line.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(longest + 1);
  return `${fence}sh\n${lines.join('\n')}\n${fence}`;
}

function topCause(cause: CauseView, t: Translate): string[] {
  const { rendered } = cause;
  const parts = [
    `### ${escapeText(rendered.title)}`,
    `${t('cli_label_confidence')}: **${cause.confidenceLabel}** · ${codeSpan(cause.id)}`,
    `**${t('cli_label_evidence')}**`,
    cause.evidence.map((item) => `- ${codeSpan(item.kind)} ${codeSpan(item.detail)}`).join('\n'),
    `**${t('cli_label_why')}** ${escapeText(rendered.why)}`,
  ];
  if (rendered.fixSteps.length > 0) {
    parts.push(
      `**${t('cli_label_fix')}**`,
      rendered.fixSteps.map((step, i) => `${i + 1}. ${escapeText(step)}`).join('\n'),
    );
  }
  if (rendered.commands.length > 0)
    parts.push(`**${t('cli_label_commands')}**`, codeBlock(rendered.commands));
  if (rendered.confirm.length > 0) {
    parts.push(
      `**${t('cli_label_confirm')}**`,
      rendered.confirm.map((step) => `- ${escapeText(step)}`).join('\n'),
    );
  }
  parts.push(`**${t('cli_label_docs')}** <${rendered.docUrl.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return parts;
}

export function markdownTitle(file: string, t: Translate): string {
  return `# ${t('cli_markdown_title', [codeSpan(file)])}\n\n`;
}

export function markdownBlock(view: EntryView, t: Translate): string {
  const heading = `## #${view.index} · ${view.status} ${codeSpan(`${view.method} ${view.url}`)}`;
  const origin = t('cli_label_origin', [view.originLabel]);
  const [top, ...others] = view.causes;
  if (!view.flagged || top === undefined)
    return `${heading}\n\n${escapeText(origin)} · ${t('cli_not_flagged')}\n\n`;
  const parts = [heading, escapeText(origin), ...topCause(top, t)];
  if (others.length > 0) {
    parts.push(
      `**${t('cli_label_other_candidates')}**`,
      others
        .map((cause) => {
          const distinguish =
            cause.rendered.distinguish === undefined ? '' : `: ${escapeText(cause.rendered.distinguish)}`;
          return `- **${escapeText(cause.rendered.title)}** (${cause.confidenceLabel}) ${codeSpan(cause.id)}${distinguish}`;
        })
        .join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n\n`;
}
