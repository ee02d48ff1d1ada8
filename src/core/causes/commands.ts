import type { Filled } from '../filled-facts.ts';

/* Doc link prefixes and the AWS CLI commands several cause units suggest. */

export const KC = 'https://repost.aws/knowledge-center';
export const DOCS = 'https://docs.aws.amazon.com/apigateway/latest/developerguide';

export const policy = (f: Filled) =>
  `aws apigateway get-rest-api --rest-api-id ${f.api} --region ${f.region} --query policy --output text`;
export const simulate = (f: Filled) =>
  `aws iam simulate-principal-policy --policy-source-arn ${f.principal} --action-names execute-api:Invoke --resource-arns '${f.arn}'`;
export const authorizers = (f: Filled) =>
  `aws ${f.service} get-authorizers ${f.apiFlag} ${f.api} --region ${f.region}`;
export const resources = (f: Filled) =>
  f.service === 'apigateway'
    ? `aws apigateway get-resources --rest-api-id ${f.api} --region ${f.region} --query 'items[].[path, join(\`,\`, keys(resourceMethods || \`{}\`))]' --output text`
    : `aws apigatewayv2 get-routes --api-id ${f.api} --region ${f.region} --query 'Items[].RouteKey'`;
export const redeploy = (f: Filled) =>
  f.service === 'apigateway'
    ? `aws apigateway create-deployment --rest-api-id ${f.api} --stage-name ${f.stage} --region ${f.region}`
    : `aws apigatewayv2 create-deployment --api-id ${f.api} --stage-name ${f.stage} --region ${f.region}`;
export const methodAuth = (f: Filled) =>
  `aws apigateway get-method --rest-api-id ${f.api} --resource-id <resource-id> --http-method ${f.method} --region ${f.region} --query '[authorizationType, apiKeyRequired]'`;
export const endpointPolicy = (f: Filled) =>
  `aws ec2 describe-vpc-endpoints --vpc-endpoint-ids ${f.vpce} --region ${f.region} --query 'VpcEndpoints[0].PolicyDocument' --output text`;
export const mappings = (f: Filled) => [
  `aws apigateway get-base-path-mappings --domain-name ${f.domain} --region ${f.region}`,
  `aws apigatewayv2 get-api-mappings --domain-name ${f.domain} --region ${f.region}`,
];
export const webAcl = (f: Filled) =>
  `aws wafv2 get-web-acl-for-resource --resource-arn arn:aws:apigateway:${f.region}::/restapis/${f.api}/stages/${f.stage} --region ${f.region}`;
export const callerIdentity = 'aws sts get-caller-identity';
export const clock = 'date -u +%Y%m%dT%H%M%SZ';
