/**
 * Types of the fake API Gateway's case table. The table itself is plain JavaScript (`cases.mjs`) so that
 * `node` runs the server without a TypeScript loader; these declarations let the TypeScript specs and the
 * JSDoc in the `.mjs` files share one definition.
 */
import type { CauseId } from '../../src/core/types.ts';

/** What the demo page sends. Dynamic values (dates, tokens) are built in the page at click time. */
export interface CaseRequest {
  method: string;
  host: string;
  /** Path and query, exactly as the page requests it. */
  path: string;
  /** Literal extra request headers. */
  headers?: Record<string, string>;
  /** Send a fake SigV4 `Authorization` + `X-Amz-Date` (the signature itself is never valid). */
  sigv4?: {
    region: string;
    service: string;
    /** Shift X-Amz-Date from the page's clock, in minutes (negative = client clock behind). */
    clockSkewMinutes?: number;
    /** Also send `X-Amz-Security-Token` (temporary credentials). */
    securityToken?: boolean;
  };
  /** Send `Authorization: Bearer <unsigned JWT>` with these claims; `exp` is minutes from now. */
  bearer?: { expMinutes: number; claims: Record<string, string | number> };
  /** JSON request body (sent with `content-type: application/json`). */
  json?: unknown;
}

/** What the fake gateway sees of a request when it builds a dynamic body. */
export interface IncomingRequest {
  method: string;
  path: string;
  /** Lower-cased names. */
  headers: Record<string, string | undefined>;
  /** The server's clock when the request arrived. */
  receivedAt: Date;
}

export interface CaseResponse {
  status: number;
  /**
   * Exact header names and values, in order. `{{uuid}}` and `{{apigwId}}` are replaced per response by a
   * fresh request id / extended request id, as the real gateway would.
   */
  headers: Array<[string, string]>;
  body: string | ((request: IncomingRequest) => string);
}

export interface GatewayCase {
  /** Stable slug: the demo button's `data-case` and the row name in test titles. */
  id: string;
  /** Button label on the demo page (accessible name). */
  title: string;
  /** Top cause the panel must show, or `null` when the request must NOT be flagged. */
  expect: CauseId | null;
  /** Request method of the flagged row when it is not the request's own (a failed CORS preflight). */
  flaggedMethod?: string;
  request: CaseRequest;
  response: CaseResponse;
  /**
   * The answer when the request carries no `Authorization` header, where it differs: API Gateway reads that
   * header before it looks the route up (replay "without Authorization" tells the two answers apart).
   */
  withoutAuthorization?: CaseResponse;
  /**
   * Add `access-control-allow-origin` for the demo page, as a gateway whose DEFAULT_4XX/5XX responses have CORS
   * headers does. False where the point is a masked CORS error or the answer does not come from API Gateway.
   */
  cors: boolean;
  /** How the OPTIONS preflight is answered: like a working CORS setup, or 403 with no CORS headers. */
  preflight: 'ok' | 'forbidden';
}

/** The demo page's origin and the hosts the fake gateway answers for (Chromium maps them all to it). */
export declare const HOSTS: {
  demo: string;
  rest: string;
  http: string;
  customDomain: string;
  vpce: string;
  awsService: string;
};

export declare const DEMO_ORIGIN: string;

export declare const CASES: readonly GatewayCase[];

/** Catalogue ids with no row of their own, each with the reason a browser capture cannot single it out. */
export declare const NOT_REPRODUCIBLE: Readonly<Partial<Record<CauseId, string>>>;

/** `http://<host><path>` as the browser reports the request URL. */
export declare function caseUrl(gatewayCase: GatewayCase): string;
