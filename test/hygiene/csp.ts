/** A Content-Security-Policy as directive name → source list (names lower-cased, sources as written). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Why `policy` is not strict enough for extension pages that show captured traffic; empty when it is. */
export function cspWeaknesses(policy: string): string[] {
  const csp = parseCsp(policy);
  const weaknesses: string[] = [];
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
  if (!scriptSrc) weaknesses.push('no script-src (nor default-src)');
  else {
    const loose = scriptSrc.filter((source) => source !== "'self'");
    if (loose.length > 0) weaknesses.push(`script-src allows more than 'self': ${loose.join(' ')}`);
  }
  const objectSrc = csp.get('object-src') ?? csp.get('default-src');
  if (objectSrc?.join(' ') !== "'none'") weaknesses.push(`object-src is not 'none'`);
  const baseUri = csp.get('base-uri');
  if (!["'none'", "'self'"].includes(baseUri?.join(' ') ?? '')) {
    weaknesses.push(`base-uri is not 'none' or 'self'`);
  }
  for (const [name, sources] of csp) {
    if (!/^(script|object|default|worker)-src/.test(name)) continue;
    for (const source of sources) {
      if (/^'unsafe-(eval|inline|hashes)'$/.test(source)) weaknesses.push(`${name} allows ${source}`);
      if (/^(https?:|\*|data:|blob:|[\w.-]+\.[a-z]{2,})/.test(source))
        weaknesses.push(`${name} allows remote source ${source}`);
    }
  }
  return weaknesses;
}
