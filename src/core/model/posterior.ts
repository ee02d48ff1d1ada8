import type { ExchangeFacts } from '../exchange-facts.ts';
import type { CauseId, Evidence } from '../types.ts';
import {
  type CauseLikelihoods,
  type CauseModel,
  type Distribution,
  UNLISTED,
  UNLISTED_WIRE,
} from './cause-model.ts';
import { apiKeyFact, authFact, corsFacts, hostFact, preflightFact, wireFacts } from './facts.ts';
import { ANY_AUTH, LAYERS, stageLikeDefault } from './layers.ts';
import type { ApiKeyKind, Observations } from './observe.ts';
import { AWS_ONLY, TYPED, type WireClass } from './wire.ts';

/** API keys are sent on a minority of the calls that meet any given rejection. */
const ANY_API_KEY: Distribution<ApiKeyKind> = { none: 0.8, sent: 0.18, problem: 0.02 };
const PREFLIGHT = 0.01;
const CORS_MASKED = 0.1;
/** Above this P(value | cause) a matching feature is shown as evidence for the cause. */
const SHOWN = 0.25;

/**
 * A 4xx from a server that has nothing to do with API Gateway or what stands in front of it: the
 * alternative every cause competes with. When it wins, there is nothing to explain.
 * Basis: the panel sees every 4xx a page gets; reports in the corpus are about AWS, so this prior is
 * low, and the wire and host tell it apart (no AWS text, no gateway headers, not an AWS host).
 */
const UNRELATED: CauseLikelihoods = {
  prior: 0.04,
  layer: 'elsewhere',
  flavor: 'any',
  wire: {
    'app-body': 0.5,
    'html-page': 0.3,
    empty: 0.1,
    forbidden: 0.03,
    unauthorized: 0.04,
    'not-found': 0.02,
  },
  status: { '403': 0.5, '401': 0.3, 'other-4xx': 0.2 },
  host: { custom: 0.97, 'aws-service': 0.02, 'cloudfront-net': 0.01, 'execute-api': 0.0002 },
  fingerprint: {
    none: 0.9,
    'third-party-cdn': 0.05,
    'rest-ids': 0.01,
    'http-ids': 0.001,
    'rest-error': 0.0005,
  },
};
const AWS_ONLY_UNDER_UNRELATED = 0.00001;

function p<K extends string>(distribution: Distribution<K>, value: K): number {
  return distribution[value] ?? UNLISTED;
}

/** The share of a cause's typed answers (those with an x-amzn-errortype) that carry this type. */
function typeShare(model: CauseLikelihoods, typeClasses: WireClass[]): number {
  const typed = Object.entries(model.wire).filter(([cls]) => TYPED.has(cls as WireClass));
  const total = typed.reduce((sum, [, value]) => sum + (value ?? 0), 0);
  const matching = typed
    .filter(([cls]) => typeClasses.includes(cls as WireClass))
    .reduce((sum, [, value]) => sum + (value ?? 0), 0);
  return (matching + UNLISTED) / (total + UNLISTED);
}

export interface Weighed {
  id: CauseId;
  posterior: number;
  evidence: Evidence[];
}

interface Term {
  log: number;
  evidence: Evidence[];
}

/** The facts every cause may show, worded once per exchange. */
interface SharedFacts {
  wire: Evidence[];
  host: Evidence | undefined;
  auth: Evidence | undefined;
  apiKey: Evidence | undefined;
  preflight: Evidence | undefined;
  cors: Evidence[];
}

function sharedFacts(a: ExchangeFacts, o: Observations): SharedFacts {
  return {
    wire: wireFacts(a, o),
    host: hostFact(a, o),
    auth: authFact(a, o),
    apiKey: apiKeyFact(a, o),
    preflight: o.preflight ? preflightFact(a) : undefined,
    cors: o.corsMasked ? corsFacts(a) : [],
  };
}

function weighOne(
  model: CauseLikelihoods,
  a: ExchangeFacts,
  o: Observations,
  facts: SharedFacts,
  unrelated: boolean,
): Term {
  const looks = LAYERS[model.layer];
  let log = Math.log(model.prior);
  const evidence: Evidence[] = [...facts.wire];
  const add = (probability: number, shown?: Evidence | Evidence[]) => {
    log += Math.log(probability);
    if (shown && probability >= SHOWN) evidence.push(...(Array.isArray(shown) ? shown : [shown]));
  };
  if (o.wire.classes.length > 0) {
    const probability = o.wire.classes.reduce(
      (sum, cls) =>
        sum +
        (unrelated && AWS_ONLY.has(cls) ? AWS_ONLY_UNDER_UNRELATED : (model.wire[cls] ?? UNLISTED_WIRE)),
      0,
    );
    add(Math.min(1, probability));
  }
  if (o.wire.typeClasses) add(typeShare(model, o.wire.typeClasses));
  if (o.status !== undefined) add(p(model.status ?? looks.status, o.status));
  if (o.host !== undefined) add(p(model.host ?? looks.host, o.host), facts.host);
  if (o.fingerprint !== undefined) {
    add(p(model.fingerprint ?? looks.fingerprint(model.flavor), o.fingerprint), a.origin.evidence);
  }
  if (o.auth !== undefined) {
    const given = model.auth !== undefined;
    const probability = p(model.auth ?? ANY_AUTH, o.auth);
    add(probability, given ? facts.auth : undefined);
  }
  if (o.apiKey !== undefined) {
    add(p(model.apiKey ?? ANY_API_KEY, o.apiKey), model.apiKey ? facts.apiKey : undefined);
  }
  if (o.preflight !== undefined) {
    const probability = model.preflight ?? PREFLIGHT;
    add(o.preflight ? probability : 1 - probability, facts.preflight);
  }
  if (o.corsMasked !== undefined) {
    const probability = model.corsMasked ?? CORS_MASKED;
    add(o.corsMasked ? probability : 1 - probability, facts.cors);
  }
  if (o.stageLike !== undefined) {
    const probability = model.stageLike ?? stageLikeDefault(model.flavor);
    log += Math.log(o.stageLike ? probability : 1 - probability);
  }
  return { log, evidence };
}

function distinct(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.kind}\u0000${e.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The posterior of every cause given the observations (naive Bayes over the shared features, times
 * each cause's own likelihood ratios). Empty when an unrelated server explains the answer best.
 */
export function weighCauses(a: ExchangeFacts, o: Observations, models: readonly CauseModel[]): Weighed[] {
  const exclusive = models.filter((m) => m.coCause === undefined);
  const facts = sharedFacts(a, o);
  const terms = exclusive.map((model) => {
    const term = weighOne(model, a, o, facts, false);
    for (const weight of model.weigh?.(a, o) ?? []) {
      term.log += Math.log(weight.lr);
      if (weight.fact && weight.lr >= 1) term.evidence.push(weight.fact);
    }
    return { id: model.id, ...term };
  });
  const unrelated = weighOne(UNRELATED, a, o, facts, true).log;
  const top = Math.max(unrelated, ...terms.map((t) => t.log));
  const total = terms.reduce((sum, t) => sum + Math.exp(t.log - top), Math.exp(unrelated - top));
  if (terms.every((t) => t.log <= unrelated)) return [];
  // Only API Gateway's own answers (and WAF's in front of it) lack the CORS headers it could add.
  const best = exclusive.find((m) => m.id === terms.reduce((x, y) => (y.log > x.log ? y : x)).id);
  const gatewayAnswered = best !== undefined && ['gateway', 'backend', 'waf'].includes(best.layer);
  const coCauses = models.flatMap((m) =>
    m.coCause !== undefined && o.corsMasked === true && gatewayAnswered
      ? [{ id: m.id, posterior: m.coCause, evidence: [...facts.wire, ...facts.cors] }]
      : [],
  );
  // What page code saw (a CORS error) is certain, so a co-cause leads; the exclusive causes follow by posterior.
  const ranked = terms
    .map((t) => ({ id: t.id, posterior: Math.exp(t.log - top) / total, evidence: distinct(t.evidence) }))
    .sort((x, y) => y.posterior - x.posterior);
  const lead = ranked[0]?.posterior ?? 0;
  return [...coCauses.map((c) => ({ ...c, posterior: Math.max(c.posterior, lead) })), ...ranked];
}
