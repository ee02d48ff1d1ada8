import { fact, statusFact } from '../evidence-fact.ts';
import { entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

/** Bodies API Gateway itself writes; anything else on a gateway 401/403 came from the integration. */
const GATEWAY_TEXTS = [
  'forbidden',
  'unauthorized',
  'not found',
  'missing authentication token',
  'access denied',
  'internal server error',
];

export const backendIntegrationResponse: Rule = {
  id: 'backend-integration-response',
  match(a) {
    const status = a.exchange.status;
    if (a.origin.layer !== 'api-gateway' || a.error.errorType || (status !== 401 && status !== 403))
      return undefined;
    // A preflight never reaches the integration (cors-preflight-403 explains it).
    if (a.wwwAuthenticate?.error || a.exchange.isPreflight) return undefined;
    const body = a.exchange.body.kind;
    if (body === 'empty' || body === 'absent' || GATEWAY_TEXTS.includes(a.error.normalized)) return undefined;
    if (
      /^user(: \S+)? is not authorized|security token|signature|credential should be scoped/.test(
        a.error.normalized,
      )
    ) {
      return undefined;
    }
    const sample = (a.exchange.body.text ?? '').slice(0, 120);
    return {
      score: 80,
      evidence: [
        statusFact(status),
        ...a.origin.evidence,
        fact('absence', 'no_error_type'),
        fact('body', 'app_body', sample),
      ],
    };
  },
  examples: [
    {
      name: 'Lambda proxy integration answered 403',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders/42`,
        body: { error: 'ORDER_NOT_OWNED', detail: 'order 42 belongs to another customer' },
        responseHeaders: { 'x-amzn-trace-id': 'Root=1-674300a0-1a2b3c4d5e6f708192a3b4c5;Sampled=0' },
      }),
    },
  ],
};

export const backendRules = [backendIntegrationResponse];
