import type { CauseId } from '../types.ts';
import { examples as authorizerUnauthorized401 } from './authorizer-unauthorized-401.examples.ts';
import { examples as backendIntegrationResponse } from './backend-integration-response.examples.ts';
import { examples as corsMasked403 } from './cors-masked-403.examples.ts';
import { examples as corsPreflight403 } from './cors-preflight-403.examples.ts';
import { examples as credentialScopeInvalid } from './credential-scope-invalid.examples.ts';
import { examples as customDomainNoBasePathMapping } from './custom-domain-no-base-path-mapping.examples.ts';
import { examples as customDomainStageInUrl } from './custom-domain-stage-in-url.examples.ts';
import { examples as defaultEndpointDisabled } from './default-endpoint-disabled.examples.ts';
import type { CauseExample } from './example-wire.ts';
import { examples as expiredSecurityToken } from './expired-security-token.examples.ts';
import { examples as iamAnonymousNotAllowed } from './iam-anonymous-not-allowed.examples.ts';
import { examples as iamExplicitDeny } from './iam-explicit-deny.examples.ts';
import { examples as iamIdentityNotAllowed } from './iam-identity-not-allowed.examples.ts';
import { examples as iamMethodNonSigv4Authorization } from './iam-method-non-sigv4-authorization.examples.ts';
import { examples as invalidApiKey } from './invalid-api-key.examples.ts';
import { examples as invalidSecurityToken } from './invalid-security-token.examples.ts';
import { examples as invalidStage } from './invalid-stage.examples.ts';
import { examples as jwtInsufficientScope } from './jwt-insufficient-scope.examples.ts';
import { examples as jwtInvalidToken401 } from './jwt-invalid-token-401.examples.ts';
import { examples as lambdaAuthorizerExplicitDeny } from './lambda-authorizer-explicit-deny.examples.ts';
import { examples as lambdaAuthorizerImplicitDeny } from './lambda-authorizer-implicit-deny.examples.ts';
import { examples as missingAuthenticationToken } from './missing-authentication-token.examples.ts';
import { examples as mtlsInvalidClientCert } from './mtls-invalid-client-cert.examples.ts';
import { examples as notApiGateway } from './not-api-gateway.examples.ts';
import { examples as originAlb } from './origin-alb.examples.ts';
import { examples as originCloudfront } from './origin-cloudfront.examples.ts';
import { examples as originProxy } from './origin-proxy.examples.ts';
import { examples as privateApiPublicDnsMissingHost } from './private-api-public-dns-missing-host.examples.ts';
import { examples as resourceNotFoundSigned } from './resource-not-found-signed.examples.ts';
import { examples as resourceNotFoundUnsigned } from './resource-not-found-unsigned.examples.ts';
import { examples as signatureExpired } from './signature-expired.examples.ts';
import { examples as signatureMismatch } from './signature-mismatch.examples.ts';
import { examples as signatureNotYetCurrent } from './signature-not-yet-current.examples.ts';
import { examples as vpcEndpointPolicyDeny } from './vpc-endpoint-policy-deny.examples.ts';
import { examples as vpcePolicyReadsAuthorization } from './vpce-policy-reads-authorization.examples.ts';
import { examples as vpcePrivateDnsPublicApi } from './vpce-private-dns-public-api.examples.ts';
import { examples as wafBlocked } from './waf-blocked.examples.ts';
import { examples as wafChallenge } from './waf-challenge.examples.ts';

/** Every cause's wire examples, by cause id: tests and tooling only (never imported by product code). */
export const CAUSE_EXAMPLES: Record<CauseId, readonly CauseExample[]> = {
  'authorizer-unauthorized-401': authorizerUnauthorized401,
  'backend-integration-response': backendIntegrationResponse,
  'cors-masked-403': corsMasked403,
  'cors-preflight-403': corsPreflight403,
  'credential-scope-invalid': credentialScopeInvalid,
  'custom-domain-no-base-path-mapping': customDomainNoBasePathMapping,
  'custom-domain-stage-in-url': customDomainStageInUrl,
  'default-endpoint-disabled': defaultEndpointDisabled,
  'expired-security-token': expiredSecurityToken,
  'iam-anonymous-not-allowed': iamAnonymousNotAllowed,
  'iam-explicit-deny': iamExplicitDeny,
  'iam-identity-not-allowed': iamIdentityNotAllowed,
  'iam-method-non-sigv4-authorization': iamMethodNonSigv4Authorization,
  'invalid-api-key': invalidApiKey,
  'invalid-security-token': invalidSecurityToken,
  'invalid-stage': invalidStage,
  'jwt-insufficient-scope': jwtInsufficientScope,
  'jwt-invalid-token-401': jwtInvalidToken401,
  'lambda-authorizer-explicit-deny': lambdaAuthorizerExplicitDeny,
  'lambda-authorizer-implicit-deny': lambdaAuthorizerImplicitDeny,
  'missing-authentication-token': missingAuthenticationToken,
  'mtls-invalid-client-cert': mtlsInvalidClientCert,
  'not-api-gateway': notApiGateway,
  'origin-alb': originAlb,
  'origin-cloudfront': originCloudfront,
  'origin-proxy': originProxy,
  'private-api-public-dns-missing-host': privateApiPublicDnsMissingHost,
  'resource-not-found-signed': resourceNotFoundSigned,
  'resource-not-found-unsigned': resourceNotFoundUnsigned,
  'signature-expired': signatureExpired,
  'signature-mismatch': signatureMismatch,
  'signature-not-yet-current': signatureNotYetCurrent,
  'vpc-endpoint-policy-deny': vpcEndpointPolicyDeny,
  'vpce-policy-reads-authorization': vpcePolicyReadsAuthorization,
  'vpce-private-dns-public-api': vpcePrivateDnsPublicApi,
  'waf-blocked': wafBlocked,
  'waf-challenge': wafChallenge,
};
