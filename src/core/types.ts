/**
 * The shapes every layer speaks: the panel, the worker, the analyzer page, the CLI and annotated
 * HAR files. Changing a field here changes a public contract (DESIGN.md "Contracts other tools rely on").
 */

/** Cause ids are derived from the cause units (src/core/causes/index.ts; listed in docs/causes.md). */
export type { CauseId } from './causes/index.ts';

import type { CauseId } from './causes/index.ts';

export type Confidence = 'high' | 'medium' | 'low';

/** Which layer produced the response. */
export type OriginLayer = 'api-gateway' | 'cloudfront' | 'waf' | 'alb' | 's3' | 'proxy' | 'unknown';

export interface Header {
  /** Lower-cased. Repeated headers stay as separate entries. */
  name: string;
  value: string;
}

export type BodyKind = 'json' | 'xml' | 'html' | 'text' | 'binary' | 'empty' | 'absent';

export interface Body {
  kind: BodyKind;
  /** Decoded text (base64 already undone) when the body is textual; bounded in length. */
  text?: string;
  /** Parsed value when kind is 'json'. */
  json?: unknown;
}

/** One request/response pair, normalized from a HAR entry or a live DevTools request. */
export interface Exchange {
  /** Stable id: DevTools request id, HAR `_requestId`, or `har:<index>`. */
  id: string;
  /** 0-based position in `log.entries` when the exchange came from a HAR file. */
  index?: number;
  startedDateTime?: string;
  method: string;
  url: string;
  scheme: string;
  host: string;
  port?: number;
  path: string;
  query: Array<{ name: string; value: string }>;
  requestHeaders: Header[];
  requestBody?: Body;
  /** 0 when the request never got an answer (blocked by CORS, network error). */
  status: number;
  statusText?: string;
  responseHeaders: Header[];
  body: Body;
  isPreflight: boolean;
  /** HAR `serverIPAddress`: a private address for a public execute-api host means a VPC endpoint answered. */
  serverIp?: string;
  /** DevTools `_error`, e.g. `net::ERR_FAILED`. */
  error?: string;
  resourceType?: string;
  /**
   * Parts the record does not show (a copied response, a tool that drops headers). An unseen part is
   * unknown, not empty: its absence is no evidence. Live captures and HAR files see every part.
   */
  unseen?: UnseenParts;
}

export interface UnseenParts {
  method?: true;
  url?: true;
  requestHeaders?: true;
  /**
   * The request headers shown are a selection (a poster quoting the ones they thought mattered):
   * a header listed was sent, one not listed may have been sent too.
   */
  requestHeadersQuoted?: true;
  status?: true;
  responseHeaders?: true;
}

export interface Evidence {
  /** What kind of fact: `header`, `body`, `host`, `path`, `status`, `sigv4`, `jwt`, `context`, `absence`. */
  kind: string;
  /** The fact itself in English, naming the exact header/body/host value that matched. */
  detail: string;
  /** Locale message that words this fact (render with `evidenceText`), and its substitutions. */
  key?: string;
  substitutions?: string[];
}

export interface RankedCause {
  id: CauseId;
  confidence: Confidence;
  /** Internal ranking score (higher first); not part of the public JSON contract. */
  score: number;
  evidence: Evidence[];
  /** Message key (in _locales) of the fact that tells this cause apart from its look-alikes, if any. */
  distinguishKey?: string;
}

/** Values found in the URL, headers or error message, used to fill in CLI commands and doc text. */
export interface DiagnosisFacts {
  apiId?: string;
  region?: string;
  stage?: string;
  resourcePath?: string;
  account?: string;
  domain?: string;
  requestId?: string;
  extendedRequestId?: string;
  errorType?: string;
  message?: string;
  [key: string]: string | undefined;
}

export interface Diagnosis {
  exchangeId: string;
  flagged: boolean;
  origin: OriginLayer;
  /** Best first. Empty when the exchange is not flagged. */
  causes: RankedCause[];
  facts: DiagnosisFacts;
}

/** Translation function with the semantics of Chrome's i18n getMessage. */
export type Translate = (key: string, substitutions?: string[]) => string;

/** A cause ready to show: every string already translated and filled in from the facts. */
export interface RenderedCause {
  title: string;
  why: string;
  fixSteps: string[];
  /** AWS CLI / shell commands, ids filled in (`<rest-api-id>` style placeholders when unknown). */
  commands: string[];
  /** How to confirm this is the cause (logs, curl, Logs Insights query). */
  confirm: string[];
  /** What tells this cause apart from its look-alikes. */
  distinguish?: string;
  docUrl: string;
}

/** One entry of the CLI JSON report and of the `_apigw403` field of an annotated HAR. */
export interface ReportEntry {
  index: number;
  method: string;
  url: string;
  status: number;
  flagged: boolean;
  origin: OriginLayer;
  causes: Array<{ id: CauseId; confidence: Confidence; evidence: Evidence[] }>;
}

/** What the session has shown about one API (keyed by api id, or by host for custom domains). */
export interface ApiHistory {
  /** Stages (first path segment on execute-api hosts) that answered 2xx/3xx. */
  stagesThatWorked: string[];
  /** `METHOD /path` pairs that answered 2xx/3xx. */
  pathsThatWorked: string[];
  /** Number of requests carrying a SigV4 signature. */
  signedCalls: number;
  /** Number of requests with `x-api-key` that answered 2xx/3xx. */
  apiKeySuccesses: number;
  /** Number of requests that answered 2xx/3xx. */
  successes: number;
  /** First path segments of requests that answered 403 (a domain-wide check fails them all). */
  forbiddenFirstSegments: string[];
}

/** Plain JSON data about the other exchanges of a session; built with `addToContext`. */
export interface SessionContext {
  /** Keyed by `api:<apiId>` for execute-api hosts, `host:<hostname>` for other hosts. */
  apis: Record<string, ApiHistory>;
  /** Non-execute-api hosts seen answering like API Gateway (custom domains). */
  gatewayDomains: string[];
}
