/** Keeps the auth scheme (`Bearer`, `AWS4-HMAC-SHA256`), which diagnosis needs and which is no secret. */
export function maskedValue(name: string, value: string): string {
  const scheme = /authorization$/i.test(name) ? /^([A-Za-z0-9-]+)\s/.exec(value)?.[1] : undefined;
  const dots = '•'.repeat(Math.min(12, Math.max(4, value.length)));
  return scheme ? `${scheme} ${dots}` : dots;
}
