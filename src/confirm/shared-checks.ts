/** Checks that are the same for REST and HTTP APIs: logs, WAF, VPC endpoints, resource policies. */
import type { CauseId } from '../core/index.ts';
import { type AwsSession, attempt } from './aws.ts';
import { all, finding, unavailable } from './findings.ts';
import { evaluatePolicy, isFullAccessPolicy, type RequestFacts } from './policy.ts';
import type { Target } from './target.ts';
import type { Finding, Verdict } from './types.ts';

/** Log lines around the request: AWS writes them within seconds, a capture's clock may be off by minutes. */
const LOG_WINDOW_MS = 15 * 60 * 1000;
const MAX_QUOTED = 6;

/** Execution and access log lines that decide a cause (texts AWS writes; see the AWS logging docs). */
const LOG_SIGNS: Array<{ pattern: RegExp; effects: Partial<Record<CauseId, Verdict>> }> = [
  {
    pattern:
      /API Key \S* ?not authorized|Usage Plan check failed|Invalid API Key|API Key .*(?:disabled|not found)/i,
    effects: { 'invalid-api-key': 'confirmed' },
  },
  {
    pattern: /API Key \S* ?authorized because|Usage Plan check succeeded/i,
    effects: { 'invalid-api-key': 'ruled-out' },
  },
  {
    pattern: /not authorized to perform: execute-api:Invoke.*explicit deny/i,
    effects: { 'iam-explicit-deny': 'confirmed' },
  },
  {
    pattern: /User: anonymous is not authorized to perform: execute-api:Invoke/i,
    effects: { 'iam-anonymous-not-allowed': 'confirmed' },
  },
  {
    pattern: /Unauthorized request:|not authorized to access this resource/i,
    effects: {
      'lambda-authorizer-implicit-deny': 'confirmed',
      'lambda-authorizer-explicit-deny': 'confirmed',
    },
  },
  { pattern: /certificate/i, effects: { 'mtls-invalid-client-cert': 'confirmed' } },
  { pattern: /WAF_BLOCK|"waf\w*"\s*:\s*"?(?:BLOCK|403)/i, effects: { 'waf-blocked': 'confirmed' } },
];

const AUTHORIZER_STARTED = /Starting authorizer:/;

export interface LogResult {
  finding: Finding;
  lines: string[];
}

/** FilterLogEvents on `group` for the request id, around the request time; decisive lines quoted. */
export async function searchLog(
  session: AwsSession,
  region: string,
  target: Target,
  check: 'execution-log' | 'access-log',
  group: string,
): Promise<LogResult | undefined> {
  if (!target.requestId) return undefined;
  const requestId = target.requestId;
  const outcome = await attempt('logs:FilterLogEvents', () =>
    session.client('logs', region).send(
      new session.sdk.logs.FilterLogEventsCommand({
        logGroupName: group,
        filterPattern: `"${requestId.replace(/"/g, '')}"`,
        ...(target.time === undefined
          ? {}
          : { startTime: target.time - LOG_WINDOW_MS, endTime: target.time + LOG_WINDOW_MS }),
        limit: 200,
      }),
    ),
  );
  if (!outcome.ok) {
    if (outcome.reason === 'not-found')
      return { finding: finding(check, `confirm_${check.replace('-', '_')}_no_group`, [group]), lines: [] };
    return { finding: unavailable(check, 'FilterLogEvents', outcome, target.candidates), lines: [] };
  }
  const lines = (outcome.value.events ?? []).map((event) => (event.message ?? '').trim()).filter(Boolean);
  if (lines.length === 0)
    return {
      finding: finding(check, `confirm_${check.replace('-', '_')}_no_lines`, [group, requestId]),
      lines,
    };
  const effects: Partial<Record<CauseId, Verdict>> = {};
  const decisive: string[] = [];
  for (const line of lines) {
    const signs = LOG_SIGNS.filter((sign) => sign.pattern.test(line));
    if (signs.length === 0) continue;
    decisive.push(line);
    for (const sign of signs) Object.assign(effects, sign.effects);
  }
  // The authorizer's explicit/implicit wording is in the response; the log only says it denied.
  if (effects['lambda-authorizer-explicit-deny']) {
    const explicit = /explicit deny/i.test(target.exchange.body.text ?? '');
    delete effects[explicit ? 'lambda-authorizer-implicit-deny' : 'lambda-authorizer-explicit-deny'];
  }
  const quotes = (decisive.length > 0 ? decisive : lines).slice(0, MAX_QUOTED);
  return {
    finding: finding(
      check,
      `confirm_${check.replace('-', '_')}_lines`,
      [group, String(lines.length)],
      effects,
      quotes,
    ),
    lines,
  };
}

/** True when the request's own log lines show no authorizer run: the decision came from the cache. */
export function authorizerNotInvoked(lines: string[]): boolean {
  return lines.length > 0 && !lines.some((line) => AUTHORIZER_STARTED.test(line));
}

/** The log group name of a CloudWatch Logs ARN (`arn:aws:logs:r:a:log-group:NAME[:*]`). */
export function logGroupOf(arn: string | undefined): string | undefined {
  const match = arn ? /:log-group:([^:]+)/.exec(arn) : undefined;
  return match?.[1];
}

const WAF_CAUSES: CauseId[] = ['waf-blocked', 'waf-challenge'];

export async function checkWaf(session: AwsSession, region: string, stageArn: string): Promise<Finding[]> {
  const outcome = await attempt('wafv2:GetWebACLForResource', () =>
    session
      .client('wafv2', region)
      .send(new session.sdk.wafv2.GetWebACLForResourceCommand({ ResourceArn: stageArn })),
  );
  if (!outcome.ok) return [unavailable('waf', 'GetWebACLForResource', outcome, WAF_CAUSES)];
  const acl = outcome.value.WebACL;
  if (!acl) return [finding('waf', 'confirm_waf_none', [stageArn], all(WAF_CAUSES, 'ruled-out'))];
  const defaultAction = acl.DefaultAction?.Block ? 'Block' : 'Allow';
  const found = [
    finding(
      'waf',
      'confirm_waf_associated',
      [acl.Name ?? acl.Id ?? '?', defaultAction, String(acl.Rules?.length ?? 0)],
      {
        'waf-blocked': 'consistent',
        'waf-challenge': 'consistent',
      },
    ),
  ];
  if (acl.ARN) {
    const logging = await attempt('wafv2:GetLoggingConfiguration', () =>
      session
        .client('wafv2', region)
        .send(new session.sdk.wafv2.GetLoggingConfigurationCommand({ ResourceArn: acl.ARN })),
    );
    if (logging.ok) {
      const destinations = logging.value.LoggingConfiguration?.LogDestinationConfigs ?? [];
      found.push(finding('waf', 'confirm_waf_logging', [destinations.join(', ')]));
    } else if (logging.reason === 'not-found')
      found.push(finding('waf', 'confirm_waf_no_logging', [acl.Name ?? '']));
    else found.push(unavailable('waf', 'GetLoggingConfiguration', logging, []));
  }
  return found;
}

/** The request as the policy evaluator sees it. */
export function policyFacts(
  target: Target,
  api: { id: string; region: string; stage?: string; resourcePath: string },
  account: string,
  sourceIp?: string,
  vpc?: string,
): RequestFacts {
  const path = api.resourcePath.replace(/^\//, '');
  return {
    resourceArn: `arn:aws:execute-api:${api.region}:${account}:${api.id}/${api.stage ?? '*'}/${target.method}/${path}`,
    ...(target.principal ? { principal: target.principal } : {}),
    ...(target.callerAccount ? { account: target.callerAccount } : {}),
    ...(sourceIp ? { sourceIp } : {}),
    ...(target.vpceId ? { sourceVpce: target.vpceId } : {}),
    ...(vpc ? { sourceVpc: vpc } : {}),
  };
}

const POLICY_CAUSES: CauseId[] = [
  'iam-explicit-deny',
  'iam-anonymous-not-allowed',
  'iam-identity-not-allowed',
];

/** The resource policy's decision, and what it means for the IAM causes. */
export function resourcePolicyFinding(policy: string | undefined, facts: RequestFacts): Finding {
  if (!policy)
    return finding('resource-policy', 'confirm_policy_none', [], { 'iam-explicit-deny': 'consistent' });
  let document: unknown;
  try {
    document = parsePolicy(policy);
  } catch {
    return finding('resource-policy', 'confirm_policy_unreadable', [], all(POLICY_CAUSES, 'could-not-check'));
  }
  const verdict = evaluatePolicy(document, facts);
  const statement = statementText(document, verdict.statement);
  const quotes = statement ? [statement] : undefined;
  const anonymous = facts.principal === 'anonymous';
  switch (verdict.decision) {
    case 'explicit-deny':
      return finding(
        'resource-policy',
        'confirm_policy_denies',
        [verdict.statement ?? ''],
        { 'iam-explicit-deny': 'confirmed', 'iam-anonymous-not-allowed': 'ruled-out' },
        quotes,
      );
    case 'allowed':
      return finding(
        'resource-policy',
        'confirm_policy_allows',
        [verdict.statement ?? ''],
        {
          'iam-explicit-deny': 'ruled-out',
          ...(anonymous ? { 'iam-anonymous-not-allowed': 'ruled-out' } : {}),
        },
        quotes,
      );
    case 'implicit-deny':
      return finding(
        'resource-policy',
        'confirm_policy_no_allow',
        [],
        anonymous
          ? { 'iam-anonymous-not-allowed': 'confirmed', 'iam-explicit-deny': 'ruled-out' }
          : { 'iam-identity-not-allowed': 'consistent', 'iam-explicit-deny': 'ruled-out' },
      );
    default:
      return finding(
        'resource-policy',
        'confirm_policy_unknown',
        [verdict.statement ?? '', verdict.missing.join(', ')],
        all(POLICY_CAUSES, 'could-not-check'),
        quotes,
      );
  }
}

/** API Gateway returns the policy as a string whose quotes are themselves backslash-escaped. */
export function parsePolicy(policy: string): unknown {
  try {
    return JSON.parse(policy);
  } catch {
    return JSON.parse(policy.replace(/\\"/g, '"').replace(/\\\//g, '/'));
  }
}

function statementText(document: unknown, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const statements = ([] as unknown[]).concat((document as { Statement?: unknown }).Statement ?? []);
  const index = name.startsWith('#')
    ? Number(name.slice(1)) - 1
    : statements.findIndex((s) => (s as { Sid?: string }).Sid === name);
  const statement = statements[index];
  return statement === undefined ? undefined : JSON.stringify(statement);
}

/** The VPC endpoint the request went through: its policy, for the endpoint-policy causes. */
export async function checkVpcEndpoint(
  session: AwsSession,
  region: string,
  target: Target,
  facts: RequestFacts,
  methodAuth: string | undefined,
): Promise<Finding[]> {
  if (!target.vpceId) return [];
  const causes: CauseId[] = ['vpc-endpoint-policy-deny', 'vpce-policy-reads-authorization'];
  const outcome = await attempt('ec2:DescribeVpcEndpoints', () =>
    session
      .client('ec2', region)
      .send(new session.sdk.ec2.DescribeVpcEndpointsCommand({ VpcEndpointIds: [target.vpceId as string] })),
  );
  if (!outcome.ok) return [unavailable('vpc-endpoint', 'DescribeVpcEndpoints', outcome, causes)];
  const endpoint = outcome.value.VpcEndpoints?.[0];
  if (!endpoint)
    return [finding('vpc-endpoint', 'confirm_vpce_missing', [target.vpceId], all(causes, 'could-not-check'))];
  const policy = endpoint.PolicyDocument;
  if (!policy || isFullAccessPolicy(parsePolicy(policy)))
    return [
      finding('vpc-endpoint', 'confirm_vpce_default_policy', [target.vpceId], all(causes, 'ruled-out')),
    ];
  const verdict = evaluatePolicy(parsePolicy(policy), facts);
  const quotes = [policy];
  const readsAuthorization: Verdict =
    methodAuth === 'NONE' && target.auth !== 'sigv4' && target.auth !== 'none' ? 'confirmed' : 'consistent';
  const denial: Verdict | undefined =
    verdict.decision === 'explicit-deny' || verdict.decision === 'implicit-deny'
      ? 'confirmed'
      : verdict.decision === 'allowed'
        ? 'ruled-out'
        : 'could-not-check';
  return [
    finding(
      'vpc-endpoint',
      `confirm_vpce_policy_${verdict.decision.replace('-', '_')}`,
      [target.vpceId, verdict.statement ?? '', verdict.missing.join(', ')],
      {
        'vpc-endpoint-policy-deny': denial,
        'vpce-policy-reads-authorization': readsAuthorization,
      },
      quotes,
    ),
  ];
}

/** Interface endpoints for execute-api with private DNS in the caller's VPC (`--vpc`, without which it cannot tell). */
export async function checkVpcPrivateDns(
  session: AwsSession,
  region: string,
  vpcId: string | undefined,
  apiIsPrivate: boolean,
): Promise<Finding[]> {
  const causes: CauseId[] = ['vpce-private-dns-public-api'];
  if (!vpcId)
    return [finding('vpc-private-dns', 'confirm_vpc_not_given', [], all(causes, 'could-not-check'))];
  const outcome = await attempt('ec2:DescribeVpcEndpoints', () =>
    session.client('ec2', region).send(
      new session.sdk.ec2.DescribeVpcEndpointsCommand({
        Filters: [
          { Name: 'vpc-id', Values: [vpcId] },
          { Name: 'service-name', Values: [`com.amazonaws.${region}.execute-api`] },
        ],
      }),
    ),
  );
  if (!outcome.ok) return [unavailable('vpc-private-dns', 'DescribeVpcEndpoints', outcome, causes)];
  const withDns = (outcome.value.VpcEndpoints ?? []).filter((endpoint) => endpoint.PrivateDnsEnabled);
  if (withDns.length === 0)
    return [finding('vpc-private-dns', 'confirm_vpc_no_private_dns', [vpcId], all(causes, 'ruled-out'))];
  const ids = withDns.map((endpoint) => endpoint.VpcEndpointId ?? '?').join(', ');
  return [
    finding(
      'vpc-private-dns',
      apiIsPrivate ? 'confirm_vpc_private_dns_private_api' : 'confirm_vpc_private_dns',
      [vpcId, ids],
      all(causes, apiIsPrivate ? 'ruled-out' : 'confirmed'),
    ),
  ];
}
