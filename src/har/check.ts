/**
 * Structural checks shared by the fast and the streaming reader, so both accept, fix up and warn
 * about exactly the same things. A check either refuses (returns a HarError with the JSON path)
 * or repairs the quirk in place on the freshly parsed object and tallies a warning.
 */
import type { HarError, WarningTally } from './issues.ts';
import { MAX_NESTING } from './nesting.ts';

type Json = Record<string, unknown>;

const ZONE_SUFFIX = /(?:[zZ]|[+-]\d\d:?\d\d)$/;
const REQUIRED_TIMINGS = ['send', 'wait', 'receive'] as const;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether an object nests more than `levels` further objects below it. Runs on every object of every
 * entry, so it allocates nothing; recursion is bounded by `levels`.
 */
function nestsDeeperThan(value: object, levels: number): boolean {
  if (levels < 0) return true;
  if (Array.isArray(value)) {
    for (const child of value) {
      if (typeof child === 'object' && child !== null && nestsDeeperThan(child, levels - 1)) return true;
    }
    return false;
  }
  for (const key in value) {
    const child = (value as Json)[key];
    if (typeof child === 'object' && child !== null && nestsDeeperThan(child, levels - 1)) return true;
  }
  return false;
}

/** The path of the first value nested deeper than MAX_NESTING below `root`, if any. */
function tooDeep(root: unknown, rootPath: string): string | undefined {
  if (typeof root !== 'object' || root === null || !nestsDeeperThan(root, MAX_NESTING)) return undefined;
  return deepPath(root, rootPath);
}

/** Where `tooDeep` found a value too deep; iterative on purpose (the value is thousands of levels deep). */
function deepPath(root: unknown, rootPath: string): string | undefined {
  const pending: Array<{ value: unknown; path: string; depth: number }> = [
    { value: root, path: rootPath, depth: 0 },
  ];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth > MAX_NESTING) return next.path;
    for (const [key, child] of Object.entries(next.value)) {
      if (typeof child !== 'object' || child === null) continue;
      // The error names the field the deep value hangs from, not a path thousands of steps long.
      const path =
        next.depth >= 2
          ? next.path
          : Array.isArray(next.value)
            ? `${next.path}[${key}]`
            : `${next.path}.${key}`;
      pending.push({ value: child, path, depth: next.depth + 1 });
    }
  }
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The log without its entries (the streaming reader sees entries one by one). */
export function checkLog(root: unknown, tally: WarningTally): HarError | undefined {
  if (!isObject(root) || !isObject(root.log)) {
    return {
      code: 'not-har',
      path: isObject(root) ? 'log' : '$',
      detail: kindOf(isObject(root) ? root.log : root),
    };
  }
  const log = root.log;
  if (!Array.isArray(log.entries))
    return { code: 'missing-entries', path: 'log.entries', detail: kindOf(log.entries) };
  for (const [key, value] of Object.entries(log)) {
    const deepAt = key === 'entries' ? undefined : tooDeep(value, `log.${key}`);
    if (deepAt) return { code: 'too-deep', path: deepAt, detail: String(MAX_NESTING) };
  }
  if (typeof log.version !== 'string') tally.add('missing-version', 'log.version');
  if (!isObject(log.creator)) tally.add('missing-creator', 'log.creator');
  return undefined;
}

function checkHeaders(owner: Json, path: string, tally: WarningTally): HarError | undefined {
  if (owner.headers === undefined) {
    owner.headers = [];
    tally.add('missing-headers', `${path}.headers`);
    return undefined;
  }
  if (!Array.isArray(owner.headers))
    return { code: 'bad-headers', path: `${path}.headers`, detail: kindOf(owner.headers) };
  for (const [i, header] of owner.headers.entries()) {
    if (!isObject(header) || typeof header.name !== 'string') {
      return { code: 'bad-header', path: `${path}.headers[${i}]`, detail: kindOf(header) };
    }
    if (header.value === undefined || header.value === null) header.value = '';
    // An object is no header value (and String() would call a parsed "toString" key): refused, not guessed.
    else if (typeof header.value === 'object')
      return { code: 'bad-header', path: `${path}.headers[${i}]`, detail: `value: ${kindOf(header.value)}` };
    else if (typeof header.value !== 'string') header.value = String(header.value);
  }
  return undefined;
}

function checkTimings(entry: Json, path: string, tally: WarningTally): void {
  if (!isObject(entry.timings)) {
    tally.add('missing-timings', `${path}.timings`);
    return;
  }
  for (const phase of REQUIRED_TIMINGS) {
    const value = entry.timings[phase];
    if (typeof value === 'number' && value < 0) tally.add('negative-timing', `${path}.timings.${phase}`);
  }
}

/** A text field that must be a string: numbers and booleans are spelled out, anything else dropped. */
function repairText(owner: Json, path: string, tally: WarningTally): void {
  const text = owner.text;
  if (text === undefined || typeof text === 'string') return;
  if (typeof text === 'number' || typeof text === 'boolean') owner.text = String(text);
  else delete owner.text;
  tally.add('malformed-field', `${path}.text`, kindOf(text));
}

/**
 * Optional parts of a request or response that have the wrong shape are removed (and reported), so
 * nothing downstream trips over them: analysis does without them as it does when they are absent.
 */
function dropMalformed(owner: Json, path: string, tally: WarningTally): void {
  for (const list of ['cookies', 'queryString'] as const) {
    const value = owner[list];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      delete owner[list];
      tally.add('malformed-field', `${path}.${list}`, kindOf(value));
    } else if (value.some((item) => !isObject(item) || typeof item.name !== 'string')) {
      owner[list] = value.filter((item) => isObject(item) && typeof item.name === 'string');
      tally.add('malformed-field', `${path}.${list}`, 'item');
    }
  }
  for (const body of ['postData', 'content'] as const) {
    const value = owner[body];
    if (value === undefined) continue;
    if (!isObject(value)) {
      delete owner[body];
      tally.add('malformed-field', `${path}.${body}`, kindOf(value));
      continue;
    }
    repairText(value, `${path}.${body}`, tally);
    const params = value.params;
    if (params !== undefined && !(Array.isArray(params) && params.every((item) => isObject(item)))) {
      delete value.params;
      tally.add('malformed-field', `${path}.${body}.params`, kindOf(params));
    }
  }
}

function checkStatus(response: Json, path: string, tally: WarningTally): HarError | undefined {
  if (typeof response.status === 'number' && Number.isFinite(response.status)) return undefined;
  if (typeof response.status === 'string' && /^\d{1,3}$/.test(response.status.trim())) {
    response.status = Number(response.status.trim());
    tally.add('status-as-string', `${path}.status`);
    return undefined;
  }
  return { code: 'bad-status', path: `${path}.status`, detail: kindOf(response.status) };
}

/** Checks one entry; repairs quirks in place. `entry` is `log.entries[index]`. */
export function checkEntry(entry: unknown, index: number, tally: WarningTally): HarError | undefined {
  const path = `log.entries[${index}]`;
  if (!isObject(entry)) return { code: 'not-an-object', path, detail: kindOf(entry) };
  const deepAt = tooDeep(entry, path);
  if (deepAt) return { code: 'too-deep', path: deepAt, detail: String(MAX_NESTING) };

  const request = entry.request;
  if (!isObject(request))
    return { code: 'missing-request', path: `${path}.request`, detail: kindOf(request) };
  if (typeof request.method !== 'string') {
    return { code: 'bad-method', path: `${path}.request.method`, detail: kindOf(request.method) };
  }
  if (typeof request.url !== 'string') {
    return { code: 'bad-url', path: `${path}.request.url`, detail: kindOf(request.url) };
  }
  if (request.method.trim() === '') tally.add('empty-method', `${path}.request.method`);
  if (request.url.trim() === '') tally.add('empty-url', `${path}.request.url`);
  dropMalformed(request, `${path}.request`, tally);
  const requestProblem = checkHeaders(request, `${path}.request`, tally);
  if (requestProblem) return requestProblem;

  if (entry.response === undefined || entry.response === null) {
    // Some exporters drop the response of a request that never got one; analysis treats it as status 0.
    entry.response = { status: 0, statusText: '', headers: [], _error: 'no response' };
    tally.add('no-response', `${path}.response`);
  }
  const response = entry.response;
  if (!isObject(response))
    return { code: 'missing-response', path: `${path}.response`, detail: kindOf(response) };
  const statusProblem = checkStatus(response, `${path}.response`, tally);
  if (statusProblem) return statusProblem;
  const responseProblem = checkHeaders(response, `${path}.response`, tally);
  if (responseProblem) return responseProblem;
  dropMalformed(response, `${path}.response`, tally);

  if (typeof entry.startedDateTime !== 'string')
    tally.add('missing-started-date-time', `${path}.startedDateTime`);
  else if (!ZONE_SUFFIX.test(entry.startedDateTime))
    tally.add('date-without-zone', `${path}.startedDateTime`);
  if (entry.cache === undefined) tally.add('missing-cache', `${path}.cache`);
  checkTimings(entry, path, tally);
  const content = response.content;
  if (
    typeof response.status === 'number' &&
    response.status >= 400 &&
    (!isObject(content) || typeof content.text !== 'string')
  ) {
    tally.add('no-content-text', `${path}.response.content.text`);
  }
  return undefined;
}
