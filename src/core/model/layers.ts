import type { Distribution, Flavor, Layer } from './cause-model.ts';
import type { AuthKind, Fingerprint, HostKind, StatusKind } from './observe.ts';

/*
 * How each layer's answers look, shared by the causes of that layer unless a cause says otherwise.
 * Bases: the wire facts of docs/causes.md and research/peers-and-wire-facts.md (which headers each
 * layer sends), and what reports show: posters paste some response headers but rarely all of them,
 * hence the weight of "none of the fingerprint headers" even for API Gateway's own answers.
 */

export const GATEWAY_STATUS: Distribution<StatusKind> = {
  '403': 0.9,
  '401': 0.02,
  'other-4xx': 0.06,
  'not-an-error': 0.005,
};

export const GATEWAY_HOST: Distribution<HostKind> = {
  'execute-api': 0.7,
  custom: 0.25,
  'private-alias': 0.02,
  'vpce-dns': 0.02,
  'cloudfront-net': 0.005,
  'aws-service': 0.0005,
};

const FINGERPRINTS: Record<Flavor, Distribution<Fingerprint>> = {
  // REST APIs never send apigw-requestid, HTTP APIs never x-amzn-errortype: seen, they name the flavour.
  rest: { 'rest-error': 0.6, 'rest-ids': 0.06, 'http-ids': 0.001, none: 0.3, 'third-party-cdn': 0.02 },
  http: { 'http-ids': 0.6, 'rest-ids': 0.03, 'rest-error': 0.001, none: 0.3, 'third-party-cdn': 0.02 },
  any: { 'rest-error': 0.55, 'rest-ids': 0.05, 'http-ids': 0.08, none: 0.3, 'third-party-cdn': 0.02 },
};

/** How requests that meet a gateway rejection are authenticated, when the cause does not care. */
export const ANY_AUTH: Distribution<AuthKind> = {
  none: 0.5,
  'bearer-jwt': 0.2,
  'bearer-other': 0.07,
  'raw-token': 0.08,
  sigv4: 0.15,
};

/** P(first segment looks like a stage): REST URLs always carry the stage; HTTP APIs often use $default. */
const STAGE_LIKE: Record<Flavor, number> = { rest: 0.85, http: 0.3, any: 0.75 };

interface LayerLooks {
  status: Distribution<StatusKind>;
  host: Distribution<HostKind>;
  fingerprint(flavor: Flavor): Distribution<Fingerprint>;
}

export const LAYERS: Record<Layer, LayerLooks> = {
  gateway: { status: GATEWAY_STATUS, host: GATEWAY_HOST, fingerprint: (f) => FINGERPRINTS[f] },
  backend: {
    status: { '403': 0.6, '401': 0.35, 'other-4xx': 0.05 },
    host: { 'execute-api': 0.6, custom: 0.38, 'private-alias': 0.01, 'vpce-dns': 0.01 },
    // An integration's answer passes through without x-amzn-errortype.
    fingerprint: () => ({ 'rest-ids': 0.45, 'http-ids': 0.2, none: 0.3, 'rest-error': 0.01 }),
  },
  waf: {
    status: { '403': 0.85, 'other-4xx': 0.08, 'waf-interstitial': 0.06 },
    host: { 'execute-api': 0.55, custom: 0.4, 'cloudfront-net': 0.05 },
    // AWS WAF protects REST API stages, not HTTP APIs: its block never carries an HTTP API's request id.
    fingerprint: () => ({ 'rest-error': 0.45, 'http-ids': 0.001, 'waf-action': 0.2, none: 0.3 }),
  },
  cloudfront: {
    status: { '403': 0.9, 'other-4xx': 0.08 },
    host: { custom: 0.6, 'cloudfront-net': 0.35, 'execute-api': 0.005 },
    fingerprint: () => ({ 'cloudfront-page': 0.7, none: 0.25 }),
  },
  alb: {
    status: { '403': 0.9, '401': 0.05 },
    host: { custom: 0.7, 'aws-service': 0.3 },
    fingerprint: () => ({ alb: 0.8, none: 0.15 }),
  },
  proxy: {
    status: { '403': 0.85, '401': 0.05, 'other-4xx': 0.08 },
    host: { 'execute-api': 0.4, custom: 0.55, 'cloudfront-net': 0.03 },
    fingerprint: () => ({ proxy: 0.5, 'third-party-cdn': 0.3, none: 0.15 }),
  },
  elsewhere: {
    status: { '403': 0.8, '401': 0.12, 'other-4xx': 0.06 },
    host: { custom: 0.5, 'aws-service': 0.42, 'cloudfront-net': 0.06, 'execute-api': 0.002 },
    // Other AWS services send x-amzn-requestid too.
    fingerprint: () => ({ s3: 0.3, none: 0.45, 'rest-ids': 0.15, 'rest-error': 0.05 }),
  },
};

export function stageLikeDefault(flavor: Flavor): number {
  return STAGE_LIKE[flavor];
}
