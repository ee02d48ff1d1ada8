import type { CauseModel } from '../model/cause-model.ts';

export const model: CauseModel<'origin-alb'> = {
  id: 'origin-alb',
  // Basis: an Application Load Balancer rule or its WAF in front; rare in API Gateway reports.
  // Dev corpus: 0 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.002,
  layer: 'alb',
  flavor: 'any',
  wire: { 'html-page': 0.8, empty: 0.1, 'app-body': 0.05 },
  wording: 'cause_origin_alb',
  docUrl:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
  gatewayLogs: false,
  commands: (f) => [
    `aws elbv2 describe-rules --listener-arn <listener-arn> --region ${f.region}`,
    `aws wafv2 get-web-acl-for-resource --resource-arn <load-balancer-arn> --region ${f.region}`,
  ],
};
