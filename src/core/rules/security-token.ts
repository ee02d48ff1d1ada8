import { fact } from '../evidence-fact.ts';
import { errorTypeIs, gatewayRejected, messageHas, wireEvidence } from './evidence.ts';
import { entry, HOSTS, sigv4Headers } from './example-entry.ts';
import type { Rule } from './rule.ts';

export const invalidSecurityToken: Rule = {
  id: 'invalid-security-token',
  match(a) {
    if (!gatewayRejected(a) || !messageHas(a, 'the security token included in the request is invalid'))
      return undefined;
    const key = a.sigv4?.accessKeyId ? [fact('sigv4', 'access_key', a.sigv4.accessKeyId)] : [];
    const token = a.sigv4?.hasSecurityToken ? [fact('request', 'session_token_sent')] : [];
    return { score: 95, evidence: [...wireEvidence(a), ...key, ...token] };
  },
  examples: [
    {
      name: 'deleted access key, UnrecognizedClientException with suffix',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/',
        body: { message: 'The security token included in the request is invalid.' },
        requestHeaders: sigv4Headers(),
      }),
    },
    {
      name: 'AccessDeniedException variant',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'AccessDeniedException',
        body: { Message: 'The security token included in the request is invalid' },
        requestHeaders: { ...sigv4Headers(), 'X-Amz-Security-Token': 'IQoJb3JpZ2luX2VjEXAMPLE' },
      }),
    },
  ],
};

export const expiredSecurityToken: Rule = {
  id: 'expired-security-token',
  match(a) {
    const expired =
      messageHas(a, 'the security token included in the request is expired') ||
      errorTypeIs(a, 'ExpiredTokenException');
    if (!gatewayRejected(a) || !expired) return undefined;
    const token = a.sigv4?.hasSecurityToken
      ? [fact('request', 'session_token_sent')]
      : [fact('absence', 'no_session_token')];
    return { score: 95, evidence: [...wireEvidence(a), ...token] };
  },
  examples: [
    {
      name: 'expired STS session',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'ExpiredTokenException',
        body: { message: 'The security token included in the request is expired' },
        requestHeaders: { ...sigv4Headers(), 'X-Amz-Security-Token': 'IQoJb3JpZ2luX2VjEXAMPLE' },
      }),
    },
  ],
};

export const securityTokenRules = [invalidSecurityToken, expiredSecurityToken];
