import { fact } from '../evidence-fact.ts';
import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Evidence } from '../types.ts';
import { apiKeyEvidence, gatewayRejected, isBareForbidden, wireEvidence } from './evidence.ts';
import { type EntrySpec, entry, HOSTS } from './example-entry.ts';
import type { Rule } from './rule.ts';

/*
 * The bare `{"message":"Forbidden"}` family. The wire is identical for all of them, so each rule
 * scores only from what separates it (request headers, host kind, session history), and stays
 * below "high" unless a fact is decisive.
 */

/** Example: API Gateway's bare `{"message":"Forbidden"}` answer to the request `spec` describes. */
function bareForbidden(spec: EntrySpec) {
  return entry({ ...spec, errorType: 'ForbiddenException', body: { message: 'Forbidden' } });
}

const KEY = { 'x-api-key': 'k3yV4lu3-0123456789abcdefghij' };

function isPublicExecuteApi(a: ExchangeFacts): boolean {
  return a.endpoint.kind === 'regional' || a.endpoint.kind === 'edge';
}

function emptyBody(a: ExchangeFacts): boolean {
  return a.exchange.body.kind === 'empty';
}

const PRIVATE_ADDRESS = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|f[cd][0-9a-f]{2}:)/i;

/** The seed article's wording for a rejected key; it names the cause outright. */
const INVALID_KEY_TEXT = 'invalid api key identifier specified';

export const invalidApiKey: Rule = {
  id: 'invalid-api-key',
  match(a) {
    if (a.error.normalized === INVALID_KEY_TEXT && gatewayRejected(a)) {
      return { score: 92, evidence: [...wireEvidence(a), apiKeyEvidence(a)] };
    }
    // HTTP APIs have no API keys.
    if (!isBareForbidden(a) || a.origin.api === 'http' || a.endpoint.kind === 'vpce-public-dns')
      return undefined;
    const keyProblem = a.apiKey.misnamed !== undefined || a.apiKey.blank || a.apiKey.padded;
    const otherCallsUsedKey = a.history.apiKeySuccesses > 0;
    let score = a.apiKey.sent && !keyProblem ? 25 : keyProblem ? 72 : otherCallsUsedKey ? 80 : 62;
    if (emptyBody(a)) score -= 15;
    const facts: Evidence[] = [...wireEvidence(a), apiKeyEvidence(a)];
    if (otherCallsUsedKey && !a.apiKey.sent) {
      facts.push(fact('context', 'api_key_successes', String(a.history.apiKeySuccesses)));
    }
    return { score, evidence: facts };
  },
  examples: [
    {
      name: 'the message names the key (seed wording)',
      entry: entry({
        url: `${HOSTS.rest}/prod/orders`,
        errorType: 'ForbiddenException',
        body: { message: 'Invalid API Key identifier specified' },
        requestHeaders: KEY,
      }),
    },
    {
      name: 'no x-api-key header, other calls had one',
      entry: bareForbidden({ url: `${HOSTS.rest}/prod/orders` }),
      session: [entry({ url: `${HOSTS.rest}/prod/items`, status: 200, body: [], requestHeaders: KEY })],
      also: ['waf-blocked', 'invalid-stage', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
    },
    {
      name: 'key sent under the wrong name',
      entry: bareForbidden({
        url: `${HOSTS.customDomain}/v1/orders`,
        requestHeaders: { 'api-key': KEY['x-api-key'] },
      }),
      also: ['waf-blocked', 'custom-domain-no-base-path-mapping', 'mtls-invalid-client-cert'],
    },
  ],
};

export const invalidStage: Rule = {
  id: 'invalid-stage',
  match(a) {
    // HTTP APIs answer an unknown stage or route with 404, and their $default stage has no path segment.
    if (
      !isBareForbidden(a) ||
      !isPublicExecuteApi(a) ||
      a.origin.api === 'http' ||
      a.endpoint.stage === undefined
    ) {
      return undefined;
    }
    const stage = a.endpoint.stage;
    const worked = a.history.stagesThatWorked;
    if (worked.includes(stage)) return undefined;
    const facts: Evidence[] = [...wireEvidence(a), fact('path', 'stage_segment', stage)];
    if (worked.length > 0) {
      facts.push(fact('context', 'stages_worked', worked.join('", "')));
      return { score: 85, evidence: facts };
    }
    return { score: a.endpoint.resourcePath === '/' ? 50 : 35, evidence: facts };
  },
  examples: [
    {
      name: 'dev stage never deployed, prod works',
      entry: bareForbidden({
        url: `${HOSTS.rest}/dev/items`,
        requestHeaders: KEY,
      }),
      session: [entry({ url: `${HOSTS.rest}/prod/items`, status: 200, body: [], requestHeaders: KEY })],
      also: ['invalid-api-key', 'waf-blocked', 'default-endpoint-disabled', 'vpce-private-dns-public-api'],
    },
  ],
};

export const defaultEndpointDisabled: Rule = {
  id: 'default-endpoint-disabled',
  match(a) {
    if (!isBareForbidden(a) || !isPublicExecuteApi(a) || a.history.successes > 0) return undefined;
    const domains = a.context.gatewayDomains;
    if (domains.length === 0)
      return { score: 30, evidence: [...wireEvidence(a), fact('host', 'default_endpoint')] };
    return {
      score: 68,
      evidence: [
        ...wireEvidence(a),
        fact('host', 'default_endpoint'),
        fact('context', 'gateway_domains', domains.join(', ')),
      ],
    };
  },
  examples: [
    {
      name: 'execute-api URL while the app uses a custom domain',
      entry: bareForbidden({
        url: `${HOSTS.rest}/prod/v1/products`,
        requestHeaders: KEY,
      }),
      session: [
        entry({ url: `${HOSTS.customDomain}/v1/products`, status: 200, body: [], requestHeaders: KEY }),
      ],
      also: ['invalid-api-key', 'waf-blocked', 'invalid-stage', 'vpce-private-dns-public-api'],
    },
  ],
};

export const privateApiPublicDnsMissingHost: Rule = {
  id: 'private-api-public-dns-missing-host',
  match(a) {
    if (!isBareForbidden(a) || a.endpoint.kind !== 'vpce-public-dns' || a.endpoint.apiId !== undefined)
      return undefined;
    return {
      score: 94,
      evidence: [
        ...wireEvidence(a),
        fact('host', 'vpce_public_dns', a.exchange.host),
        fact('absence', 'no_api_id_header'),
      ],
    };
  },
  examples: [
    {
      name: 'vpce DNS name without Host or x-apigw-api-id',
      entry: bareForbidden({ url: `${HOSTS.vpce}/prod/orders` }),
      also: ['waf-blocked'],
    },
  ],
};

export const vpcePrivateDnsPublicApi: Rule = {
  id: 'vpce-private-dns-public-api',
  match(a) {
    if (!isBareForbidden(a) || !isPublicExecuteApi(a) || a.history.successes > 0) return undefined;
    const ip = a.exchange.serverIp;
    if (ip && PRIVATE_ADDRESS.test(ip)) {
      return {
        score: 86,
        evidence: [...wireEvidence(a), fact('host', 'private_address', ip)],
      };
    }
    return {
      score: 20,
      evidence: [...wireEvidence(a), fact('host', 'public_address_unknown')],
    };
  },
  examples: [
    {
      name: 'public API called from a VPC with private DNS on',
      entry: bareForbidden({
        url: `${HOSTS.rest}/prod/orders`,
        requestHeaders: KEY,
        serverIp: '10.0.12.34',
      }),
      also: ['invalid-api-key', 'waf-blocked', 'invalid-stage', 'default-endpoint-disabled'],
    },
  ],
};

function firstSegmentsThatFailed(a: ExchangeFacts): string[] {
  const own = a.endpoint.firstSegment ?? '';
  const failed = a.history.forbiddenFirstSegments;
  return failed.includes(own) ? failed : [...failed, own];
}

export const mtlsInvalidClientCert: Rule = {
  id: 'mtls-invalid-client-cert',
  match(a) {
    if (!isBareForbidden(a) || a.endpoint.kind !== 'custom-domain' || a.history.successes > 0)
      return undefined;
    const failed = firstSegmentsThatFailed(a);
    const facts: Evidence[] = [
      ...wireEvidence(a),
      fact('host', 'custom_domain', a.exchange.host),
      fact('absence', 'client_cert_invisible'),
    ];
    if (failed.length >= 2) {
      facts.push(fact('context', 'all_base_paths_failed', `/${failed.join(', /')}`));
      return { score: 70, evidence: facts };
    }
    return { score: 30, evidence: facts };
  },
  examples: [
    {
      name: 'every base path of the domain fails',
      entry: bareForbidden({
        url: 'https://secure.demo-shop.test/v1/accounts',
        requestHeaders: KEY,
      }),
      session: [
        bareForbidden({
          url: 'https://secure.demo-shop.test/v2/accounts',
          requestHeaders: KEY,
        }),
      ],
      also: ['invalid-api-key', 'waf-blocked', 'custom-domain-no-base-path-mapping'],
    },
  ],
};

export const customDomainNoBasePathMapping: Rule = {
  id: 'custom-domain-no-base-path-mapping',
  match(a) {
    if (!isBareForbidden(a) || a.endpoint.kind !== 'custom-domain') return undefined;
    const segment = a.endpoint.firstSegment ?? '';
    const workedSegments = a.history.pathsThatWorked.map((p) => (p.split(' ')[1] ?? '').split('/')[1] ?? '');
    if (workedSegments.includes(segment)) return undefined;
    const facts: Evidence[] = [
      ...wireEvidence(a),
      fact('host', 'custom_domain', a.exchange.host),
      fact('path', 'base_path', `/${segment}`),
    ];
    if (workedSegments.length > 0) {
      facts.push(fact('context', 'other_base_paths_worked', `/${[...new Set(workedSegments)].join(', /')}`));
      return { score: 76, evidence: facts };
    }
    return { score: 50, evidence: facts };
  },
  examples: [
    {
      name: 'base path not mapped, another one is',
      entry: bareForbidden({
        url: `${HOSTS.customDomain}/orders`,
        requestHeaders: KEY,
      }),
      session: [
        entry({ url: `${HOSTS.customDomain}/v1/products`, status: 200, body: [], requestHeaders: KEY }),
      ],
      also: ['invalid-api-key', 'waf-blocked'],
    },
  ],
};

export const forbiddenRules = [
  invalidApiKey,
  invalidStage,
  defaultEndpointDisabled,
  privateApiPublicDnsMissingHost,
  vpcePrivateDnsPublicApi,
  mtlsInvalidClientCert,
  customDomainNoBasePathMapping,
];
