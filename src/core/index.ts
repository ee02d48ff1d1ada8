/** The public API of core: everything other layers may import. */
export {
  blockedByPreflight,
  isBlockedRequest,
  isFailedPreflight,
  preflightPairs,
} from './blocked-request.ts';
export {
  type CandidateInput,
  isCandidate,
  type Relevance,
  type RelevanceOptions,
  relevanceOf,
} from './candidate.ts';
export type { CanonicalDifference, CanonicalLine } from './canonical-request.ts';
export { CATALOGUE, type CatalogueEntry } from './catalogue.ts';
export { CAUSE_IDS } from './causes/index.ts';
export { classify, unflaggedDiagnosis } from './classify.ts';
export type { ClockSkew } from './clock-skew.ts';
export {
  addToContext,
  ContextBuilder,
  type ContextFacts,
  contextFacts,
  contextFrom,
  emptyContext,
} from './context.ts';
export { curlCommand } from './curl.ts';
export { evidenceText } from './evidence-fact.ts';
export {
  type ExchangeOptions,
  exchangeFromHarEntry,
  type HarEntryLike,
  headerValue,
  headerValues,
  recordGaps,
} from './exchange.ts';
export {
  type EndpointKind,
  GATEWAY_ID_HEADERS,
  type GatewayEndpoint,
  gatewayEndpoint,
  isExecuteApiHost,
} from './gateway.ts';
export { createTranslator, type LocaleMessage, type LocaleMessages } from './i18n.ts';
export { decodeJwt, type JwtClaims } from './jwt.ts';
export { type OriginVerdict, whoAnswered } from './origin.ts';
export { renderCause } from './render-cause.ts';
export { toReportEntry } from './report.ts';
export { maskSecrets } from './secrets.ts';
export { authorizationShape, parseSigV4, type SigV4Info } from './sigv4.ts';
export { type CanonicalComparison, type SigV4Details, sigv4Details } from './sigv4-details.ts';
export * from './types.ts';
export { redactUrl } from './url-redaction.ts';
export { decodeUtf8 } from './utf8.ts';
