/**
 * docs/causes.md, rendered from the cause units (src/core/causes/<id>.ts), their examples and the English
 * strings: the catalogue as the product itself knows it. `npm run docs:causes` writes it; a test fails when the
 * file in the repo is not what this renders.
 */
import type { CauseExample } from '../src/core/causes/example-wire.ts';
import { CAUSE_MODELS } from '../src/core/causes/index.ts';
import { exchangeFromHarEntry, headerValue } from '../src/core/exchange.ts';
import { createTranslator, type LocaleMessages } from '../src/core/i18n.ts';
import type { CauseModel } from '../src/core/model/cause-model.ts';
import { renderCause } from '../src/core/render-cause.ts';
import type { CauseId } from '../src/core/types.ts';

export interface CausesDocInput {
  /** public/_locales/en/messages.json */
  messages: LocaleMessages;
  examples: Readonly<Record<CauseId, readonly CauseExample[]>>;
  /** The text of each unit's source file, for the comment that states the basis of its prior. */
  unitSources: Readonly<Record<CauseId, string>>;
}

const LAYERS: Record<CauseModel['layer'], string> = {
  gateway: 'API Gateway',
  backend: 'the integration behind API Gateway',
  waf: 'AWS WAF',
  cloudfront: 'CloudFront',
  alb: 'an Application Load Balancer',
  proxy: 'a proxy between the client and AWS',
  elsewhere: 'not API Gateway',
};

const FLAVORS: Record<CauseModel['flavor'], string> = {
  rest: 'REST APIs',
  http: 'HTTP APIs',
  any: 'any API type',
};

/** Longer bodies (signed texts, HTML pages) are cut: the signature is their beginning. */
const BODY_SHOWN = 160;

/** The `// …` lines right above `prior:` in the unit's source. */
export function priorBasis(source: string): string {
  const lines = source.split('\n');
  const at = lines.findIndex((line) => /^\s*prior:/.test(line));
  const comment: string[] = [];
  for (let i = at - 1; i >= 0 && /^\s*\/\//.test(lines[i] ?? ''); i--) {
    comment.unshift((lines[i] ?? '').replace(/^\s*\/\/\s?/, ''));
  }
  return comment.join(' ').replace(/^Basis:\s*/, '');
}

/** `|` and backticks would break the Markdown around the text. */
function code(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const fence = oneLine.includes('`') ? '``' : '`';
  return `${fence}${oneLine}${fence}`;
}

/** Prose with `<placeholder>`s and ARN wildcards, which Markdown would take for HTML tags and emphasis. */
function prose(text: string): string {
  return text.replace(/[<>*_]/g, (c) => `\\${c}`);
}

function signature(example: CauseExample): string {
  const exchange = exchangeFromHarEntry(example.entry);
  const errorType = headerValue(exchange.responseHeaders, 'x-amzn-errortype');
  const text = exchange.body.text ?? '';
  const body =
    exchange.body.kind === 'absent'
      ? 'no body captured'
      : exchange.body.kind === 'empty'
        ? 'empty body'
        : code(text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}…` : text);
  const parts = [`${code(`${exchange.method} ${exchange.url}`)} → ${exchange.status}`];
  if (errorType) parts.push(code(`x-amzn-errortype: ${errorType}`));
  parts.push(body);
  const also = example.also?.length ? ` (look-alikes: ${example.also.join(', ')})` : '';
  return `- ${example.name}: ${parts.join(', ')}${also}`;
}

function section(unit: CauseModel, input: CausesDocInput): string {
  const t = createTranslator(input.messages);
  const rendered = renderCause({ id: unit.id, confidence: 'high', score: 100, evidence: [] }, {}, t);
  const basis = priorBasis(input.unitSources[unit.id] ?? '');
  return [
    `## \`${unit.id}\``,
    '',
    `**${rendered.title}**`,
    '',
    `- Answered by: ${LAYERS[unit.layer]} (${FLAVORS[unit.flavor]})`,
    `- Prior: ${unit.prior}${basis ? ` (${prose(basis)})` : ''}`,
    `- Documentation: <${rendered.docUrl}>`,
    '',
    prose(rendered.why),
    '',
    '### On the wire',
    '',
    ...input.examples[unit.id].map(signature),
    '',
    '### Fix',
    '',
    ...rendered.fixSteps.map((step, i) => `${i + 1}. ${prose(step)}`),
    '',
    '### Confirm',
    '',
    ...rendered.confirm.map((step, i) => `${i + 1}. ${prose(step)}`),
    '',
    '```sh',
    ...rendered.commands,
    '```',
    ...(rendered.distinguish ? ['', `**Look-alikes.** ${prose(rendered.distinguish)}`] : []),
    '',
  ].join('\n');
}

export function renderCausesDoc(input: CausesDocInput): string {
  const units = [...CAUSE_MODELS].sort((a, b) => a.id.localeCompare(b.id));
  return [
    '# Causes',
    '',
    '<!-- Generated from src/core/causes/ by `npm run docs:causes`; edit the units, not this file. -->',
    '',
    'Every cause the classifier names, one section per cause id. Ids are a public contract (the CLI, the',
    'library and annotated HAR files print them): never renamed or reused. Each section comes from the cause',
    'unit (`src/core/causes/<id>.ts`: prior, wording, doc link, commands), its examples',
    '(`src/core/causes/<id>.examples.ts`) and the English strings. The prior is how often the cause is the',
    'answer among real 403/401 reports (test/real-world), before the exchange is looked at.',
    '',
    ...units.map((unit) => `- [\`${unit.id}\`](#${unit.id})`),
    '',
    ...units.map((unit) => section(unit, input)),
  ].join('\n');
}
