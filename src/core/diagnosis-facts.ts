import { headerValue } from './exchange.ts';
import type { ExchangeFacts } from './exchange-facts.ts';
import { isExecuteApiKind } from './gateway.ts';
import { maskSecrets } from './secrets.ts';
import type { DiagnosisFacts } from './types.ts';

/** Values for filling commands and texts: the ARN in the message wins over the URL. */
export function diagnosisFacts(a: ExchangeFacts): DiagnosisFacts {
  const facts: DiagnosisFacts = {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') facts[key] = value;
  };
  set('apiId', a.arn?.apiId ?? a.endpoint.apiId);
  set('region', a.arn?.region ?? a.endpoint.region ?? a.sigv4?.region);
  set('stage', a.arn?.stage ?? (isExecuteApiKind(a.endpoint.kind) ? a.endpoint.stage : undefined));
  set('resourcePath', a.arn?.path ?? a.endpoint.resourcePath);
  set('method', a.exchange.method);
  set('account', a.arn && /^\d{12}$/.test(a.arn.account) ? a.arn.account : undefined);
  // A masked account would make the ARN useless in a command: leave a placeholder instead.
  set('resourceArn', a.arn?.arn.replace(/:[\d*]*\*[\d*]*:/, ':<account-id>:'));
  set('principal', a.principal);
  set('domain', a.endpoint.kind === 'custom-domain' ? a.exchange.host : undefined);
  set('vpceId', a.endpoint.vpceId);
  set('host', a.exchange.host);
  set(
    'requestId',
    headerValue(a.exchange.responseHeaders, 'x-amzn-requestid') ??
      headerValue(a.exchange.responseHeaders, 'apigw-requestid'),
  );
  set('extendedRequestId', headerValue(a.exchange.responseHeaders, 'x-amz-apigw-id'));
  set('errorType', a.error.errorType);
  set('message', a.error.message === undefined ? undefined : maskSecrets(a.error.message));
  set('apiType', a.origin.api);
  set('endpointKind', a.endpoint.kind);
  const started = a.exchange.startedDateTime ? Date.parse(a.exchange.startedDateTime) : Number.NaN;
  if (Number.isFinite(started)) set('startedEpoch', String(Math.floor(started / 1000)));
  return facts;
}
