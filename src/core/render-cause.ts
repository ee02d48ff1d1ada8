import { CATALOGUE } from './catalogue.ts';
import { type Filled, fill } from './filled-facts.ts';
import type { DiagnosisFacts, RankedCause, RenderedCause, Translate } from './types.ts';

/** Messages may use `$api_id$ $region$ $stage$ $resource_path$ $method$ $account$ $domain$ $request_id$`, in this order. */
function substitutions(f: Filled): string[] {
  return [f.api, f.region, f.stage, f.path, f.method, f.account, f.host, f.requestId];
}

const MAX_STEPS = 9;

/** A placeholder such as `<rest-api-id>`, standing where the capture did not reveal (or spoiled) the value. */
const PLACEHOLDER = /^<[a-z][a-z0-9-]*>/;

/**
 * Double-quotes every placeholder that stands outside quotes: bare, `<stage>` is two redirections to
 * the shell (pasted unedited, `--stage-name <stage> --region …` would create a file named `--region`).
 * Walks the command as the shell would, so placeholders inside `'…'` or `"…"` are left as they are.
 */
function quoteBarePlaceholders(command: string): string {
  let out = '';
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < command.length; i += 1) {
    const char = command[i] as string;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (quote === '"' && char === '\\') {
        out += char + (command[i + 1] ?? '');
        i += 1;
        continue;
      }
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === '\\') {
      out += char + (command[i + 1] ?? '');
      i += 1;
    } else {
      const placeholder = char === '<' ? PLACEHOLDER.exec(command.slice(i))?.[0] : undefined;
      if (placeholder) {
        out += `"${placeholder}"`;
        i += placeholder.length - 1;
      } else out += char;
    }
  }
  return out;
}

function numbered(t: Translate, prefix: string, subs: string[]): string[] {
  const lines: string[] = [];
  for (let n = 1; n <= MAX_STEPS; n++) {
    const line = t(`${prefix}_${n}`, subs);
    if (line === '') break;
    lines.push(line);
  }
  return lines;
}

function logCommands(f: Filled, facts: DiagnosisFacts): string[] {
  if (f.service !== 'apigateway') return [];
  const commands = [
    `aws apigateway update-stage --rest-api-id ${f.api} --stage-name ${f.stage} --patch-operations op=replace,path=/*/*/logging/loglevel,value=INFO --region ${f.region}`,
  ];
  if (facts.requestId) {
    commands.push(
      `aws logs start-query --log-group-name 'API-Gateway-Execution-Logs_${f.api}/${f.stage}' --start-time ${f.windowStart} --end-time ${f.windowEnd} --query-string 'fields @timestamp, @message | filter @message like "${f.requestId}" | sort @timestamp asc' --region ${f.region}`,
    );
  }
  return commands;
}

/**
 * Everything a cause card or the CLI shows for one cause, in the translator's language. Captured values
 * reach commands only through `fill` (which admits a value only in its AWS shape) and leave here with bare
 * placeholders quoted: the cause card's Copy buttons, the Markdown and the CLI all paste these strings.
 */
export function renderCause(cause: RankedCause, facts: DiagnosisFacts, t: Translate): RenderedCause {
  const entry = CATALOGUE[cause.id];
  const f = fill(facts);
  const subs = substitutions(f);
  const prefix = entry.wording;
  const confirm = numbered(t, `${prefix}_confirm`, subs);
  const commands = entry.commands(f);
  if (entry.gatewayLogs) {
    confirm.push(
      t(
        f.service === 'apigateway'
          ? 'cause_common_confirm_execution_logs'
          : 'cause_common_confirm_access_logs',
        subs,
      ),
    );
    commands.push(...logCommands(f, facts));
  }
  if (facts.curl) {
    confirm.push(t('cause_common_confirm_curl', subs));
    commands.push(facts.curl);
  }
  const distinguish = t(`${prefix}_distinguish`, subs);
  return {
    title: t(`${prefix}_title`, subs),
    why: t(`${prefix}_why`, subs),
    fixSteps: numbered(t, `${prefix}_fix`, subs),
    commands: commands.map(quoteBarePlaceholders),
    confirm,
    ...(distinguish === '' ? {} : { distinguish }),
    docUrl: entry.docUrl,
  };
}
