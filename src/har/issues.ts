/**
 * What the reader reports. Codes, not sentences: the CLI and the analyzer page turn them into words
 * through `_locales` (`cli_har_error_<code>` / `cli_har_warning_<code>` with `-` → `_`).
 */

/** Problems that make analysis impossible: the file is refused. */
export type HarErrorCode =
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-har'
  | 'missing-entries'
  | 'not-an-object'
  | 'missing-request'
  | 'missing-response'
  | 'bad-method'
  | 'bad-url'
  | 'bad-status'
  | 'bad-headers'
  | 'bad-header'
  | 'too-deep'
  | 'too-large';

/** Real-world quirks and schema nits: analysis goes on, the user is told once per kind. */
export type HarWarningCode =
  | 'missing-version'
  | 'missing-creator'
  | 'missing-started-date-time'
  | 'date-without-zone'
  | 'missing-headers'
  | 'missing-cache'
  | 'missing-timings'
  | 'negative-timing'
  | 'status-as-string'
  | 'empty-method'
  | 'empty-url'
  | 'malformed-field'
  | 'no-response'
  | 'no-content-text'
  | 'schema';

export interface HarError {
  code: HarErrorCode;
  /** JSON path of the offending value, e.g. `log.entries[3].response.headers`; `$` for the root. */
  path: string;
  /** Extra facts (what was found instead, a line and column) — captured data, untrusted. */
  detail?: string;
}

export interface HarWarning {
  code: HarWarningCode;
  /** Path of the first occurrence. */
  path: string;
  /** How many times it occurred in the file. */
  count: number;
  detail?: string;
}

/** Collects warnings so each kind is listed once, with a count and its first place. */
export class WarningTally {
  readonly #byKey = new Map<string, HarWarning>();

  add(code: HarWarningCode, path: string, detail?: string): void {
    const key = detail === undefined ? code : `${code}\u0000${detail}`;
    const seen = this.#byKey.get(key);
    if (seen) {
      seen.count += 1;
      return;
    }
    this.#byKey.set(key, detail === undefined ? { code, path, count: 1 } : { code, path, count: 1, detail });
  }

  /** Sorted by code then detail, so the fast and the streaming reader list them identically. */
  list(): HarWarning[] {
    return [...this.#byKey.values()].sort(
      (a, b) => a.code.localeCompare(b.code) || (a.detail ?? '').localeCompare(b.detail ?? ''),
    );
  }
}
