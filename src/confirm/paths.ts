/**
 * Which API Gateway resource (REST `/pets/{id}`, `/{proxy+}`) or HTTP API route key
 * (`GET /pets/{id}`, `ANY /{proxy+}`, `$default`) a request path and method land on, the way API
 * Gateway picks it: literal segments beat `{param}`, which beats a greedy `{param+}`.
 */

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** Specificity per template segment (2 literal, 1 param, 0 greedy), or undefined when it does not match. */
function specificity(template: string, path: string): number[] | undefined {
  const wanted = segments(template);
  const actual = segments(path);
  const score: number[] = [];
  for (let i = 0; i < wanted.length; i += 1) {
    const part = wanted[i] as string;
    if (/^\{[^}]+\+\}$/.test(part)) {
      if (i !== wanted.length - 1 || actual.length <= i) return undefined;
      return [...score, 0];
    }
    const segment = actual[i];
    if (segment === undefined) return undefined;
    if (/^\{[^}]+\}$/.test(part)) score.push(1);
    else if (part === segment || part === safeDecode(segment)) score.push(2);
    else return undefined;
  }
  return actual.length === wanted.length ? score : undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? -1;
    const y = b[i] ?? -1;
    if (x !== y) return x > y;
  }
  return false;
}

/** The most specific of `templates` that matches `path`. */
export function bestTemplate(templates: Iterable<string>, path: string): string | undefined {
  let best: { template: string; score: number[] } | undefined;
  for (const template of templates) {
    const score = specificity(template, path);
    if (score && (!best || better(score, best.score))) best = { template, score };
  }
  return best?.template;
}

/** The method a REST resource answers `method` with: itself, else ANY. */
export function methodOf<T>(methods: Record<string, T> | undefined, method: string): T | undefined {
  return methods?.[method.toUpperCase()] ?? methods?.ANY;
}

/** The HTTP API / WebSocket route key for `METHOD path`: the most specific route, ANY after the method, `$default` last. */
export function bestRouteKey(routeKeys: string[], method: string, path: string): string | undefined {
  const byPath = (verb: string) =>
    bestTemplate(
      routeKeys.filter((key) => key.startsWith(`${verb} `)).map((key) => key.slice(verb.length + 1)),
      path,
    );
  const exact = byPath(method.toUpperCase());
  if (exact) return `${method.toUpperCase()} ${exact}`;
  const any = byPath('ANY');
  if (any) return `ANY ${any}`;
  return routeKeys.includes('$default') ? '$default' : undefined;
}
