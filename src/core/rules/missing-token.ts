import { fact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Evidence } from '../types.ts';
import { errorTypeIs, gatewayRejected, isUnsigned, wireEvidence } from './evidence.ts';
import { entry, HOSTS, sigv4Headers } from './example-entry.ts';
import type { Rule } from './rule.ts';

/** `Missing Authentication Token`: an unsigned call to an IAM method, or a path/method/stage that does not exist. */
function missingToken(a: ExchangeFacts): boolean {
  return (
    gatewayRejected(a) &&
    !a.exchange.isPreflight &&
    (errorTypeIs(a, 'MissingAuthenticationTokenException') ||
      a.error.normalized === 'missing authentication token')
  );
}

const STAGE_WORD =
  /^(prod|production|dev|develop|development|stage|staging|test|testing|qa|uat|beta|live|sandbox|\$default)$/i;
const VERSION_WORD = /^v\d+$/i;

function samePathWorked(a: ExchangeFacts): boolean {
  return a.history.pathsThatWorked.includes(`${a.exchange.method} ${a.exchange.path}`);
}

function signedCallsEvidence(a: ExchangeFacts): Evidence[] {
  return a.history.signedCalls > 0 ? [fact('context', 'signed_calls', String(a.history.signedCalls))] : [];
}

export const missingAuthenticationToken: Rule = {
  id: 'missing-authentication-token',
  match(a) {
    if (!missingToken(a) || !isUnsigned(a)) return undefined;
    const worked = samePathWorked(a);
    const score = worked ? 90 : a.history.signedCalls > 0 ? 85 : 55;
    const context = worked ? [fact('context', 'route_worked', a.exchange.method, a.exchange.path)] : [];
    return {
      score,
      evidence: [...wireEvidence(a), fact('absence', 'unsigned'), ...signedCallsEvidence(a), ...context],
    };
  },
  examples: [
    {
      name: 'same API signed elsewhere in the session',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'MissingAuthenticationTokenException',
        body: { message: 'Missing Authentication Token' },
      }),
      session: [
        entry({
          url: `${HOSTS.rest}/prod/orders`,
          status: 200,
          body: { orders: [] },
          requestHeaders: sigv4Headers(),
        }),
      ],
      also: ['resource-not-found-unsigned'],
    },
  ],
};

export const resourceNotFoundUnsigned: Rule = {
  id: 'resource-not-found-unsigned',
  match(a) {
    if (!missingToken(a) || !isUnsigned(a) || samePathWorked(a)) return undefined;
    const score = a.history.signedCalls > 0 ? 60 : 78;
    const facts: Evidence[] = [...wireEvidence(a), fact('absence', 'no_authorization')];
    if (
      a.endpoint.stage &&
      !a.history.stagesThatWorked.includes(a.endpoint.stage) &&
      a.history.stagesThatWorked.length > 0
    ) {
      facts.push(
        fact('context', 'stage_never_worked', a.endpoint.stage, a.history.stagesThatWorked.join('", "')),
      );
    }
    if (a.exchange.path.length > 1 && a.exchange.path.endsWith('/'))
      facts.push(fact('path', 'trailing_slash'));
    return { score, evidence: facts };
  },
  examples: [
    {
      name: 'typo in the path',
      entry: entry({
        url: `${HOSTS.rest}/prod/admn`,
        errorType: 'MissingAuthenticationTokenException',
        body: { message: 'Missing Authentication Token' },
      }),
      also: ['missing-authentication-token'],
    },
    {
      name: 'capital Message, base64 body',
      entry: entry({
        method: 'POST',
        url: `${HOSTS.rest}/prod/items/`,
        errorType: 'MissingAuthenticationTokenException',
        base64Body: 'eyJNZXNzYWdlIjoiTWlzc2luZyBBdXRoZW50aWNhdGlvbiBUb2tlbi4ifQ==',
        mimeType: 'application/json',
      }),
      also: ['missing-authentication-token'],
    },
  ],
};

export const customDomainStageInUrl: Rule = {
  id: 'custom-domain-stage-in-url',
  match(a) {
    const segment = a.endpoint.firstSegment;
    if (!missingToken(a) || a.endpoint.kind !== 'custom-domain' || segment === undefined) return undefined;
    const stageLike = STAGE_WORD.test(segment) ? 88 : VERSION_WORD.test(segment) ? 70 : 0;
    const mapped = a.history.pathsThatWorked.some((p) => p.split(' ')[1]?.startsWith(`/${segment}/`));
    if (stageLike === 0 || mapped) return undefined;
    return {
      score: stageLike,
      evidence: [
        ...wireEvidence(a),
        fact('host', 'custom_domain', a.exchange.host),
        fact('path', 'stage_like_segment', segment),
      ],
    };
  },
  examples: [
    {
      name: 'stage repeated after the base path mapping',
      entry: entry({
        url: `${HOSTS.customDomain}/prod/v1/products`,
        errorType: 'MissingAuthenticationTokenException',
        body: { message: 'Missing Authentication Token' },
      }),
      also: ['resource-not-found-unsigned', 'missing-authentication-token'],
    },
  ],
};

export const missingTokenRules = [
  missingAuthenticationToken,
  resourceNotFoundUnsigned,
  customDomainStageInUrl,
];
