import {
  type Diagnosis,
  type Exchange,
  evidenceText,
  redactUrl,
  renderCause,
  type Translate,
} from '../../core/index.ts';

/** A diagnosis as Markdown for a ticket: the request, the top cause in full, the other candidates in brief. */
export function diagnosisMarkdown(
  exchange: Exchange,
  diagnosis: Diagnosis | undefined,
  t: Translate,
): string {
  const lines = [`## ${exchange.status} ${exchange.method} ${redactUrl(exchange.url)}`, ''];
  const [top, ...others] = diagnosis?.causes ?? [];
  if (!diagnosis || !top) {
    lines.push(t('ui_not_flagged_explained'));
    return `${lines.join('\n')}\n`;
  }
  const rendered = renderCause(top, diagnosis.facts, t);
  const origin = t(`ui_origin_${diagnosis.origin.replace('-', '_')}`);
  lines.push(
    `### ${rendered.title}`,
    '',
    `${t('ui_confidence_label', [t(`ui_confidence_${top.confidence}`)])} · ${t('ui_origin_label', [origin])}`,
    '',
    `**${t('ui_card_evidence')}**`,
    ...top.evidence.map((item) => `- \`${item.kind}\` ${evidenceText(item, t)}`),
    '',
    `**${t('ui_card_why')}**`,
    '',
    rendered.why,
    '',
    `**${t('ui_card_fix')}**`,
    ...rendered.fixSteps.map((step, index) => `${index + 1}. ${step}`),
  );
  if (rendered.commands.length > 0) lines.push('', '```sh', ...rendered.commands, '```');
  lines.push('', `**${t('ui_card_confirm')}**`, ...rendered.confirm.map((step) => `- ${step}`));
  lines.push('', `${t('ui_card_doc_link')}: ${rendered.docUrl}`);
  if (others.length > 0) {
    lines.push('', `**${t('ui_candidates_heading')}**`);
    for (const cause of others) {
      const other = renderCause(cause, diagnosis.facts, t);
      const apart = other.distinguish ? ` — ${other.distinguish}` : '';
      lines.push(`- ${other.title} (${t(`ui_confidence_${cause.confidence}`)})${apart}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
