import type { Translate } from '../core/index.ts';
import type { HarError, HarWarning } from '../har/issues.ts';

/**
 * The reader reports codes; the words are the CLI's (`cli_har_error_<code>`), so both say the same thing. A code
 * without words (t() hands the key back) still says what and where.
 */
export function harIssueText(t: Translate, kind: 'error' | 'warning', issue: HarError | HarWarning): string {
  const key = `cli_har_${kind}_${issue.code.replaceAll('-', '_')}`;
  const text = t(key, [issue.path, issue.detail ?? '']);
  return text === key ? `${issue.code} (${issue.path})${issue.detail ? `: ${issue.detail}` : ''}` : text;
}
