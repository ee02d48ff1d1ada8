import type { Filled } from './filled-facts.ts';
import type { CauseId } from './types.ts';

export interface CatalogueEntry {
  docUrl: string;
  /** AWS CLI / shell commands that check or fix this cause. */
  commands(f: Filled): string[];
  /** Whether API Gateway's own logs can show this cause (false for layers in front of it). */
  gatewayLogs: boolean;
}

const KC = 'https://repost.aws/knowledge-center';
const DOCS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';

const policy = (f: Filled) =>
  `aws apigateway get-rest-api --rest-api-id ${f.api} --region ${f.region} --query policy --output text`;
const simulate = (f: Filled) =>
  `aws iam simulate-principal-policy --policy-source-arn ${f.principal} --action-names execute-api:Invoke --resource-arns '${f.arn}'`;
const authorizers = (f: Filled) =>
  `aws ${f.service} get-authorizers ${f.apiFlag} ${f.api} --region ${f.region}`;
const resources = (f: Filled) =>
  f.service === 'apigateway'
    ? `aws apigateway get-resources --rest-api-id ${f.api} --region ${f.region} --query 'items[].[path, join(\`,\`, keys(resourceMethods || \`{}\`))]' --output text`
    : `aws apigatewayv2 get-routes --api-id ${f.api} --region ${f.region} --query 'Items[].RouteKey'`;
const redeploy = (f: Filled) =>
  f.service === 'apigateway'
    ? `aws apigateway create-deployment --rest-api-id ${f.api} --stage-name ${f.stage} --region ${f.region}`
    : `aws apigatewayv2 create-deployment --api-id ${f.api} --stage-name ${f.stage} --region ${f.region}`;
const methodAuth = (f: Filled) =>
  `aws apigateway get-method --rest-api-id ${f.api} --resource-id <resource-id> --http-method ${f.method} --region ${f.region} --query '[authorizationType, apiKeyRequired]'`;
const endpointPolicy = (f: Filled) =>
  `aws ec2 describe-vpc-endpoints --vpc-endpoint-ids ${f.vpce} --region ${f.region} --query 'VpcEndpoints[0].PolicyDocument' --output text`;
const mappings = (f: Filled) => [
  `aws apigateway get-base-path-mappings --domain-name ${f.domain} --region ${f.region}`,
  `aws apigatewayv2 get-api-mappings --domain-name ${f.domain} --region ${f.region}`,
];
const webAcl = (f: Filled) =>
  `aws wafv2 get-web-acl-for-resource --resource-arn arn:aws:apigateway:${f.region}::/restapis/${f.api}/stages/${f.stage} --region ${f.region}`;
const callerIdentity = 'aws sts get-caller-identity';
const clock = 'date -u +%Y%m%dT%H%M%SZ';

export const CATALOGUE: Record<CauseId, CatalogueEntry> = {
  'lambda-authorizer-explicit-deny': {
    docUrl: `${KC}/api-gateway-403-error-lambda-authorizer`,
    gatewayLogs: true,
    commands: (f) => [
      authorizers(f),
      `aws apigateway test-invoke-authorizer --rest-api-id ${f.api} --authorizer-id <authorizer-id> --headers Authorization=<token> --region ${f.region}`,
      `aws logs tail /aws/lambda/<authorizer-function> --since 1h --region ${f.region}`,
    ],
  },
  'lambda-authorizer-implicit-deny': {
    docUrl: `${KC}/api-gateway-403-error-lambda-authorizer`,
    gatewayLogs: true,
    commands: (f) => [
      authorizers(f),
      `aws apigateway flush-stage-authorizers-cache --rest-api-id ${f.api} --stage-name ${f.stage} --region ${f.region}`,
      `aws logs tail /aws/lambda/<authorizer-function> --since 1h --region ${f.region}`,
    ],
  },
  'iam-explicit-deny': {
    docUrl: `${DOCS}/apigateway-resource-policies.html`,
    gatewayLogs: true,
    commands: (f) => [policy(f), simulate(f)],
  },
  'iam-anonymous-not-allowed': {
    docUrl: `${DOCS}/apigateway-resource-policies.html`,
    gatewayLogs: true,
    commands: (f) => [methodAuth(f), policy(f)],
  },
  'iam-identity-not-allowed': {
    docUrl: `${KC}/api-gateway-iam-sigv4-mismatch`,
    gatewayLogs: true,
    commands: (f) => [callerIdentity, simulate(f), policy(f)],
  },
  'vpc-endpoint-policy-deny': {
    docUrl: `${DOCS}/apigateway-vpc-endpoint-policies.html`,
    gatewayLogs: true,
    commands: (f) => [endpointPolicy(f), policy(f)],
  },
  'invalid-security-token': {
    docUrl: `${KC}/api-gateway-troubleshoot-403-forbidden`,
    gatewayLogs: true,
    commands: () => [callerIdentity, 'aws iam list-access-keys --user-name <user-name>'],
  },
  'expired-security-token': {
    docUrl: `${KC}/api-gateway-troubleshoot-403-forbidden`,
    gatewayLogs: true,
    commands: () => [callerIdentity, 'aws configure export-credentials --format env-no-export'],
  },
  'missing-authentication-token': {
    docUrl: `${KC}/api-gateway-authentication-token-errors`,
    gatewayLogs: true,
    commands: (f) => [methodAuth(f), resources(f)],
  },
  'signature-expired': {
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html',
    gatewayLogs: true,
    commands: () => [clock, 'timedatectl status'],
  },
  'signature-not-yet-current': {
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html',
    gatewayLogs: true,
    commands: () => [clock, 'timedatectl status'],
  },
  'invalid-api-key': {
    docUrl: `${DOCS}/api-gateway-api-usage-plans.html`,
    gatewayLogs: true,
    commands: (f) => [
      methodAuth(f),
      `aws apigateway get-rest-api --rest-api-id ${f.api} --region ${f.region} --query apiKeySource`,
      `aws apigateway get-api-keys --region ${f.region} --query 'items[].[id, name, enabled]' --output text`,
      `aws apigateway get-usage-plans --key-id <api-key-id> --region ${f.region} --query 'items[].apiStages'`,
    ],
  },
  'signature-mismatch': {
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-troubleshooting.html',
    gatewayLogs: true,
    commands: () => [callerIdentity],
  },
  'credential-scope-invalid': {
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html',
    gatewayLogs: true,
    commands: () => ['aws configure get region'],
  },
  'waf-blocked': {
    docUrl: `${KC}/waf-block-respond-403-forbidden-error`,
    gatewayLogs: false,
    commands: (f) => [
      webAcl(f),
      `aws wafv2 get-sampled-requests --web-acl-arn <web-acl-arn> --rule-metric-name <rule-metric-name> --scope REGIONAL --time-window StartTime=${f.windowStart},EndTime=${f.windowEnd} --max-items 100 --region ${f.region}`,
    ],
  },
  'waf-challenge': {
    docUrl: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html',
    gatewayLogs: false,
    commands: (f) => [webAcl(f)],
  },
  'resource-not-found-unsigned': {
    docUrl: `${KC}/api-gateway-authentication-token-errors`,
    gatewayLogs: true,
    commands: (f) => [
      resources(f),
      `aws ${f.service} get-stages ${f.apiFlag} ${f.api} --region ${f.region}`,
      redeploy(f),
    ],
  },
  'resource-not-found-signed': {
    docUrl: `${KC}/api-gateway-troubleshoot-403-forbidden`,
    gatewayLogs: true,
    commands: (f) => [resources(f), redeploy(f)],
  },
  'iam-method-non-sigv4-authorization': {
    docUrl: `${DOCS}/permissions.html`,
    gatewayLogs: true,
    commands: (f) => [methodAuth(f), authorizers(f)],
  },
  'vpce-policy-reads-authorization': {
    docUrl: `${DOCS}/apigateway-vpc-endpoint-policies.html`,
    gatewayLogs: true,
    commands: (f) => [endpointPolicy(f)],
  },
  'private-api-public-dns-missing-host': {
    docUrl: `${DOCS}/apigateway-private-api-test-invoke-url.html`,
    gatewayLogs: false,
    commands: (f) => [
      `curl -v 'https://${f.host}/${f.stage}${f.path === '/' ? '' : f.path}' -H 'x-apigw-api-id: ${f.api === '<rest-api-id>' ? '<api-id>' : f.api}'`,
    ],
  },
  'vpce-private-dns-public-api': {
    docUrl: `${KC}/api-gateway-vpc-connections`,
    gatewayLogs: false,
    commands: (f) => [
      `nslookup ${f.host}`,
      `aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.${f.region}.execute-api --region ${f.region} --query 'VpcEndpoints[].[VpcEndpointId, VpcId, PrivateDnsEnabled]' --output text`,
    ],
  },
  'default-endpoint-disabled': {
    docUrl: `${DOCS}/rest-api-disable-default-endpoint.html`,
    gatewayLogs: false,
    commands: (f) => [
      `aws ${f.service} get-${f.service === 'apigateway' ? 'rest-api' : 'api'} ${f.apiFlag} ${f.api} --region ${f.region} --query disableExecuteApiEndpoint`,
    ],
  },
  'mtls-invalid-client-cert': {
    docUrl: `${KC}/api-gateway-mutual-tls-403-errors`,
    gatewayLogs: true,
    commands: (f) => [
      `aws apigateway get-domain-name --domain-name ${f.domain} --region ${f.region} --query mutualTlsAuthentication`,
      `openssl s_client -connect ${f.domain}:443 -cert client.pem -key client.key -showcerts`,
    ],
  },
  'custom-domain-no-base-path-mapping': {
    docUrl: `${KC}/api-gateway-403-custom-domain`,
    gatewayLogs: false,
    commands: mappings,
  },
  'custom-domain-stage-in-url': {
    docUrl: `${KC}/api-gateway-403-custom-domain`,
    gatewayLogs: false,
    commands: mappings,
  },
  'invalid-stage': {
    docUrl: `${DOCS}/how-to-call-api.html`,
    gatewayLogs: false,
    commands: (f) => [
      f.service === 'apigateway'
        ? `aws apigateway get-stages --rest-api-id ${f.api} --region ${f.region} --query 'item[].stageName'`
        : `aws apigatewayv2 get-stages --api-id ${f.api} --region ${f.region} --query 'Items[].StageName'`,
    ],
  },
  'origin-proxy': {
    docUrl: `${KC}/api-gateway-troubleshoot-403-forbidden`,
    gatewayLogs: false,
    commands: (f) => ['env | grep -i _proxy', `curl -v --noproxy '*' 'https://${f.host}/'`],
  },
  'origin-cloudfront': {
    docUrl:
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-403-permission-denied.html',
    gatewayLogs: false,
    commands: () => [
      "aws cloudfront list-distributions --query 'DistributionList.Items[].[Id, DomainName, WebACLId, Restrictions.GeoRestriction.RestrictionType]' --output text",
    ],
  },
  'origin-alb': {
    docUrl:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
    gatewayLogs: false,
    commands: (f) => [
      `aws elbv2 describe-rules --listener-arn <listener-arn> --region ${f.region}`,
      `aws wafv2 get-web-acl-for-resource --resource-arn <load-balancer-arn> --region ${f.region}`,
    ],
  },
  'not-api-gateway': {
    docUrl: `${KC}/s3-troubleshoot-403`,
    gatewayLogs: false,
    commands: () => ['aws s3api get-bucket-policy --bucket <bucket-name>'],
  },
  'backend-integration-response': {
    docUrl: `${DOCS}/set-up-lambda-proxy-integrations.html`,
    gatewayLogs: true,
    commands: (f) => [`aws logs tail /aws/lambda/<function-name> --since 1h --region ${f.region}`],
  },
  'cors-preflight-403': {
    docUrl: `${KC}/api-gateway-cors-errors`,
    gatewayLogs: true,
    commands: (f) =>
      f.service === 'apigateway'
        ? [
            `aws apigateway get-resources --rest-api-id ${f.api} --region ${f.region} --query 'items[?resourceMethods.OPTIONS == null].path'`,
            redeploy(f),
          ]
        : [`aws apigatewayv2 get-api --api-id ${f.api} --region ${f.region} --query CorsConfiguration`],
  },
  'cors-masked-403': {
    docUrl: `${KC}/api-gateway-cors-errors`,
    gatewayLogs: true,
    commands: (f) => [
      `aws apigateway put-gateway-response --rest-api-id ${f.api} --response-type DEFAULT_4XX --response-parameters gatewayresponse.header.Access-Control-Allow-Origin="'*'" --region ${f.region}`,
      redeploy(f),
    ],
  },
  'authorizer-unauthorized-401': {
    docUrl: `${KC}/api-gateway-401-error-lambda-authorizer`,
    gatewayLogs: true,
    commands: (f) => [authorizers(f)],
  },
  'jwt-invalid-token-401': {
    docUrl: `${DOCS}/http-api-troubleshooting-jwt.html`,
    gatewayLogs: true,
    commands: (f) => [
      `aws apigatewayv2 get-authorizers --api-id ${f.api} --region ${f.region} --query 'Items[].[Name, JwtConfiguration.Issuer, join(\`,\`, JwtConfiguration.Audience)]' --output text`,
    ],
  },
  'jwt-insufficient-scope': {
    docUrl: `${DOCS}/http-api-jwt-authorizer.html`,
    gatewayLogs: true,
    commands: (f) => [
      `aws apigatewayv2 get-routes --api-id ${f.api} --region ${f.region} --query 'Items[].[RouteKey, join(\` \`, AuthorizationScopes || \`[]\`)]' --output text`,
    ],
  },
};

/** Locale key prefix of a cause: `cause_<id with underscores>`. */
export function causeKeyPrefix(id: CauseId): string {
  return `cause_${id.replace(/-/g, '_')}`;
}
