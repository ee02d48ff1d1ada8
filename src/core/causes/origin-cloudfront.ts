import type { CauseModel } from '../model/cause-model.ts';

export const model: CauseModel<'origin-cloudfront'> = {
  id: 'origin-cloudfront',
  // Basis: a CloudFront distribution in front of the API (its WAF, geo restriction, methods, origin access).
  // Dev corpus: 7 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.033,
  layer: 'cloudfront',
  flavor: 'any',
  wire: { 'cloudfront-page': 0.75, 'html-page': 0.1, empty: 0.05, 'app-body': 0.05 },
  wording: 'cause_origin_cloudfront',
  docUrl:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-403-permission-denied.html',
  gatewayLogs: false,
  commands: () => [
    "aws cloudfront list-distributions --query 'DistributionList.Items[].[Id, DomainName, WebACLId, Restrictions.GeoRestriction.RestrictionType]' --output text",
  ],
};
