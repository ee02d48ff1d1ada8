import type { ExchangeFacts } from '../exchange-facts.ts';
import type { Filled } from '../filled-facts.ts';
import type { CauseId, Evidence } from '../types.ts';
import type { ApiKeyKind, AuthKind, Fingerprint, HostKind, Observations, StatusKind } from './observe.ts';
import type { WireClass } from './wire.ts';

/**
 * Who writes the response when this is the cause. Causes of one layer share how that layer's answers
 * look (host, fingerprint headers, status), so "who answered" is inferred with the cause itself.
 */
export type Layer = 'gateway' | 'backend' | 'waf' | 'cloudfront' | 'alb' | 'proxy' | 'elsewhere';

/** Which API Gateway flavour produces this answer: REST only, HTTP API only, or either. */
export type Flavor = 'rest' | 'http' | 'any';

/** P(observed value | cause) for one feature; values not listed get `UNLISTED`. */
export type Distribution<K extends string> = Partial<Record<K, number>>;

/** A further piece of evidence a cause weighs: how many times likelier it is under this cause. */
export interface Weight {
  lr: number;
  /** Shown as evidence when it speaks for the cause (lr ≥ 1). */
  fact?: Evidence;
}

/**
 * One cause, whole: how the model weighs it (prior, likelihoods, evidence) and what the product says
 * and suggests about it (wording keys, doc link, commands). Ids and the catalogue are derived from the
 * units (src/core/causes/index.ts); a unit's wire examples live beside it in `<id>.examples.ts`.
 */
export interface CauseModel<Id extends string = CauseId> extends CatalogueEntry {
  id: Id;
  /**
   * How often this is the answer among real 403/401 reports (the issue trackers, Q&A threads and
   * blog posts of test/real-world): (dev reports naming it first + ½) / (dev reports + ½ × causes),
   * as `npm run eval -- --priors` prints it. Each unit states the counts.
   */
  prior: number;
  layer: Layer;
  flavor: Flavor;
  /** P(wire class | cause): what the response says when this is the cause. */
  wire: Distribution<WireClass>;
  status?: Distribution<StatusKind>;
  host?: Distribution<HostKind>;
  fingerprint?: Distribution<Fingerprint>;
  auth?: Distribution<AuthKind>;
  apiKey?: Distribution<ApiKeyKind>;
  /** P(preflight | cause); the default says a preflight is rarely the request that failed. */
  preflight?: number;
  /** P(cross-origin error without access-control-allow-origin | cause). */
  corsMasked?: number;
  /**
   * A cause that comes on top of another one (how the answer reached the page), not instead of it:
   * listed with this probability whenever its sign is seen, beside the exclusive causes.
   */
  coCause?: number;
  /** P(first path segment looks like a stage | cause), on execute-api hosts. */
  stageLike?: number;
  /** Evidence beyond the shared features: session context, path, token claims, signature details. */
  weigh?(a: ExchangeFacts, o: Observations): Weight[];
}

/** What the model weighs of a cause: all of its unit but the id and what is shown. */
export type CauseLikelihoods = Omit<CauseModel, 'id' | keyof CatalogueEntry>;

/** What the product says and suggests about a cause: not weighed, shown. */
export interface CatalogueEntry {
  /**
   * Prefix of its strings in both locales (public/_locales): `<wording>_title`, `_why`, `_fix_<n>`,
   * `_confirm_<n>` and `_distinguish`.
   */
  wording: string;
  /** The AWS page that documents this cause. */
  docUrl: string;
  /** AWS CLI / shell commands that check or fix this cause. */
  commands(f: Filled): string[];
  /** Whether API Gateway's own logs can show this cause (false for layers in front of it). */
  gatewayLogs: boolean;
}

/** Probability of a value a distribution does not list: possible, but not how this cause shows. */
export const UNLISTED = 0.004;
/** The same for a wire class: AWS's texts name their cause; another cause seldom produces them. */
export const UNLISTED_WIRE = 0.0005;
