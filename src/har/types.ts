/**
 * HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) as real exporters write it, plus the
 * `_`-prefixed fields we read (Chromium's) and write (`_apigw403`). Fields the spec calls required
 * are optional here when real exporters omit them: the reader warns instead of failing.
 * Unknown fields survive a read → write round trip untouched, hence the index signatures.
 */
import type { ReportEntry } from '../core/index.ts';

export interface Har {
  log: HarLog;
}

export interface HarLog {
  version?: string;
  creator?: HarCreator;
  browser?: HarCreator;
  pages?: HarPage[];
  entries: HarEntry[];
  comment?: string;
  _apigw403?: HarLogAnnotation;
  [custom: `_${string}`]: unknown;
}

export interface HarCreator {
  name: string;
  version: string;
  comment?: string;
}

export interface HarPage {
  startedDateTime: string;
  id: string;
  title: string;
  pageTimings?: { onContentLoad?: number; onLoad?: number; comment?: string };
  comment?: string;
  [custom: `_${string}`]: unknown;
}

export interface HarEntry {
  pageref?: string;
  startedDateTime: string;
  time?: number;
  request: HarRequest;
  response: HarResponse;
  cache?: HarCache;
  timings?: HarTimings;
  serverIPAddress?: string;
  connection?: string;
  comment?: string;
  /** Chromium: DevTools request id. */
  _requestId?: string;
  /** Chromium: `fetch`, `xhr`, `preflight`, `document`, … */
  _resourceType?: string;
  /** Chromium: `net::ERR_FAILED` and friends when the request never got an answer. */
  _error?: string;
  _apigw403?: HarEntryAnnotation;
  [custom: `_${string}`]: unknown;
}

export interface HarNameValue {
  name: string;
  value: string;
  comment?: string;
}

export interface HarCookie {
  name: string;
  value: string;
  path?: string;
  domain?: string;
  expires?: string | null;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
  comment?: string;
  [custom: `_${string}`]: unknown;
}

export interface HarPostData {
  mimeType?: string;
  text?: string;
  params?: Array<{ name: string; value?: string; fileName?: string; contentType?: string; comment?: string }>;
  comment?: string;
  /** Firefox/Charles write base64 request bodies with this marker. */
  encoding?: string;
}

export interface HarRequest {
  method: string;
  url: string;
  httpVersion?: string;
  cookies?: HarCookie[];
  headers: HarNameValue[];
  queryString?: HarNameValue[];
  postData?: HarPostData;
  headersSize?: number;
  bodySize?: number;
  comment?: string;
  [custom: `_${string}`]: unknown;
}

export interface HarContent {
  size?: number;
  compression?: number;
  mimeType?: string;
  text?: string;
  encoding?: string;
  comment?: string;
  [custom: `_${string}`]: unknown;
}

export interface HarResponse {
  status: number;
  statusText?: string;
  httpVersion?: string;
  cookies?: HarCookie[];
  headers: HarNameValue[];
  content?: HarContent;
  redirectURL?: string;
  headersSize?: number;
  bodySize?: number;
  comment?: string;
  [custom: `_${string}`]: unknown;
}

export interface HarCache {
  beforeRequest?: unknown;
  afterRequest?: unknown;
  comment?: string;
}

export interface HarTimings {
  blocked?: number;
  dns?: number;
  connect?: number;
  send: number;
  wait: number;
  receive: number;
  ssl?: number;
  comment?: string;
  [custom: `_${string}`]: unknown;
}

/** `_apigw403` on an entry: the `--format json` entry shape plus the tool version that wrote it. */
export type HarEntryAnnotation = ReportEntry & { version: string };

/** `_apigw403` on the log: who wrote the file and what it found. */
export interface HarLogAnnotation {
  version: string;
  entries: number;
  flagged: number;
  /** Top cause id → how many flagged entries have it first. */
  topCauses: Record<string, number>;
  /** Whether secrets were replaced by placeholders in this file. */
  redacted: boolean;
}
