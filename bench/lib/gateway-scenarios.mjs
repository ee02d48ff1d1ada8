/**
 * One API Gateway (or what stands in front of it) 4xx per catalogue cause, taken from the cause's wire
 * examples (src/core/causes/<id>.examples.ts: the one place a cause's wire shape is written). Each scenario
 * returns an exchange description that har-entry.mjs turns into a Chrome-shaped HAR entry; `cause` is the id
 * the example was written for (several are wire-identical by design, so it is not an expected classifier
 * answer).
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { corsHeaders } from './wire.mjs';

const EXAMPLES = fileURLToPath(new URL('../../src/core/causes/examples.ts', import.meta.url));
const { module } = await runnerImport(EXAMPLES, { configFile: false, logLevel: 'error' });

/** har-entry.mjs writes these itself, from the body and the entry's time. */
const WRITTEN_BY_HAR_ENTRY = new Set(['date', 'content-type', 'content-length']);

const hasHeader = (headers, name) => headers.some((h) => h.name.toLowerCase() === name);

/** The exchange description of an example's HAR entry. */
function exchangeOf(entry) {
  const requestHeaders = entry.request.headers ?? [];
  const preflight = entry.request.method === 'OPTIONS';
  const { text, mimeType, encoding } = entry.response.content ?? {};
  return {
    method: entry.request.method,
    url: entry.request.url,
    requestHeaders,
    status: entry.response.status,
    responseHeaders: [
      ...(entry.response.headers ?? []).filter((h) => !WRITTEN_BY_HAR_ENTRY.has(h.name.toLowerCase())),
      // The bench page calls the APIs cross-origin; an example written without an Origin shows the answer
      // a page gets once CORS is set up (one with an Origin is about what CORS hides, and keeps its headers).
      ...(hasHeader(requestHeaders, 'origin') ? [] : corsHeaders()),
    ],
    ...(text === undefined ? {} : { body: { text, mimeType, ...(encoding ? { encoding } : {}) } }),
    ...(preflight ? { preflight: true, blockedFollowUp: true } : {}),
  };
}

export const GATEWAY_SCENARIOS = Object.entries(module.CAUSE_EXAMPLES).map(([cause, examples]) => ({
  cause,
  build: (rng) => exchangeOf(rng.pick(examples).entry),
}));
