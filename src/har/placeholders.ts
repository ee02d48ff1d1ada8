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
  | 'body-field';

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

export class Placeholders {
  readonly #bySecret = new Map<string, string>();
  readonly #items = new Map<string, RedactedItem>();

  /** The placeholder for `secret`, minting one the first time; notes where it was found. */
  for(secret: string, kind: SecretKind, name: string, style: PlaceholderStyle): string {
    const known = this.#bySecret.get(secret);
    if (known !== undefined) return known;
    const n = this.#bySecret.size + 1;
    const placeholder =
      style === 'key'
        ? `REDACTED-${n}-len${secret.length}${secret.length >= SHOW_LAST4_FROM ? `-${secret.slice(-4)}` : ''}`
        : `REDACTED-${n}`;
    this.#bySecret.set(secret, placeholder);
    // Counted where first found: an AWS error echoing a token is the same value, not another one.
    const key = `${kind}\u0000${name.toLowerCase()}`;
    const item = this.#items.get(key) ?? { kind, name, values: 0 };
    item.values += 1;
    this.#items.set(key, item);
    return placeholder;
  }

  /** Every secret with its placeholder, longest secret first (so a secret inside another goes second). */
  pairs(): Array<[secret: string, placeholder: string]> {
    return [...this.#bySecret.entries()].sort(([a], [b]) => b.length - a.length);
  }

  get distinct(): number {
    return this.#bySecret.size;
  }

  items(): RedactedItem[] {
    return [...this.#items.values()].sort(
      (a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
    );
  }
}
