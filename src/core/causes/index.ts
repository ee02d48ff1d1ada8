import { model as authorizerUnauthorized401 } from './authorizer-unauthorized-401.ts';
import { model as backendIntegrationResponse } from './backend-integration-response.ts';
import { model as corsMasked403 } from './cors-masked-403.ts';
import { model as corsPreflight403 } from './cors-preflight-403.ts';
import { model as credentialScopeInvalid } from './credential-scope-invalid.ts';
import { model as customDomainNoBasePathMapping } from './custom-domain-no-base-path-mapping.ts';
import { model as customDomainStageInUrl } from './custom-domain-stage-in-url.ts';
import { model as defaultEndpointDisabled } from './default-endpoint-disabled.ts';
import { model as expiredSecurityToken } from './expired-security-token.ts';
import { model as iamAnonymousNotAllowed } from './iam-anonymous-not-allowed.ts';
import { model as iamExplicitDeny } from './iam-explicit-deny.ts';
import { model as iamIdentityNotAllowed } from './iam-identity-not-allowed.ts';
import { model as iamMethodNonSigv4Authorization } from './iam-method-non-sigv4-authorization.ts';
import { model as invalidApiKey } from './invalid-api-key.ts';
import { model as invalidSecurityToken } from './invalid-security-token.ts';
import { model as invalidStage } from './invalid-stage.ts';
import { model as jwtInsufficientScope } from './jwt-insufficient-scope.ts';
import { model as jwtInvalidToken401 } from './jwt-invalid-token-401.ts';
import { model as lambdaAuthorizerExplicitDeny } from './lambda-authorizer-explicit-deny.ts';
import { model as lambdaAuthorizerImplicitDeny } from './lambda-authorizer-implicit-deny.ts';
import { model as missingAuthenticationToken } from './missing-authentication-token.ts';
import { model as mtlsInvalidClientCert } from './mtls-invalid-client-cert.ts';
import { model as notApiGateway } from './not-api-gateway.ts';
import { model as originAlb } from './origin-alb.ts';
import { model as originCloudfront } from './origin-cloudfront.ts';
import { model as originProxy } from './origin-proxy.ts';
import { model as privateApiPublicDnsMissingHost } from './private-api-public-dns-missing-host.ts';
import { model as resourceNotFoundSigned } from './resource-not-found-signed.ts';
import { model as resourceNotFoundUnsigned } from './resource-not-found-unsigned.ts';
import { model as signatureExpired } from './signature-expired.ts';
import { model as signatureMismatch } from './signature-mismatch.ts';
import { model as signatureNotYetCurrent } from './signature-not-yet-current.ts';
import { model as vpcEndpointPolicyDeny } from './vpc-endpoint-policy-deny.ts';
import { model as vpcePolicyReadsAuthorization } from './vpce-policy-reads-authorization.ts';
import { model as vpcePrivateDnsPublicApi } from './vpce-private-dns-public-api.ts';
import { model as wafBlocked } from './waf-blocked.ts';
import { model as wafChallenge } from './waf-challenge.ts';

/**
 * Every cause the classifier weighs, one unit per cause id: the one list of causes. Ids, the catalogue
 * and docs/causes.md are derived from it; `scripts/new-cause.mjs` adds a unit here.
 */
export const CAUSE_MODELS = [
  authorizerUnauthorized401,
  backendIntegrationResponse,
  corsMasked403,
  corsPreflight403,
  credentialScopeInvalid,
  customDomainNoBasePathMapping,
  customDomainStageInUrl,
  defaultEndpointDisabled,
  expiredSecurityToken,
  iamAnonymousNotAllowed,
  iamExplicitDeny,
  iamIdentityNotAllowed,
  iamMethodNonSigv4Authorization,
  invalidApiKey,
  invalidSecurityToken,
  invalidStage,
  jwtInsufficientScope,
  jwtInvalidToken401,
  lambdaAuthorizerExplicitDeny,
  lambdaAuthorizerImplicitDeny,
  missingAuthenticationToken,
  mtlsInvalidClientCert,
  notApiGateway,
  originAlb,
  originCloudfront,
  originProxy,
  privateApiPublicDnsMissingHost,
  resourceNotFoundSigned,
  resourceNotFoundUnsigned,
  signatureExpired,
  signatureMismatch,
  signatureNotYetCurrent,
  vpcEndpointPolicyDeny,
  vpcePolicyReadsAuthorization,
  vpcePrivateDnsPublicApi,
  wafBlocked,
  wafChallenge,
] as const;

/** A cause id (docs/causes.md): a public contract, never renamed or reused. */
export type CauseId = (typeof CAUSE_MODELS)[number]['id'];

export const CAUSE_IDS: readonly CauseId[] = CAUSE_MODELS.map((unit) => unit.id);
