/**
 * Secret → placeholder, one per distinct secret in a file: equal secrets get equal placeholders so
 * "the same key was sent to both calls" survives redaction. Placeholders are numbered, not hashed,
 * so nothing in the output can be brute-forced back into a short secret.
 */

/** What a redacted value was, for the preview ("3 cookies, 1 API key, …"). */
export type SecretKind =
  | 'authorization'
  | 'sigv4-signature'
  | 'access-key-id'
  | 'jwt-signature'
  | 'api-key'
  | 'security-token'
  | 'cookie'
  | 'query-parameter'
  | 'header'
  | 'body-field'
  | 'token'
  | 'private-key';

/** How much of the secret the placeholder describes. */
export type PlaceholderStyle = 'opaque' | 'key';

/** Below this length a key placeholder gives the length only: four characters of eight is half the key. */
const SHOW_LAST4_FROM = 12;

export interface RedactedItem {
  kind: SecretKind;
  /** The header, parameter or field name it was found under. */
  name: string;
  /** Distinct values first found under this kind and name. */
  values: number;
}

const PLACEHOLDER = /^REDACTED-\d+(?:-len\d+(?:-[A-Za-z0-9_-]{4})?)?$/;

/** A placeholder of ours (a file redacted before): not a secret to replace again. */
export function isPlaceholder(value: string): boolean {
  return value.length <= 40 && PLACEHOLDER.test(value);
}

export class Placeholders {
  readonly #bySecret = new Map<string, { placeholder: string; kind: SecretKind; name: string }>();

  /** The placeholder for `secret`, minting one the first time; notes where it was found. */
  for(secret: string, kind: SecretKind, name: string, style: PlaceholderStyle): string {
    const known = this.#bySecret.get(secret);
    if (known !== undefined) return known.placeholder;
    const n = this.#bySecret.size + 1;
    const last4 = secret.slice(-4);
    // The last four only when they need no escaping: a placeholder reads the same in a URL, a form or JSON.
    const showLast4 = secret.length >= SHOW_LAST4_FROM && /^[A-Za-z0-9_-]{4}$/.test(last4);
    const placeholder =
      style === 'key' ? `REDACTED-${n}-len${secret.length}${showLast4 ? `-${last4}` : ''}` : `REDACTED-${n}`;
    // Counted where first found: an AWS error echoing a token is the same value, not another one.
    this.#bySecret.set(secret, { placeholder, kind, name });
    return placeholder;
  }

  /** What was replaced, by kind and name: only the secrets `gone` says are no longer in the file. */
  items(gone: (secret: string) => boolean): RedactedItem[] {
    const items = new Map<string, RedactedItem>();
    for (const [secret, { kind, name }] of this.#bySecret) {
      if (!gone(secret)) continue;
      const key = `${kind}\u0000${name.toLowerCase()}`;
      const item = items.get(key) ?? { kind, name, values: 0 };
      item.values += 1;
      items.set(key, item);
    }
    return [...items.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  }
}
