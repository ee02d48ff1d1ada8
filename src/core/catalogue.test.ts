import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue.ts';
import { CAUSE_IDS, CAUSE_MODELS } from './causes/index.ts';
import { EVIDENCE_WORDING } from './evidence-wording.ts';
import { createTranslator, type LocaleMessages } from './i18n.ts';
import { renderCause } from './render-cause.ts';
import type { RankedCause } from './types.ts';

function locale(lang: string): LocaleMessages {
  return JSON.parse(
    readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  );
}

const en = locale('en');
const es = locale('es');

function placeholderNames(entry: LocaleMessages[string] | undefined): string[] {
  return Object.keys(entry?.placeholders ?? {}).sort();
}

function usedNames(message: string): string[] {
  return [...message.matchAll(/\$\$|\$([A-Za-z0-9_@]+)\$/g)]
    .flatMap((m) => (m[1] ? [m[1].toLowerCase()] : []))
    .sort();
}

describe('locales', () => {
  it('en and es have the same keys', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('en and es declare the same placeholders for every key', () => {
    const mismatched = Object.keys(en).filter(
      (key) => JSON.stringify(placeholderNames(en[key])) !== JSON.stringify(placeholderNames(es[key])),
    );
    expect(mismatched).toEqual([]);
  });

  it.each([
    ['en', en],
    ['es', es],
  ])(
    '%s: every $placeholder$ used in a message is declared, and only Chrome-legal key names exist',
    (_lang, messages) => {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(new Set(usedNames(entry.message))).toEqual(new Set(placeholderNames(entry)));
      }
    },
  );

  it.each([
    ['en', en],
    ['es', es],
  ])(
    '%s: no message has "$<digits>$", which Chrome would read as an undeclared placeholder',
    (_lang, messages) => {
      const traps = Object.entries(messages).filter(([, entry]) =>
        /\$\d+\$/.test(entry.message.replace(/\$\$/g, '')),
      );
      expect(traps.map(([key]) => key)).toEqual([]);
    },
  );

  it('en words every evidence line exactly as core does (core renders the English `detail` itself)', () => {
    for (const [name, text] of Object.entries(EVIDENCE_WORDING)) {
      expect(en[`cause_evidence_${name}`]?.message, name).toBe(text);
    }
    const extra = Object.keys(en).filter(
      (key) => key.startsWith('cause_evidence_') && !(key.slice(15) in EVIDENCE_WORDING),
    );
    expect(extra).toEqual([]);
  });

  it('names the extension "API Gateway 403"', () => {
    expect(en.ext_name?.message).toBe('API Gateway 403');
  });

  it('Spanish cause texts are not copies of the English ones', () => {
    const copied = Object.keys(en).filter(
      (key) => key.startsWith('cause_') && en[key]?.message === es[key]?.message,
    );
    expect(copied).toEqual([]);
  });
});

const cause = (id: (typeof CAUSE_IDS)[number]): RankedCause => ({
  id,
  confidence: 'high',
  score: 90,
  evidence: [],
});

describe.each(CAUSE_IDS.map((id) => [id]))('catalogue entry %s', (id) => {
  it.each([
    ['en', en],
    ['es', es],
  ])('renders completely in %s', (_lang, messages) => {
    const t = createTranslator(messages);
    const rendered = renderCause(cause(id), {}, t);
    expect(rendered.title).not.toBe('');
    expect(rendered.why).not.toBe('');
    expect(rendered.fixSteps.length).toBeGreaterThan(0);
    expect(rendered.confirm.length).toBeGreaterThan(0);
    expect(rendered.distinguish).toBeTruthy();
    expect(rendered.docUrl).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|(www\.)?repost\.aws)\//);
    for (const line of [rendered.title, rendered.why, ...rendered.fixSteps, ...rendered.confirm]) {
      expect(line).not.toMatch(/\$[A-Za-z_]+\$/);
    }
  });

  it('has the same number of fix and confirm steps in both languages', () => {
    const prefix = CATALOGUE[id].wording;
    const count = (messages: LocaleMessages, part: string) =>
      Object.keys(messages).filter((key) => key.startsWith(`${prefix}_${part}_`)).length;
    expect(count(es, 'fix')).toBe(count(en, 'fix'));
    expect(count(es, 'confirm')).toBe(count(en, 'confirm'));
  });
});

describe('renderCause', () => {
  const t = createTranslator(en);

  it('fills AWS CLI commands from the facts', () => {
    const rendered = renderCause(
      cause('invalid-stage'),
      { apiId: 'a1b2c3d4e5', region: 'eu-west-3', stage: 'dev' },
      t,
    );
    expect(rendered.commands[0]).toBe(
      "aws apigateway get-stages --rest-api-id a1b2c3d4e5 --region eu-west-3 --query 'item[].stageName'",
    );
    expect(rendered.why).toContain('Stage "dev" is not deployed for API a1b2c3d4e5');
  });

  it('uses readable placeholders when the facts are unknown, quoted so a shell does not read them as redirections', () => {
    const rendered = renderCause(cause('custom-domain-no-base-path-mapping'), {}, t);
    expect(rendered.commands).toContain(
      'aws apigateway get-base-path-mappings --domain-name "<domain-name>" --region "<region>"',
    );
  });

  it('admits a captured value into a command only in its AWS shape', () => {
    const facts = { apiId: 'a1b2c3d4e5', region: 'us-east-1', stage: 'prod$(id)', resourcePath: "/a b/'c'" };
    const rendered = renderCause(cause('invalid-stage'), facts, t);
    expect(rendered.commands[0]).toBe(
      "aws apigateway get-stages --rest-api-id a1b2c3d4e5 --region us-east-1 --query 'item[].stageName'",
    );
    const arn = renderCause(cause('iam-explicit-deny'), facts, t).commands.join('\n');
    expect(arn).toContain(
      "'arn:aws:execute-api:us-east-1:<account-id>:a1b2c3d4e5/<stage>/<http-method>/a%20b/%27c%27'",
    );
  });

  it('switches to apigatewayv2 for HTTP APIs and offers access logs instead of execution logs', () => {
    const rendered = renderCause(
      cause('invalid-stage'),
      { apiId: 'h7t8p9a0p1', region: 'eu-west-1', apiType: 'http' },
      t,
    );
    expect(rendered.commands[0]).toContain('aws apigatewayv2 get-stages --api-id h7t8p9a0p1');
    const logs = renderCause(
      cause('jwt-invalid-token-401'),
      { apiType: 'http', requestId: 'Mc7UVioPPHcEKPA=' },
      t,
    );
    expect(logs.confirm.at(-1)).toContain('HTTP APIs have no execution logs');
    expect(logs.confirm.at(-1)).toContain('$context.error.message');
    expect(logs.confirm.at(-1)).toContain('Mc7UVioPPHcEKPA=');
  });

  it('adds a Logs Insights query on the request id and the curl reproduction for REST APIs', () => {
    const rendered = renderCause(
      cause('lambda-authorizer-explicit-deny'),
      {
        apiId: 'a1b2c3d4e5',
        region: 'us-east-1',
        stage: 'prod',
        requestId: 'req-123',
        curl: "curl -v 'https://x'",
      },
      t,
    );
    expect(
      rendered.commands.some(
        (c) => c.includes('API-Gateway-Execution-Logs_a1b2c3d4e5/prod') && c.includes('req-123'),
      ),
    ).toBe(true);
    expect(rendered.commands.at(-1)).toBe("curl -v 'https://x'");
    expect(rendered.confirm.some((line) => line.includes('curl -v'))).toBe(true);
  });

  it('puts the ARN from the message into the policy simulation', () => {
    const arn = 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders';
    const rendered = renderCause(
      cause('iam-explicit-deny'),
      { resourceArn: arn, principal: 'arn:aws:iam::123456789012:user/bot' },
      t,
    );
    expect(rendered.commands).toContain(
      `aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:user/bot --action-names execute-api:Invoke --resource-arns '${arn}'`,
    );
  });

  it('has one unit per cause id, each with strings of its own', () => {
    expect(new Set(CAUSE_IDS).size).toBe(CAUSE_MODELS.length);
    expect(new Set(CAUSE_MODELS.map((unit) => unit.wording)).size).toBe(CAUSE_MODELS.length);
  });
});
