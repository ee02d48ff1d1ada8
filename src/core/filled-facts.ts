import type { DiagnosisFacts } from './types.ts';
import { encodeUtf8 } from './utf8.ts';

/** Facts with a readable placeholder where the capture did not reveal the value. */
export interface Filled {
  api: string;
  region: string;
  stage: string;
  path: string;
  method: string;
  account: string;
  domain: string;
  host: string;
  vpce: string;
  arn: string;
  principal: string;
  requestId: string;
  /** Log search window around the request (epoch seconds, ±15 min), or placeholders. */
  windowStart: string;
  windowEnd: string;
  /** `apigateway` (REST) or `apigatewayv2` (HTTP API). */
  service: 'apigateway' | 'apigatewayv2';
  apiFlag: '--rest-api-id' | '--api-id';
}

const WINDOW_SECONDS = 15 * 60;

/**
 * What a captured value must look like to enter a suggested command. Every shape uses only characters
 * that mean nothing to a POSIX shell, bare or inside the quotes of any template (`'…'`, `"…"` within `'…'`):
 * no quote, `$`, backtick, backslash, space, newline, `;&|<>()*?[]!#~`. A HAR from a stranger can put
 * `$(…)` in a stage or a request id; such a value does not match and the placeholder stands in instead.
 */
const SHAPES = {
  api: /^[a-z0-9]{10}$/,
  region: /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/,
  // REST stage names: letters, digits, `-`, `_` (HTTP API's `$default` never reaches a command with `$`).
  stage: /^[A-Za-z0-9_-]{1,128}$/,
  method: /^(?:[A-Z]{1,16})$/,
  account: /^\d{12}$/,
  host: /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})(?::\d{1,5})?$/,
  vpce: /^vpce-[0-9a-f]{8,17}$/,
  // REST: a UUID; HTTP API: base64-ish (`Fq8UqhqlIAMEbBw=`).
  requestId: /^[A-Za-z0-9+/=_-]{1,128}$/,
  arn: /^arn:aws[a-z-]*:execute-api:[a-z0-9-]+:(?:\d{12}|<account-id>):[A-Za-z0-9._~:/=+@%{}-]+$/,
  principal: /^arn:aws[a-z-]*:(?:iam|sts)::\d{12}:[A-Za-z0-9+=,.@_/-]+$/,
  epoch: /^\d{1,12}$/,
} as const;

/** `value` when it has its shape, else undefined (the caller's placeholder is used). */
function shaped(value: string | undefined, shape: RegExp): string | undefined {
  return value !== undefined && shape.test(value) ? value : undefined;
}

/** Characters a resource path keeps; anything else is percent-encoded (the same path to API Gateway). */
const PATH_SAFE = /[A-Za-z0-9._~:/=+@%{}-]/;

/** The path with every shell-meaningful or non-ASCII character percent-encoded as UTF-8. */
function shellSafePath(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  let safe = '';
  for (const char of path) {
    safe += PATH_SAFE.test(char)
      ? char
      : [...encodeUtf8(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return safe.startsWith('/') ? safe : `/${safe}`;
}

/**
 * Every value a command or text needs, with a readable placeholder where the capture did not reveal it
 * (or revealed something that is not that value's shape). This is the only way facts reach a command.
 */
export function fill(facts: DiagnosisFacts): Filled {
  const http = facts.apiType === 'http';
  const started = facts.startedEpoch === undefined ? Number.NaN : Number(facts.startedEpoch);
  const known = Number.isFinite(started) && started >= WINDOW_SECONDS;
  const api = shaped(facts.apiId, SHAPES.api);
  const region = shaped(facts.region, SHAPES.region);
  const stage = shaped(facts.stage, SHAPES.stage);
  const method = shaped(facts.method, SHAPES.method);
  const account = shaped(facts.account, SHAPES.account);
  const path = shellSafePath(facts.resourcePath);
  const window = (seconds: number) => shaped(String(Math.trunc(seconds)), SHAPES.epoch);
  return {
    api: api ?? (http ? '<api-id>' : '<rest-api-id>'),
    region: region ?? '<region>',
    stage: stage ?? '<stage>',
    path: path ?? '<resource-path>',
    method: method ?? '<http-method>',
    account: account ?? '<account-id>',
    domain: shaped(facts.domain, SHAPES.host) ?? '<domain-name>',
    host: shaped(facts.host, SHAPES.host) ?? '<host>',
    vpce: shaped(facts.vpceId, SHAPES.vpce) ?? '<vpce-id>',
    arn:
      shaped(facts.resourceArn, SHAPES.arn) ??
      `arn:aws:execute-api:${region ?? '<region>'}:${account ?? '<account-id>'}:${api ?? '<api-id>'}/${stage ?? '<stage>'}/${method ?? '<http-method>'}${path ?? '/<resource-path>'}`,
    principal:
      facts.principal && facts.principal !== 'anonymous'
        ? (shaped(facts.principal, SHAPES.principal) ?? '<caller-arn>')
        : '<caller-arn>',
    requestId: shaped(facts.requestId, SHAPES.requestId) ?? '<request-id>',
    windowStart: (known ? window(started - WINDOW_SECONDS) : undefined) ?? '<epoch-start>',
    windowEnd: (known ? window(started + WINDOW_SECONDS) : undefined) ?? '<epoch-end>',
    service: http ? 'apigatewayv2' : 'apigateway',
    apiFlag: http ? '--api-id' : '--rest-api-id',
  };
}
