/**
 * Masks credentials that AWS echoes back in error messages (a Bearer token quoted in an
 * IncompleteSignatureException, a session token inside a canonical request …), so evidence can be
 * shown, exported and annotated into a redacted HAR without leaking them. A JWT keeps its header
 * and claims (diagnosis needs them) and loses its signature.
 */
const JWT = /\b(eyJ[\w-]*\.eyJ[\w-]*)\.[\w-]+/g;
const SECRET_HEADER = /\b(x-amz-security-token|x-api-key|authorization|cookie|proxy-authorization):[^"\n]*/gi;

export function maskSecrets(text: string): string {
  return text
    .replace(JWT, '$1.<signature>')
    .replace(SECRET_HEADER, (_whole, name: string) => `${name}:<redacted>`)
    .replace(/\b(Bearer|Basic)\s+(?!eyJ|<)[^\s'",=]+(?=[\s'",]|$)/gi, '$1 <token>')
    .replace(/(Authorization=)(?!<)\S+/g, '$1<token>')
    .replace(/^'(?!eyJ)[^'\s]+' not a valid key=value pair/, "'<token>' not a valid key=value pair");
}
