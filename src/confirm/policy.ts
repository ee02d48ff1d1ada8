/**
 * Evaluates an API Gateway resource policy (or a VPC endpoint policy) for `execute-api:Invoke` with
 * the facts we have about one request. A condition on a fact we do not have makes a statement
 * "unknown", never true or false: the verdict then says which fact would settle it.
 */

export interface RequestFacts {
  /** `arn:aws:execute-api:region:account:api/stage/METHOD/path` */
  resourceArn: string;
  /** Caller ARN, or `anonymous` for an unsigned request; undefined when not known. */
  principal?: string;
  /** Caller account (from the ARN or the SigV4 access key). */
  account?: string;
  sourceIp?: string;
  sourceVpce?: string;
  sourceVpc?: string;
}

export type Decision = 'explicit-deny' | 'allowed' | 'implicit-deny' | 'unknown';

export interface PolicyVerdict {
  decision: Decision;
  /** The statement that decided (Sid, or `#n` 1-based). */
  statement?: string;
  /** Facts that would settle an `unknown` (condition keys such as `aws:SourceIp`). */
  missing: string[];
}

type Tri = boolean | undefined;

interface Statement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

const list = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);

function wildcard(pattern: string, value: string, caseInsensitive = false): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's').test(value);
}

/** `execute-api:/stage/METHOD/path` is API Gateway's shorthand for "this API": any region, account and id. */
function resourcePattern(pattern: string): string {
  return pattern.startsWith('execute-api:/') ? `arn:*:execute-api:*:*:*/${pattern.slice(13)}` : pattern;
}

function matchesAny(patterns: string[], value: string, caseInsensitive = false): boolean {
  return patterns.some((pattern) => wildcard(pattern, value, caseInsensitive));
}

function ipToNumber(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** IPv4 CIDR containment; an IPv6 or malformed value gives undefined. */
export function inCidr(ip: string, cidr: string): boolean | undefined {
  const [base, bitsText] = cidr.split('/');
  const address = ipToNumber(ip);
  const network = ipToNumber(base ?? '');
  if (address === undefined || network === undefined) return undefined;
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const size = 2 ** (32 - bits);
  return Math.floor(address / size) === Math.floor(network / size);
}

function principalMatches(principal: unknown, facts: RequestFacts): Tri {
  if (principal === '*') return true;
  if (!principal || typeof principal !== 'object') return false;
  const aws = list((principal as Record<string, unknown>).AWS);
  if (aws.includes('*')) return true;
  if (aws.length === 0) return false;
  if (facts.principal === 'anonymous') return false;
  if (facts.principal === undefined && facts.account === undefined) return undefined;
  return aws.some((entry) => {
    if (/^\d{12}$/.test(entry)) return entry === facts.account;
    const root = /^arn:aws[\w-]*:iam::(\d{12}):root$/.exec(entry);
    if (root) return root[1] === facts.account;
    return facts.principal !== undefined && wildcard(entry, facts.principal);
  });
}

function factFor(key: string, facts: RequestFacts): string | undefined {
  switch (key.toLowerCase()) {
    case 'aws:sourceip':
      return facts.sourceIp;
    case 'aws:sourcevpce':
      return facts.sourceVpce;
    case 'aws:sourcevpc':
      return facts.sourceVpc;
    case 'aws:principalaccount':
      return facts.account;
    case 'aws:principalarn':
      return facts.principal === 'anonymous' ? undefined : facts.principal;
    default:
      return undefined;
  }
}

function operatorResult(operator: string, fact: string, values: string[]): Tri {
  const op = operator.replace(/IfExists$/, '');
  switch (op) {
    case 'StringEquals':
      return values.includes(fact);
    case 'StringNotEquals':
      return !values.includes(fact);
    case 'StringEqualsIgnoreCase':
      return values.some((v) => v.toLowerCase() === fact.toLowerCase());
    case 'StringNotEqualsIgnoreCase':
      return !values.some((v) => v.toLowerCase() === fact.toLowerCase());
    case 'StringLike':
    case 'ArnLike':
    case 'ArnEquals':
      return matchesAny(values, fact);
    case 'StringNotLike':
    case 'ArnNotLike':
    case 'ArnNotEquals':
      return !matchesAny(values, fact);
    case 'IpAddress':
    case 'NotIpAddress': {
      const hits = values.map((cidr) => inCidr(fact, cidr));
      if (hits.includes(undefined) && !hits.includes(true)) return undefined;
      const inside = hits.includes(true);
      return op === 'IpAddress' ? inside : !inside;
    }
    default:
      return undefined;
  }
}

function conditionsHold(condition: Statement['Condition'], facts: RequestFacts, missing: Set<string>): Tri {
  let result: Tri = true;
  for (const [operator, entries] of Object.entries(condition ?? {})) {
    for (const [key, value] of Object.entries(entries ?? {})) {
      const fact = factFor(key, facts);
      let outcome: Tri;
      if (fact === undefined) {
        // `…IfExists` holds when the key is absent; an anonymous caller has no principal keys at all.
        if (operator.endsWith('IfExists')) outcome = true;
        else if (/^aws:principal/i.test(key) && facts.principal === 'anonymous') outcome = false;
        else {
          missing.add(key);
          outcome = undefined;
        }
      } else outcome = operatorResult(operator, fact, list(value));
      if (outcome === false) return false;
      if (outcome === undefined) result = undefined;
    }
  }
  return result;
}

function applies(statement: Statement, facts: RequestFacts, missing: Set<string>): Tri {
  const action = 'execute-api:Invoke';
  if (statement.Action !== undefined && !matchesAny(list(statement.Action), action, true)) return false;
  if (statement.NotAction !== undefined && matchesAny(list(statement.NotAction), action, true)) return false;
  if (
    statement.Resource !== undefined &&
    !matchesAny(list(statement.Resource).map(resourcePattern), facts.resourceArn)
  )
    return false;
  if (
    statement.NotResource !== undefined &&
    matchesAny(list(statement.NotResource).map(resourcePattern), facts.resourceArn)
  )
    return false;
  let principal: Tri = true;
  if (statement.Principal !== undefined) principal = principalMatches(statement.Principal, facts);
  else if (statement.NotPrincipal !== undefined) {
    const excluded = principalMatches(statement.NotPrincipal, facts);
    principal = excluded === undefined ? undefined : !excluded;
  }
  if (principal === false) return false;
  const conditions = conditionsHold(statement.Condition, facts, missing);
  if (conditions === false) return false;
  return principal === undefined || conditions === undefined ? undefined : true;
}

/** The policy's decision for this request. `document` is the policy JSON (as text or parsed). */
export function evaluatePolicy(document: unknown, facts: RequestFacts): PolicyVerdict {
  const parsed = typeof document === 'string' ? (JSON.parse(document) as unknown) : document;
  const statements = list((parsed as { Statement?: unknown } | undefined)?.Statement).length
    ? ([] as Statement[]).concat((parsed as { Statement: Statement | Statement[] }).Statement)
    : [];
  const missing = new Set<string>();
  const named = (statement: Statement, index: number) => statement.Sid || `#${index + 1}`;
  const outcomes = statements.map((statement, index) => ({
    statement,
    name: named(statement, index),
    deny: statement.Effect === 'Deny',
    applies: applies(statement, facts, missing),
  }));
  const find = (deny: boolean, value: Tri) => outcomes.find((o) => o.deny === deny && o.applies === value);
  const explicit = find(true, true);
  if (explicit) return { decision: 'explicit-deny', statement: explicit.name, missing: [] };
  const maybeDeny = find(true, undefined);
  if (maybeDeny) return { decision: 'unknown', statement: maybeDeny.name, missing: [...missing] };
  const allow = find(false, true);
  if (allow) return { decision: 'allowed', statement: allow.name, missing: [] };
  const maybeAllow = find(false, undefined);
  if (maybeAllow) return { decision: 'unknown', statement: maybeAllow.name, missing: [...missing] };
  return { decision: 'implicit-deny', missing: [] };
}

/** The policy a VPC endpoint gets when nobody sets one: everything allowed. */
export function isFullAccessPolicy(document: unknown): boolean {
  const verdict = evaluatePolicy(document, {
    resourceArn: 'arn:aws:execute-api:x:0:a/b/GET/c',
    principal: 'anonymous',
  });
  return verdict.decision === 'allowed';
}
