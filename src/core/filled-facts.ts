import type { DiagnosisFacts } from './types.ts';

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

/** Every value a command or text needs, with a readable placeholder where the capture did not reveal it. */
export function fill(facts: DiagnosisFacts): Filled {
  const http = facts.apiType === 'http';
  const started = facts.startedEpoch === undefined ? Number.NaN : Number(facts.startedEpoch);
  const known = Number.isFinite(started);
  return {
    api: facts.apiId ?? (http ? '<api-id>' : '<rest-api-id>'),
    region: facts.region ?? '<region>',
    stage: facts.stage ?? '<stage>',
    path: facts.resourcePath ?? '<resource-path>',
    method: facts.method ?? '<http-method>',
    account: facts.account ?? '<account-id>',
    domain: facts.domain ?? '<domain-name>',
    host: facts.host ?? '<host>',
    vpce: facts.vpceId ?? '<vpce-id>',
    arn:
      facts.resourceArn ??
      `arn:aws:execute-api:${facts.region ?? '<region>'}:${facts.account ?? '<account-id>'}:${facts.apiId ?? '<api-id>'}/${facts.stage ?? '<stage>'}/${facts.method ?? '<http-method>'}${facts.resourcePath ?? '/<resource-path>'}`,
    principal: facts.principal && facts.principal !== 'anonymous' ? facts.principal : '<caller-arn>',
    requestId: facts.requestId ?? '<request-id>',
    windowStart: known ? String(started - WINDOW_SECONDS) : '<epoch-start>',
    windowEnd: known ? String(started + WINDOW_SECONDS) : '<epoch-end>',
    service: http ? 'apigatewayv2' : 'apigateway',
    apiFlag: http ? '--api-id' : '--rest-api-id',
  };
}
