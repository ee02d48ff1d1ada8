/** The checks of a REST API: stage, deployed method, authorizer, API key and usage plans, endpoint settings. */
import type { GetRestApiCommandOutput, Method, Resource } from '@aws-sdk/client-api-gateway';
import type { CauseId } from '../core/index.ts';
import { type AwsSession, attempt } from './aws.ts';
import { all, finding, unavailable } from './findings.ts';
import { bestTemplate, methodOf } from './paths.ts';
import {
  authorizerNotInvoked,
  checkVpcEndpoint,
  checkVpcPrivateDns,
  checkWaf,
  logGroupOf,
  policyFacts,
  resourcePolicyFinding,
  searchLog,
} from './shared-checks.ts';
import type { Target } from './target.ts';
import type { Finding, ResolvedApi, Verdict } from './types.ts';

export interface CheckOptions {
  vpc?: string;
  sourceIp?: string;
}

const has = (target: Target, ...causes: CauseId[]) =>
  causes.some((cause) => target.candidates.includes(cause));

const RESOURCE_CAUSES: CauseId[] = [
  'resource-not-found-unsigned',
  'resource-not-found-signed',
  'cors-preflight-403',
  'custom-domain-stage-in-url',
];
const AUTHORIZER_CAUSES: CauseId[] = [
  'lambda-authorizer-explicit-deny',
  'lambda-authorizer-implicit-deny',
  'authorizer-unauthorized-401',
];
const ON_DEFAULT_HOST = new Set(['regional', 'edge', 'private-alias']);

/** Settings of the API itself: endpoint type, default endpoint, private API. */
export function apiFindings(
  target: Target,
  api: GetRestApiCommandOutput | { disableExecuteApiEndpoint?: boolean; types: string[] },
): Finding[] {
  const types = 'types' in api ? api.types : (api.endpointConfiguration?.types ?? []);
  const isPrivate = types.includes('PRIVATE');
  const found: Finding[] = [];
  const effects: Partial<Record<CauseId, Verdict>> = {};
  if (ON_DEFAULT_HOST.has(target.endpointKind) || target.endpointKind === 'vpce-public-dns')
    effects['default-endpoint-disabled'] = api.disableExecuteApiEndpoint ? 'confirmed' : 'ruled-out';
  effects['private-api-public-dns-missing-host'] =
    isPrivate && target.endpointKind === 'vpce-public-dns' && !target.namesApi
      ? 'confirmed'
      : isPrivate
        ? 'consistent'
        : 'ruled-out';
  if (isPrivate) effects['vpce-private-dns-public-api'] = 'ruled-out';
  found.push(
    finding(
      'api',
      api.disableExecuteApiEndpoint ? 'confirm_api_default_endpoint_off' : 'confirm_api_endpoint',
      [types.join(', ') || '?'],
      effects,
    ),
  );
  return found;
}

async function allResources(session: AwsSession, api: ResolvedApi) {
  const items: Resource[] = [];
  let position: string | undefined;
  do {
    const page = await session.client('apigateway', api.region).send(
      new session.sdk.apigateway.GetResourcesCommand({
        restApiId: api.id,
        embed: ['methods'],
        limit: 500,
        ...(position ? { position } : {}),
      }),
    );
    items.push(...(page.items ?? []));
    position = page.position;
  } while (position);
  return items;
}

interface DeployedMethod {
  path: string;
  authorizationType?: string;
  apiKeyRequired?: boolean;
  /** From the current definition (the deployment summary has no authorizer id). */
  method?: Method;
}

/** Stage, then the method as deployed to it, then what the method requires. */
export async function checkRest(
  session: AwsSession,
  target: Target,
  api: ResolvedApi,
  restApi: GetRestApiCommandOutput,
  options: CheckOptions,
): Promise<Finding[]> {
  const found = apiFindings(target, restApi);
  const client = session.client('apigateway', api.region);
  if (!api.stage) return found;
  const stageName = api.stage;
  const stage = await attempt('apigateway:GET', () =>
    client.send(new session.sdk.apigateway.GetStageCommand({ restApiId: api.id, stageName })),
  );
  if (!stage.ok) {
    if (stage.reason !== 'not-found')
      return [...found, unavailable('stage', 'GetStage', stage, ['invalid-stage', ...RESOURCE_CAUSES])];
    const stages = await attempt('apigateway:GET', () =>
      client.send(new session.sdk.apigateway.GetStagesCommand({ restApiId: api.id })),
    );
    const names = stages.ok ? (stages.value.item ?? []).map((s) => s.stageName ?? '?').join(', ') : '?';
    found.push(
      finding('stage', 'confirm_stage_missing', [stageName, api.id, names], { 'invalid-stage': 'confirmed' }),
    );
    return found;
  }
  const deploymentId = stage.value.deploymentId;
  found.push(
    finding('stage', 'confirm_stage_found', [stageName, deploymentId ?? '?'], {
      'invalid-stage': 'ruled-out',
    }),
  );

  const deployed = await deployedMethod(session, target, api, deploymentId, found);
  if (deployed) {
    found.push(...(await methodRequirements(session, target, api, restApi, deployed, options)));
  }

  if (has(target, 'waf-blocked', 'waf-challenge')) {
    found.push(
      ...(await checkWaf(
        session,
        api.region,
        `arn:aws:apigateway:${api.region}::/restapis/${api.id}/stages/${stageName}`,
      )),
    );
  }
  const execution = await searchLog(
    session,
    api.region,
    target,
    'execution-log',
    `API-Gateway-Execution-Logs_${api.id}/${stageName}`,
  );
  if (execution) {
    found.push(execution.finding);
    const cached = found.find((f) => f.key === 'confirm_authorizer_cached');
    if (cached && has(target, 'lambda-authorizer-implicit-deny') && authorizerNotInvoked(execution.lines))
      found.push(
        finding(
          'execution-log',
          'confirm_authorizer_not_invoked',
          [],
          { 'lambda-authorizer-implicit-deny': 'confirmed' },
          execution.lines.slice(0, 4),
        ),
      );
  }
  const accessGroup = logGroupOf(stage.value.accessLogSettings?.destinationArn);
  if (accessGroup) {
    const access = await searchLog(session, api.region, target, 'access-log', accessGroup);
    if (access) found.push(access.finding);
  } else found.push(finding('access-log', 'confirm_access_log_off', [stageName]));
  return found;
}

/** The method this request reaches in the stage's deployment (not the draft the console shows). */
async function deployedMethod(
  session: AwsSession,
  target: Target,
  api: ResolvedApi,
  deploymentId: string | undefined,
  found: Finding[],
): Promise<DeployedMethod | undefined> {
  const client = session.client('apigateway', api.region);
  const causes: CauseId[] = [
    ...RESOURCE_CAUSES,
    'missing-authentication-token',
    'iam-method-non-sigv4-authorization',
    'invalid-api-key',
    ...AUTHORIZER_CAUSES,
  ];
  if (!deploymentId) {
    found.push(
      finding('method', 'confirm_stage_not_deployed', [api.stage ?? ''], { 'invalid-stage': 'confirmed' }),
    );
    return undefined;
  }
  const deployment = await attempt('apigateway:GET', () =>
    client.send(
      new session.sdk.apigateway.GetDeploymentCommand({
        restApiId: api.id,
        deploymentId,
        embed: ['apisummary'],
      }),
    ),
  );
  if (!deployment.ok) {
    found.push(unavailable('method', 'GetDeployment', deployment, causes));
    return undefined;
  }
  const summary = deployment.value.apiSummary ?? {};
  const resources = await attempt('apigateway:GET', () => allResources(session, api));
  const path = bestTemplate(Object.keys(summary), api.resourcePath);
  const method = path ? methodOf(summary[path], target.method) : undefined;
  const draft = resources.ok ? resources.value : [];
  if (!path || !method) {
    const draftPath = bestTemplate(
      draft.map((r) => r.path ?? ''),
      api.resourcePath,
    );
    const inDraft = draftPath
      ? methodOf(draft.find((r) => r.path === draftPath)?.resourceMethods, target.method)
      : undefined;
    const effects: Partial<Record<CauseId, Verdict>> = {
      'resource-not-found-unsigned': 'confirmed',
      'resource-not-found-signed': 'confirmed',
      'missing-authentication-token': 'ruled-out',
      'iam-method-non-sigv4-authorization': 'ruled-out',
      ...(target.method === 'OPTIONS' ? { 'cors-preflight-403': 'confirmed' } : {}),
    };
    // A stage typed into a custom-domain URL: the path without it exists.
    const withoutFirst = `/${api.resourcePath.split('/').filter(Boolean).slice(1).join('/')}`;
    const stageInUrl = api.resourcePath.split('/').filter(Boolean)[0];
    if (
      target.endpointKind === 'custom-domain' &&
      stageInUrl === api.stage &&
      bestTemplate(Object.keys(summary), withoutFirst)
    )
      effects['custom-domain-stage-in-url'] = 'confirmed';
    found.push(
      finding(
        'method',
        inDraft ? 'confirm_method_not_deployed' : 'confirm_method_missing',
        [target.method, api.resourcePath, api.stage ?? ''],
        effects,
        [
          Object.entries(summary)
            .map(([p, methods]) => `${p}: ${Object.keys(methods).join(' ')}`)
            .join('; '),
        ],
      ),
    );
    return undefined;
  }
  const current = resources.ok
    ? methodOf(draft.find((r) => r.path === path)?.resourceMethods, target.method)
    : undefined;
  if (!resources.ok) found.push(unavailable('method', 'GetResources', resources, AUTHORIZER_CAUSES));
  return {
    path,
    ...(method.authorizationType ? { authorizationType: method.authorizationType } : {}),
    ...(method.apiKeyRequired === undefined ? {} : { apiKeyRequired: method.apiKeyRequired }),
    ...(current ? { method: current } : {}),
  };
}

async function methodRequirements(
  session: AwsSession,
  target: Target,
  api: ResolvedApi,
  restApi: GetRestApiCommandOutput,
  deployed: DeployedMethod,
  options: CheckOptions,
): Promise<Finding[]> {
  const found: Finding[] = [];
  const auth = deployed.authorizationType ?? 'NONE';
  const iam = auth === 'AWS_IAM';
  const custom = auth === 'CUSTOM' || auth === 'COGNITO_USER_POOLS';
  const effects: Partial<Record<CauseId, Verdict>> = {
    'resource-not-found-unsigned': 'ruled-out',
    'resource-not-found-signed': 'ruled-out',
    'custom-domain-stage-in-url': 'ruled-out',
    'missing-authentication-token': iam && target.auth === 'none' ? 'confirmed' : 'ruled-out',
    'iam-method-non-sigv4-authorization':
      iam && (target.auth === 'bearer' || target.auth === 'other') ? 'confirmed' : 'ruled-out',
    'invalid-api-key': deployed.apiKeyRequired ? 'consistent' : 'ruled-out',
    ...(custom ? {} : all(AUTHORIZER_CAUSES, 'ruled-out')),
    ...(target.method === 'OPTIONS'
      ? { 'cors-preflight-403': auth !== 'NONE' || deployed.apiKeyRequired ? 'confirmed' : 'ruled-out' }
      : {}),
  };
  if (iam && target.auth === 'none') effects['iam-anonymous-not-allowed'] = 'consistent';
  found.push(
    finding(
      'method',
      'confirm_method_found',
      [target.method, deployed.path, auth, deployed.apiKeyRequired ? 'true' : 'false'],
      effects,
    ),
  );
  const authorizerId = deployed.method?.authorizerId;
  if (custom && authorizerId && has(target, ...AUTHORIZER_CAUSES))
    found.push(...(await checkAuthorizer(session, api, authorizerId)));
  if (deployed.apiKeyRequired && has(target, 'invalid-api-key'))
    found.push(...(await checkApiKey(session, target, api, restApi.apiKeySource)));
  // The API's account: from the ARN in the error message, else from the policy's own resources.
  const account =
    target.apiAccount ?? /arn:aws[\w-]*:execute-api:[^:]*:(\d{12}):/.exec(restApi.policy ?? '')?.[1] ?? '*';
  const facts = policyFacts(target, api, account, options.sourceIp, options.vpc);
  if (has(target, 'iam-explicit-deny', 'iam-anonymous-not-allowed', 'iam-identity-not-allowed'))
    found.push(resourcePolicyFinding(restApi.policy, facts));
  if (has(target, 'vpc-endpoint-policy-deny', 'vpce-policy-reads-authorization'))
    found.push(...(await checkVpcEndpoint(session, api.region, target, facts, auth)));
  if (has(target, 'vpce-private-dns-public-api'))
    found.push(
      ...(await checkVpcPrivateDns(
        session,
        api.region,
        options.vpc,
        (restApi.endpointConfiguration?.types ?? []).includes('PRIVATE'),
      )),
    );
  return found;
}

async function checkAuthorizer(
  session: AwsSession,
  api: ResolvedApi,
  authorizerId: string,
): Promise<Finding[]> {
  const outcome = await attempt('apigateway:GET', () =>
    session
      .client('apigateway', api.region)
      .send(new session.sdk.apigateway.GetAuthorizerCommand({ restApiId: api.id, authorizerId })),
  );
  if (!outcome.ok) return [unavailable('authorizer', 'GetAuthorizer', outcome, AUTHORIZER_CAUSES)];
  const authorizer = outcome.value;
  const ttl = authorizer.authorizerResultTtlInSeconds ?? 300;
  const found = [
    finding(
      'authorizer',
      'confirm_authorizer',
      [authorizer.name ?? authorizerId, authorizer.type ?? '?', authorizer.identitySource ?? '', String(ttl)],
      {
        'lambda-authorizer-explicit-deny': 'consistent',
        'lambda-authorizer-implicit-deny': 'consistent',
        'authorizer-unauthorized-401': 'consistent',
      },
    ),
  ];
  // A cached policy is reused for every method the same identity calls: one scoped to another method denies this one.
  if (ttl > 0 && authorizer.type !== 'COGNITO_USER_POOLS')
    found.push(
      finding('authorizer', 'confirm_authorizer_cached', [String(ttl), authorizer.identitySource ?? ''], {
        'lambda-authorizer-implicit-deny': 'consistent',
      }),
    );
  return found;
}

function keyMatches(value: string, hint: NonNullable<Target['apiKey']>): boolean {
  if (hint.value !== undefined) return value === hint.value;
  return value.length === hint.length && (hint.last4 === undefined || value.endsWith(hint.last4));
}

/** Finds the sent key among the account's keys by comparing locally; the value is never printed. */
async function checkApiKey(
  session: AwsSession,
  target: Target,
  api: ResolvedApi,
  keySource: string | undefined,
): Promise<Finding[]> {
  const causes: CauseId[] = ['invalid-api-key'];
  if (keySource === 'AUTHORIZER')
    return [finding('api-key', 'confirm_key_from_authorizer', [], { 'invalid-api-key': 'consistent' })];
  const hint = target.apiKey;
  if (!hint)
    return [
      finding('api-key', 'confirm_key_not_sent', [target.method, api.resourcePath], {
        'invalid-api-key': 'confirmed',
      }),
    ];
  const client = session.client('apigateway', api.region);
  const keys = await attempt('apigateway:GET', async () => {
    const items = [];
    let position: string | undefined;
    do {
      const page = await client.send(
        new session.sdk.apigateway.GetApiKeysCommand({
          includeValues: true,
          limit: 500,
          ...(position ? { position } : {}),
        }),
      );
      items.push(...(page.items ?? []));
      position = page.position;
    } while (position);
    return items;
  });
  if (!keys.ok) return [unavailable('api-key', 'GetApiKeys', keys, causes)];
  const matches = keys.value.filter((key) => key.value !== undefined && keyMatches(key.value, hint));
  const shown = hint.last4 && (hint.length ?? 0) >= 12 ? `…${hint.last4}` : `(${hint.length ?? '?'})`;
  if (matches.length === 0)
    return [
      finding('api-key', 'confirm_key_unknown', [shown, api.region], { 'invalid-api-key': 'confirmed' }),
    ];
  const found: Finding[] = [];
  for (const key of matches) {
    const label = `${key.name ?? '?'} (${key.id ?? '?'})`;
    if (key.enabled === false) {
      found.push(finding('api-key', 'confirm_key_disabled', [label], { 'invalid-api-key': 'confirmed' }));
      continue;
    }
    const plans = await attempt('apigateway:GET', () =>
      client.send(new session.sdk.apigateway.GetUsagePlansCommand({ keyId: key.id, limit: 500 })),
    );
    if (!plans.ok) {
      found.push(unavailable('api-key', 'GetUsagePlans', plans, causes));
      continue;
    }
    const names = (plans.value.items ?? []).map((plan) => plan.name ?? plan.id ?? '?');
    const covering = (plans.value.items ?? []).find((plan) =>
      (plan.apiStages ?? []).some((stage) => stage.apiId === api.id && stage.stage === api.stage),
    );
    found.push(
      covering
        ? finding(
            'api-key',
            'confirm_key_in_plan',
            [label, covering.name ?? covering.id ?? '?', `${api.id}/${api.stage}`],
            { 'invalid-api-key': 'ruled-out' },
          )
        : finding(
            'api-key',
            'confirm_key_no_plan',
            [label, `${api.id}/${api.stage}`, names.join(', ') || '—'],
            { 'invalid-api-key': 'confirmed' },
          ),
    );
  }
  return found;
}
