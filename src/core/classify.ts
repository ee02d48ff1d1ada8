import { CAUSE_MODELS } from './causes/index.ts';
import { curlCommand } from './curl.ts';
import { diagnosisFacts } from './diagnosis-facts.ts';
import { exchangeFacts } from './exchange-facts.ts';
import type { Layer } from './model/cause-model.ts';
import { type Observations, observe } from './model/observe.ts';
import { type Weighed, weighCauses } from './model/posterior.ts';
import { AWS_ONLY } from './model/wire.ts';
import type { Confidence, Diagnosis, Exchange, OriginLayer, RankedCause, SessionContext } from './types.ts';

/**
 * Posterior thresholds of the confidence words, calibrated on the real-world corpus
 * (test/real-world, `npm run eval`): a first cause called `high` is right at least 90% of the time.
 * The posterior means what it says: first causes between 0.75 and 0.85 were right 10 times in 12
 * on the dev split (true look-alikes such as a missing route and an AWS_IAM method land there), so
 * `high` starts above them.
 */
const HIGH = 0.85;
const MEDIUM = 0.4;
/** Causes less likely than this are not listed; the first cause always is. */
const LISTED = 0.02;
const MAX_LISTED = 5;

export function confidenceOf(posterior: number): Confidence {
  return posterior >= HIGH ? 'high' : posterior >= MEDIUM ? 'medium' : 'low';
}

function distinguishKey(id: string): string {
  return `cause_${id.replace(/-/g, '_')}_distinguish`;
}

function ranked(weighed: Weighed[]): RankedCause[] {
  return weighed
    .filter((w, index) => index === 0 || w.posterior >= LISTED)
    .slice(0, MAX_LISTED)
    .map((w) => ({
      id: w.id,
      confidence: confidenceOf(w.posterior),
      score: Math.round(w.posterior * 1000) / 10,
      evidence: w.evidence,
      distinguishKey: distinguishKey(w.id),
    }));
}

const LAYER_ORIGIN: Record<Layer, OriginLayer> = {
  gateway: 'api-gateway',
  backend: 'api-gateway',
  waf: 'waf',
  cloudfront: 'cloudfront',
  alb: 'alb',
  proxy: 'proxy',
  elsewhere: 'unknown',
};

/** Fingerprint headers name who answered when present; otherwise the best cause's layer does. */
function originOf(headerVerdict: OriginLayer, best: Weighed | undefined): OriginLayer {
  if (headerVerdict !== 'unknown' || best === undefined) return headerVerdict;
  const layer = CAUSE_MODELS.find((m) => m.id === best.id)?.layer;
  return layer ? LAYER_ORIGIN[layer] : 'unknown';
}

/** A status that may carry a rejection: any 4xx, WAF interstitials, or a status the record does not show. */
function mayBeRejection(exchange: Exchange, o: Observations): boolean {
  if (exchange.unseen?.status) return true;
  return o.status !== undefined && o.status !== 'not-an-error';
}

/**
 * What `classify` answers for an exchange it does not flag; also what the panel and the HAR pipeline give an
 * entry the pre-filter kept from `classify`. `origin`: which layer answered, when the caller has looked.
 */
export function unflaggedDiagnosis(exchange: Exchange, origin: OriginLayer = 'unknown'): Diagnosis {
  return { exchangeId: exchange?.id ?? '', flagged: false, origin, causes: [], facts: {} };
}

/**
 * Ranks the causes by their posterior given what the exchange shows (and the session around it);
 * never throws (a broken exchange yields an unflagged diagnosis).
 */
export function classify(exchange: Exchange, context: SessionContext): Diagnosis {
  try {
    const analysis = exchangeFacts(exchange, context);
    const o = observe(analysis);
    const headerVerdict = analysis.origin.layer;
    if (!mayBeRejection(exchange, o)) return unflaggedDiagnosis(exchange, headerVerdict);
    // AWS's own service endpoints are not API Gateway; in a capture they are explained only when they
    // answer with a SigV4/IAM text that users mistake for an API Gateway one. A record with gaps (a
    // report, a pasted response) is one exchange someone asked about: which service answered is the answer.
    // Only a body says what only AWS writes; an error type header alone is shared by AWS's services.
    const awsText = o.wire.errorType === undefined && o.wire.classes.some((c) => AWS_ONLY.has(c));
    const record = exchange.unseen !== undefined;
    if (o.host === 'aws-service' && !awsText && !record) return unflaggedDiagnosis(exchange, headerVerdict);
    // Any other host whose (seen) headers show no gateway or front-layer fingerprint, and whose body
    // says nothing only AWS writes, is some other server: not ours to explain (as isCandidate says).
    // (A captured URL that names no host counts as such a host.)
    const otherHost =
      o.host === 'custom' || o.host === 'cloudfront-net' || (o.host === undefined && !exchange.unseen?.url);
    if (otherHost && o.fingerprint === 'none' && !awsText) return unflaggedDiagnosis(exchange, headerVerdict);
    // A layer in front (CDN, proxy, ALB) rejects with 401/403; its other 4xx are the site's own answers.
    const gatewayAnswer = ['rest-error', 'rest-ids', 'http-ids', 'waf-action'].includes(o.fingerprint ?? '');
    if (otherHost && o.status === 'other-4xx' && !gatewayAnswer && !awsText) {
      return unflaggedDiagnosis(exchange, headerVerdict);
    }
    const weighed = weighCauses(analysis, o, CAUSE_MODELS);
    if (weighed.length === 0) return unflaggedDiagnosis(exchange, headerVerdict);
    const facts = diagnosisFacts(analysis);
    if (o.wire.message !== undefined && facts.message === undefined) facts.message = o.wire.message;
    return {
      exchangeId: exchange.id,
      flagged: true,
      origin: originOf(headerVerdict, weighed[0]),
      causes: ranked(weighed),
      facts: { ...facts, curl: curlCommand(exchange) },
    };
  } catch {
    return unflaggedDiagnosis(exchange);
  }
}
