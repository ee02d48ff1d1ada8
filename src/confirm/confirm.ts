/**
 * `confirm` for one flagged exchange: find the API (from the execute-api host, or a custom domain's
 * mappings), learn its type, run the checks that bear on its candidate causes, and re-rank the causes
 * with what the account showed as the strongest evidence.
 */
import type { CauseId, Diagnosis, Exchange } from '../core/index.ts';
import { type AwsSession, attempt } from './aws.ts';
import { all, finding, unavailable } from './findings.ts';
import { checkHttpApi } from './http-api.ts';
import { type CheckOptions, checkRest } from './rest.ts';
import { type Target, targetOf } from './target.ts';
import type { ConfirmedCause, ConfirmedEntry, Finding, ResolvedApi, Verdict } from './types.ts';

export interface ConfirmOptions extends CheckOptions {
  /** `--region`, or the profile's region. */
  region?: string;
}

const DOMAIN_CAUSES: CauseId[] = [
  'custom-domain-no-base-path-mapping',
  'custom-domain-stage-in-url',
  'mtls-invalid-client-cert',
];

interface Mapping {
  basePath: string;
  apiId: string;
  stage?: string;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The mapping whose base path is the longest prefix (in whole segments) of the path; `''` maps everything. */
function bestMapping(mappings: Mapping[], path: string): Mapping | undefined {
  const segments = segmentsOf(path);
  return mappings
    .filter((m) => {
      const base = segmentsOf(m.basePath);
      return base.every((segment, i) => segments[i] === segment);
    })
    .sort((a, b) => segmentsOf(b.basePath).length - segmentsOf(a.basePath).length)[0];
}

/** A custom domain: its mTLS setting and the mapping the path lands on (REST base paths, then v2 API mappings). */
async function resolveDomain(
  session: AwsSession,
  target: Target,
  region: string,
  found: Finding[],
): Promise<ResolvedApi | undefined> {
  const rest = session.client('apigateway', region);
  const v2 = session.client('apigatewayv2', region);
  const domain = target.host;
  const restDomain = await attempt('apigateway:GET', () =>
    rest.send(new session.sdk.apigateway.GetDomainNameCommand({ domainName: domain })),
  );
  const v2Domain = restDomain.ok
    ? undefined
    : await attempt('apigateway:GET', () =>
        v2.send(new session.sdk.apigatewayv2.GetDomainNameCommand({ DomainName: domain })),
      );
  if (!restDomain.ok && !v2Domain?.ok) {
    const failure = v2Domain && !v2Domain.ok && v2Domain.reason !== 'not-found' ? v2Domain : restDomain;
    found.push(
      failure.reason === 'not-found'
        ? finding(
            'custom-domain',
            'confirm_domain_missing',
            [domain, region],
            all(DOMAIN_CAUSES, 'could-not-check'),
          )
        : unavailable('custom-domain', 'GetDomainName', failure, DOMAIN_CAUSES),
    );
    return undefined;
  }
  const truststore = restDomain.ok
    ? restDomain.value.mutualTlsAuthentication
    : v2Domain?.ok
      ? {
          truststoreUri: v2Domain.value.MutualTlsAuthentication?.TruststoreUri,
          truststoreWarnings: v2Domain.value.MutualTlsAuthentication?.TruststoreWarnings,
        }
      : undefined;
  found.push(
    truststore?.truststoreUri
      ? finding(
          'custom-domain',
          'confirm_domain_mtls',
          [domain, truststore.truststoreUri],
          { 'mtls-invalid-client-cert': 'consistent' },
          truststore.truststoreWarnings,
        )
      : finding('custom-domain', 'confirm_domain_no_mtls', [domain], {
          'mtls-invalid-client-cert': 'ruled-out',
        }),
  );
  const mappings: Mapping[] = [];
  const restMappings = await attempt('apigateway:GET', () =>
    rest.send(new session.sdk.apigateway.GetBasePathMappingsCommand({ domainName: domain, limit: 500 })),
  );
  if (restMappings.ok)
    for (const item of restMappings.value.items ?? [])
      mappings.push({
        basePath: item.basePath === '(none)' ? '' : (item.basePath ?? ''),
        apiId: item.restApiId ?? '',
        ...(item.stage ? { stage: item.stage } : {}),
      });
  // HTTP APIs (and multi-level mappings) show only through the v2 API mappings.
  const v2Mappings = await attempt('apigateway:GET', () =>
    v2.send(new session.sdk.apigatewayv2.GetApiMappingsCommand({ DomainName: domain, MaxResults: '500' })),
  );
  if (v2Mappings.ok)
    for (const item of v2Mappings.value.Items ?? [])
      if (!mappings.some((m) => m.basePath === (item.ApiMappingKey ?? '') && m.apiId === item.ApiId))
        mappings.push({
          basePath: item.ApiMappingKey ?? '',
          apiId: item.ApiId ?? '',
          ...(item.Stage ? { stage: item.Stage } : {}),
        });
  if (!restMappings.ok && !v2Mappings.ok) {
    found.push(
      unavailable('custom-domain', 'GetBasePathMappings', restMappings, [
        'custom-domain-no-base-path-mapping',
        'custom-domain-stage-in-url',
      ]),
    );
    return undefined;
  }
  const listed = mappings.map((m) => `/${m.basePath} → ${m.apiId}${m.stage ? `/${m.stage}` : ''}`);
  const mapping = bestMapping(mappings, target.resourcePath);
  if (!mapping) {
    found.push(
      finding(
        'custom-domain',
        'confirm_domain_no_mapping',
        [domain, target.resourcePath],
        { 'custom-domain-no-base-path-mapping': 'confirmed' },
        listed,
      ),
    );
    return undefined;
  }
  const rest_ = segmentsOf(target.resourcePath).slice(segmentsOf(mapping.basePath).length);
  // A mapping without a stage takes the stage from the next segment.
  const stage = mapping.stage ?? rest_.shift();
  found.push(
    finding(
      'custom-domain',
      'confirm_domain_mapping',
      [domain, `/${mapping.basePath}`, mapping.apiId, stage ?? '?'],
      { 'custom-domain-no-base-path-mapping': 'ruled-out' },
      listed,
    ),
  );
  return { id: mapping.apiId, region, ...(stage ? { stage } : {}), resourcePath: `/${rest_.join('/')}` };
}

const NOTE = (key: string, ...substitutions: string[]) => ({ key, substitutions });

export async function confirmExchange(
  session: AwsSession,
  index: number,
  exchange: Exchange,
  diagnosis: Diagnosis,
  options: ConfirmOptions,
): Promise<ConfirmedEntry> {
  const target = targetOf(index, exchange, diagnosis);
  const findings: Finding[] = [];
  const notes: ConfirmedEntry['notes'] = [];
  let api: ResolvedApi | undefined;
  if (target.apiId && target.region) {
    // The host names the API's region; a different --region would find nothing.
    if (options.region && options.region !== target.region)
      notes.push(NOTE('confirm_note_region_mismatch', options.region, target.region));
    api = {
      id: target.apiId,
      region: target.region,
      ...(target.stage ? { stage: target.stage } : {}),
      resourcePath: target.resourcePath,
    };
  } else if (target.endpointKind === 'custom-domain') {
    if (!options.region) notes.push(NOTE('confirm_note_no_region', target.host));
    else api = await resolveDomain(session, target, options.region, findings);
  } else notes.push(NOTE('confirm_note_no_api', target.host));

  if (api) {
    const resolved = api;
    const restApi = await attempt('apigateway:GET', () =>
      session
        .client('apigateway', resolved.region)
        .send(new session.sdk.apigateway.GetRestApiCommand({ restApiId: resolved.id })),
    );
    if (restApi.ok) {
      resolved.type = 'REST';
      findings.push(...(await checkRest(session, target, resolved, restApi.value, options)));
    } else {
      const httpApi =
        restApi.reason === 'not-found'
          ? await attempt('apigateway:GET', () =>
              session
                .client('apigatewayv2', resolved.region)
                .send(new session.sdk.apigatewayv2.GetApiCommand({ ApiId: resolved.id })),
            )
          : restApi;
      if (httpApi.ok) {
        resolved.type = httpApi.value.ProtocolType === 'WEBSOCKET' ? 'WEBSOCKET' : 'HTTP';
        findings.push(...(await checkHttpApi(session, target, resolved, httpApi.value, options)));
      } else if (httpApi.reason === 'not-found') {
        findings.push(
          finding(
            'api',
            'confirm_api_missing',
            [resolved.id, resolved.region],
            all(target.candidates, 'could-not-check'),
          ),
        );
      } else findings.push(unavailable('api', 'GetRestApi', httpApi, target.candidates));
    }
  }
  return {
    index,
    method: target.method,
    url: exchange.url,
    status: exchange.status,
    ...(api ? { api } : {}),
    causes: rerank(diagnosis, findings),
    findings,
    notes,
  };
}

const ORDER: Record<Verdict | 'none', number> = {
  confirmed: 0,
  consistent: 1,
  none: 2,
  'could-not-check': 2,
  'ruled-out': 3,
};
const STRENGTH: Record<Verdict, number> = {
  confirmed: 3,
  'ruled-out': 2,
  consistent: 1,
  'could-not-check': 0,
};

/**
 * The account's word beats the wire's: confirmed causes first, then those the settings are consistent
 * with, then the unchecked ones in their wire order, ruled-out causes last. A cause's verdict is the
 * strongest any finding gave it (a quoted log line confirming it outweighs a setting that seemed fine).
 */
export function rerank(diagnosis: Diagnosis, findings: Finding[]): ConfirmedCause[] {
  const causes = diagnosis.causes.map((cause, wireRank) => {
    const speaking = findings.filter((f) => f.effects[cause.id] !== undefined);
    let verdict: Verdict | undefined;
    for (const f of speaking) {
      const v = f.effects[cause.id] as Verdict;
      if (verdict === undefined || STRENGTH[v] > STRENGTH[verdict]) verdict = v;
    }
    return {
      wireRank,
      cause: {
        id: cause.id,
        confidence: cause.confidence,
        ...(verdict ? { verdict } : {}),
        findings: speaking,
      },
    };
  });
  return causes
    .sort(
      (a, b) =>
        ORDER[a.cause.verdict ?? 'none'] - ORDER[b.cause.verdict ?? 'none'] || a.wireRank - b.wireRank,
    )
    .map((c) => c.cause);
}
