import type { Diagnosis, Exchange, Header } from '../../core/index.ts';
import type { NewRecord } from '../state/actions.ts';

/** Builders for panel tests: plain data shaped like what capture produces. */

export function exchangeOf(overrides: Partial<Exchange> & { url?: string } = {}): Exchange {
  const url = overrides.url ?? 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/pets';
  const parsed = new URL(url);
  return {
    id: 'r1',
    method: 'GET',
    url,
    scheme: parsed.protocol.replace(':', ''),
    host: parsed.hostname,
    path: parsed.pathname,
    query: [],
    requestHeaders: [],
    status: 403,
    responseHeaders: [],
    body: { kind: 'absent' },
    isPreflight: false,
    ...overrides,
  };
}

export function recordOf(
  id: string,
  exchange: Partial<Exchange> = {},
  extra: Partial<NewRecord> = {},
): NewRecord {
  const built = exchangeOf({ id, ...exchange });
  const headers = (list: Header[]) => list.map((header) => ({ ...header }));
  return {
    id,
    entry: {
      request: { method: built.method, url: built.url, headers: headers(built.requestHeaders) },
      response: {
        status: built.status,
        headers: headers(built.responseHeaders),
        content: {
          mimeType: 'application/json',
          ...(built.body.text === undefined ? {} : { text: built.body.text }),
        },
      },
    },
    exchange: built,
    candidate: true,
    state: 'pending',
    backfilled: false,
    ...extra,
  };
}

export function diagnosisOf(
  exchangeId: string,
  causeIds: string[] = ['missing-authentication-token'],
): Diagnosis {
  return {
    exchangeId,
    flagged: causeIds.length > 0,
    origin: 'api-gateway',
    causes: causeIds.map((id, index) => ({
      id: id as Diagnosis['causes'][number]['id'],
      confidence: index === 0 ? 'high' : 'low',
      score: 100 - index,
      evidence: [{ kind: 'header', detail: `x-amzn-errortype: evidence for ${id}` }],
    })),
    facts: {},
  };
}
