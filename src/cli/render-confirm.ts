/** The `confirm` report in text, Markdown or JSON: each cause with the account's verdict and the AWS evidence. */

import type { ConfirmedCause, ConfirmedEntry, Finding } from '../confirm/types.ts';
import { type Diagnosis, renderCause, type Translate } from '../core/index.ts';
import { inertJson, oneLine, stripControls } from './sanitize.ts';
import type { Style } from './style.ts';

function findingText(finding: Finding, t: Translate): string {
  return stripControls(t(finding.key, finding.substitutions.map(oneLine)) || finding.key);
}

function verdictLabel(cause: ConfirmedCause, t: Translate): string {
  return t(`cli_confirm_verdict_${(cause.verdict ?? 'none').replace(/-/g, '_')}`);
}

function titleOf(cause: ConfirmedCause, diagnosis: Diagnosis | undefined, t: Translate): string {
  const ranked = diagnosis?.causes.find((c) => c.id === cause.id);
  return ranked && diagnosis ? oneLine(renderCause(ranked, diagnosis.facts, t).title) : cause.id;
}

function apiLine(entry: ConfirmedEntry, t: Translate): string | undefined {
  const api = entry.api;
  if (!api) return undefined;
  return t('cli_confirm_api', [api.id, api.type ?? '?', api.region, api.stage ?? '?', api.resourcePath]);
}

/** Findings that spoke to no listed cause (logging off, a setting worth knowing). */
function otherFindings(entry: ConfirmedEntry): Finding[] {
  return entry.findings.filter((f) => !entry.causes.some((c) => c.findings.includes(f)));
}

function textEntry(
  entry: ConfirmedEntry,
  diagnosis: Diagnosis | undefined,
  t: Translate,
  style: Style,
): string {
  const colour = (cause: ConfirmedCause) =>
    cause.verdict === 'confirmed'
      ? style.red
      : cause.verdict === 'ruled-out'
        ? style.dim
        : cause.verdict === 'consistent'
          ? style.yellow
          : (s: string) => s;
  const lines = [`${style.bold(`#${entry.index}`)} ${entry.status} ${entry.method} ${oneLine(entry.url)}`];
  const api = apiLine(entry, t);
  if (api) lines.push(`  ${style.dim(api)}`);
  for (const note of entry.notes)
    lines.push(`  ${style.yellow(t(note.key, note.substitutions.map(oneLine)))}`);
  const findingLines = (finding: Finding, indent: string) => [
    `${indent}• ${style.dim(`${finding.check}:`)} ${findingText(finding, t)}`,
    ...(finding.quotes ?? []).map((quote) => `${indent}    ${style.cyan(`> ${oneLine(quote)}`)}`),
  ];
  for (const cause of entry.causes) {
    lines.push(
      `  ${colour(cause)(`[${verdictLabel(cause, t)}]`)} ${style.bold(titleOf(cause, diagnosis, t))} ${style.dim(cause.id)}`,
    );
    for (const finding of cause.findings) lines.push(...findingLines(finding, '      '));
  }
  const others = otherFindings(entry);
  if (others.length > 0) {
    lines.push(`  ${style.bold(t('cli_confirm_other_checks'))}`);
    for (const finding of others) lines.push(...findingLines(finding, '    '));
  }
  return `${lines.join('\n')}\n\n`;
}

function markdownEntry(entry: ConfirmedEntry, diagnosis: Diagnosis | undefined, t: Translate): string {
  const quote = (text: string) => `\`${oneLine(text).replace(/`/g, "'")}\``;
  const parts = [`## #${entry.index} · ${entry.status} ${quote(`${entry.method} ${entry.url}`)}`];
  const api = apiLine(entry, t);
  if (api) parts.push(api);
  for (const note of entry.notes) parts.push(`> ${t(note.key, note.substitutions.map(oneLine))}`);
  const findingLines = (finding: Finding) => [
    `  - ${quote(finding.check)} ${findingText(finding, t)}`,
    ...(finding.quotes ?? []).map((q) => `    - ${quote(q)}`),
  ];
  parts.push(
    entry.causes
      .map((cause) =>
        [
          `- **${verdictLabel(cause, t)}** · ${titleOf(cause, diagnosis, t)} ${quote(cause.id)}`,
          ...cause.findings.flatMap(findingLines),
        ].join('\n'),
      )
      .join('\n'),
  );
  const others = otherFindings(entry);
  if (others.length > 0)
    parts.push(`**${t('cli_confirm_other_checks')}**`, others.flatMap(findingLines).join('\n'));
  return `${parts.join('\n\n')}\n\n`;
}

function jsonFinding(finding: Finding, t: Translate) {
  return {
    check: finding.check,
    detail: findingText(finding, t),
    ...(finding.quotes ? { quotes: finding.quotes } : {}),
    ...(finding.missingAction ? { missingAction: finding.missingAction } : {}),
    effects: finding.effects,
  };
}

export function renderConfirmed(
  format: 'text' | 'json' | 'markdown',
  file: string,
  entries: ConfirmedEntry[],
  diagnoses: Map<number, Diagnosis>,
  t: Translate,
  style: Style,
): string {
  if (format === 'json') {
    return `${inertJson(
      {
        file,
        entries: entries.map((entry) => ({
          index: entry.index,
          method: entry.method,
          url: entry.url,
          status: entry.status,
          ...(entry.api ? { api: entry.api } : {}),
          causes: entry.causes.map((cause) => ({
            id: cause.id,
            confidence: cause.confidence,
            ...(cause.verdict ? { verdict: cause.verdict } : {}),
            evidence: cause.findings.map((f) => ({
              kind: 'aws',
              check: f.check,
              detail: findingText(f, t),
              ...(f.quotes ? { quotes: f.quotes } : {}),
            })),
          })),
          checks: entry.findings.map((f) => jsonFinding(f, t)),
          notes: entry.notes.map((note) => t(note.key, note.substitutions)),
        })),
      },
      2,
    )}\n`;
  }
  const body = entries.map((entry) =>
    format === 'markdown'
      ? markdownEntry(entry, diagnoses.get(entry.index), t)
      : textEntry(entry, diagnoses.get(entry.index), t, style),
  );
  const summary = t('cli_confirm_summary', [String(entries.length)]);
  if (format === 'markdown')
    return `# ${t('cli_confirm_title', [`\`${oneLine(file)}\``])}\n\n${body.join('')}---\n\n${summary}\n`;
  return `${body.join('')}${style.bold(summary)}\n`;
}
