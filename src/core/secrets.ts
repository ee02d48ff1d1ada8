/**
 * Masks credentials that AWS echoes back in error messages (a Bearer token quoted in an
 * IncompleteSignatureException, a session token inside a canonical request …), so evidence can be
 * shown, exported and annotated into a redacted HAR without leaking them. A JWT keeps its header
 * and claims (diagnosis needs them) and loses its signature.
 */
/**
 * `eyJ….eyJ….signature` (header starting at a word boundary): the signature goes. Read as runs of
 * token characters split at dots — a pattern spanning the dots backtracks quadratically on
 * `eyJ-eyJ-eyJ-…` (8 s for 120 KB); this is one pass.
 */
function maskJwtSignatures(text: string): string {
  return text.replace(/[\w.-]+/g, (run) => {
    if (!run.includes('eyJ')) return run;
    const segments = run.split('.');
    for (let i = 0; i + 2 < segments.length; i += 1) {
      const header = segments[i] ?? '';
      if (!(header.startsWith('eyJ') || header.includes('-eyJ'))) continue;
      if (!segments[i + 1]?.startsWith('eyJ') || segments[i + 2] === '') continue;
      segments[i + 2] = '<signature>';
      i += 2;
    }
    return segments.join('.');
  });
}
const SECRET_HEADER = /\b(x-amz-security-token|x-api-key|authorization|cookie|proxy-authorization):[^"\n]*/gi;

export function maskSecrets(text: string): string {
  return (
    maskJwtSignatures(text)
      .replace(SECRET_HEADER, (_whole, name: string) => `${name}:<redacted>`)
      // `=` may end a token (base64 padding); `realm="…"` / `error="…"` after the scheme are auth-params, not tokens.
      .replace(/\b(Bearer|Basic)\s+(?!eyJ|<)(?![\w-]+=[\w"])[^\s'",]+(?=[\s'",]|$)/gi, '$1 <token>')
      // `Authorization=<the whole header>` ends AWS's message: a known scheme word stays, the credential goes.
      .replace(
        /(Authorization=)(?:(Bearer|Basic|Token|Digest|Negotiate|NTLM|AWS4-HMAC-SHA256)(\s+))?(\S+)/gi,
        (_all, label: string, scheme = '', gap = '', credential: string) =>
          `${label}${scheme}${gap}${credential.startsWith('<') ? credential : '<token>'}`,
      )
      .replace(/^'(?!eyJ)[^'\s]+' not a valid key=value pair/, "'<token>' not a valid key=value pair")
      // The header as AWS quotes it back: any scheme word stays, the credential goes (raw tokens have no scheme).
      .replace(/(Authorization header: '(?:[A-Za-z][\w-]*\s+)?)(?!<|eyJ)[^'\s]+(?=')/g, '$1<token>')
  );
}
