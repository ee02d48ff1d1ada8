/** The checks of an HTTP or WebSocket API: stage, route, its authorization (JWT issuer, audience, scopes), logs. */
import type { GetApiCommandOutput, Route } from '@aws-sdk/client-apigatewayv2';
import type { CauseId } from '../core/index.ts';
import { jwtAudience, jwtScopes } from '../core/jwt.ts';
import { type AwsSession, attempt } from './aws.ts';
import { all, finding, unavailable } from './findings.ts';
import { bestRouteKey } from './paths.ts';
import { apiFindings, type CheckOptions } from './rest.ts';
import { checkVpcPrivateDns, logGroupOf, searchLog } from './shared-checks.ts';
import type { Target } from './target.ts';
import type { Finding, ResolvedApi, Verdict } from './types.ts';

const JWT_CAUSES: CauseId[] = [
  'jwt-invalid-token-401',
  'jwt-insufficient-scope',
  'authorizer-unauthorized-401',
];

export async function checkHttpApi(
  session: AwsSession,
  target: Target,
  api: ResolvedApi,
  httpApi: GetApiCommandOutput,
  options: CheckOptions,
): Promise<Finding[]> {
  const client = session.client('apigatewayv2', api.region);
  const found = apiFindings(target, {
    types: ['REGIONAL'],
    ...(httpApi.DisableExecuteApiEndpoint ? { disableExecuteApiEndpoint: true } : {}),
  });
  // HTTP APIs cannot have a WAF web ACL, nor execution logs.
  found.push(finding('waf', 'confirm_waf_http_api', [], all(['waf-blocked', 'waf-challenge'], 'ruled-out')));
  let stageName = api.stage ?? '$default';
  let stage = await attempt('apigateway:GET', () =>
    client.send(new session.sdk.apigatewayv2.GetStageCommand({ ApiId: api.id, StageName: stageName })),
  );
  if (!stage.ok && stage.reason === 'not-found' && stageName !== '$default') {
    // A `$default` stage serves the whole path: the first segment was not a stage after all.
    const fallback = await attempt('apigateway:GET', () =>
      client.send(new session.sdk.apigatewayv2.GetStageCommand({ ApiId: api.id, StageName: '$default' })),
    );
    if (fallback.ok) {
      api.resourcePath = `/${stageName}${api.resourcePath === '/' ? '' : api.resourcePath}`;
      stageName = '$default';
      stage = fallback;
    }
  }
  api.stage = stageName;
  if (!stage.ok) {
    found.push(
      stage.reason === 'not-found'
        ? finding('stage', 'confirm_stage_missing', [stageName, api.id, '?'], {
            'invalid-stage': 'confirmed',
          })
        : unavailable('stage', 'GetStage', stage, ['invalid-stage']),
    );
    return found;
  }
  found.push(
    finding(
      'stage',
      'confirm_stage_found',
      [stageName, stage.value.DeploymentId ?? (stage.value.AutoDeploy ? 'auto' : '?')],
      { 'invalid-stage': 'ruled-out' },
    ),
  );

  const routes = await attempt('apigateway:GET', async () => {
    const items: Route[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new session.sdk.apigatewayv2.GetRoutesCommand({
          ApiId: api.id,
          MaxResults: '500',
          ...(token ? { NextToken: token } : {}),
        }),
      );
      items.push(...(page.Items ?? []));
      token = page.NextToken;
    } while (token);
    return items;
  });
  if (!routes.ok)
    found.push(
      unavailable('method', 'GetRoutes', routes, [
        'resource-not-found-unsigned',
        'resource-not-found-signed',
        ...JWT_CAUSES,
      ]),
    );
  else {
    const key = bestRouteKey(
      routes.value.map((r) => r.RouteKey ?? ''),
      target.method,
      api.resourcePath,
    );
    const route = routes.value.find((r) => r.RouteKey === key);
    if (!route) {
      found.push(
        finding(
          'method',
          'confirm_route_missing',
          [target.method, api.resourcePath],
          {
            'resource-not-found-unsigned': 'confirmed',
            'resource-not-found-signed': 'confirmed',
            'iam-method-non-sigv4-authorization': 'ruled-out',
            'missing-authentication-token': 'ruled-out',
            ...(target.method === 'OPTIONS' ? { 'cors-preflight-403': 'confirmed' } : {}),
          },
          [routes.value.map((r) => r.RouteKey).join('; ')],
        ),
      );
    } else found.push(...(await routeFindings(session, target, api, route)));
  }
  const accessGroup = logGroupOf(stage.value.AccessLogSettings?.DestinationArn);
  if (accessGroup) {
    const access = await searchLog(session, api.region, target, 'access-log', accessGroup);
    if (access) found.push(access.finding);
  } else found.push(finding('access-log', 'confirm_access_log_off', [stageName]));
  if (target.candidates.includes('vpce-private-dns-public-api'))
    found.push(...(await checkVpcPrivateDns(session, api.region, options.vpc, false)));
  return found;
}

async function routeFindings(
  session: AwsSession,
  target: Target,
  api: ResolvedApi,
  route: Route,
): Promise<Finding[]> {
  const auth = route.AuthorizationType ?? 'NONE';
  const iam = auth === 'AWS_IAM';
  const found = [
    finding(
      'method',
      'confirm_route_found',
      [route.RouteKey ?? '', auth, (route.AuthorizationScopes ?? []).join(' ') || '—'],
      {
        'resource-not-found-unsigned': 'ruled-out',
        'resource-not-found-signed': 'ruled-out',
        'missing-authentication-token': iam && target.auth === 'none' ? 'confirmed' : 'ruled-out',
        'iam-method-non-sigv4-authorization':
          iam && (target.auth === 'bearer' || target.auth === 'other') ? 'confirmed' : 'ruled-out',
        ...(auth === 'NONE' ? all(JWT_CAUSES, 'ruled-out') : {}),
        ...(auth === 'JWT'
          ? {}
          : { 'jwt-invalid-token-401': 'ruled-out', 'jwt-insufficient-scope': 'ruled-out' }),
      },
    ),
  ];
  if (!route.AuthorizerId || !JWT_CAUSES.some((cause) => target.candidates.includes(cause))) return found;
  const outcome = await attempt('apigateway:GET', () =>
    session.client('apigatewayv2', api.region).send(
      new session.sdk.apigatewayv2.GetAuthorizerCommand({
        ApiId: api.id,
        AuthorizerId: route.AuthorizerId,
      }),
    ),
  );
  if (!outcome.ok) return [...found, unavailable('authorizer', 'GetAuthorizer', outcome, JWT_CAUSES)];
  const authorizer = outcome.value;
  const issuer = authorizer.JwtConfiguration?.Issuer;
  const audience = authorizer.JwtConfiguration?.Audience ?? [];
  found.push(
    finding('authorizer', 'confirm_jwt_authorizer', [
      authorizer.Name ?? '',
      authorizer.AuthorizerType ?? '?',
      (authorizer.IdentitySource ?? []).join(', '),
      issuer ?? '—',
      audience.join(', ') || '—',
    ]),
  );
  if (authorizer.AuthorizerType !== 'JWT' || !target.jwt) return found;
  const effects: Partial<Record<CauseId, Verdict>> = {};
  const tokenAudience = jwtAudience(target.jwt);
  if (issuer && target.jwt.iss !== issuer) {
    effects['jwt-invalid-token-401'] = 'confirmed';
    found.push(
      finding('authorizer', 'confirm_jwt_issuer_mismatch', [String(target.jwt.iss ?? '—'), issuer], effects),
    );
  } else if (audience.length > 0 && !tokenAudience.some((aud) => audience.includes(aud))) {
    effects['jwt-invalid-token-401'] = 'confirmed';
    found.push(
      finding(
        'authorizer',
        'confirm_jwt_audience_mismatch',
        [tokenAudience.join(', ') || '—', audience.join(', ')],
        effects,
      ),
    );
  }
  const required = route.AuthorizationScopes ?? [];
  if (required.length > 0) {
    const scopes = jwtScopes(target.jwt);
    const ok = required.some((scope) => scopes.includes(scope));
    found.push(
      finding(
        'authorizer',
        ok ? 'confirm_jwt_scope_ok' : 'confirm_jwt_scope_missing',
        [required.join(' '), scopes.join(' ') || '—'],
        { 'jwt-insufficient-scope': ok ? 'ruled-out' : 'confirmed' },
      ),
    );
  }
  return found;
}
