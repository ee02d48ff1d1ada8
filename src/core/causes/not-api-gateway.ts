import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { KC } from './commands.ts';
import { shown } from './shared.ts';

export const model: CauseModel<'not-api-gateway'> = {
  id: 'not-api-gateway',
  // Basis: S3 behind CloudFront, and other AWS services (OpenSearch, S3, STS …) that answer with the
  // very SigV4/IAM texts API Gateway uses; reported as API Gateway problems surprisingly often.
  // Dev corpus: 44 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.193,
  layer: 'elsewhere',
  flavor: 'any',
  wire: {
    's3-error': 0.3,
    'other-service-text': 0.15,
    'emulator-error': 0.1,
    'iam-other-service': 0.1,
    'signature-mismatch': 0.08,
    'token-invalid': 0.05,
    'token-expired': 0.03,
    'signature-expired': 0.03,
    'credential-scope': 0.03,
    'incomplete-signature': 0.02,
    'missing-token': 0.02,
    'app-body': 0.12,
    'html-page': 0.1,
    forbidden: 0.02,
    unauthorized: 0.02,
    empty: 0.03,
  },
  // Other AWS services are called signed (SDKs) as often as not.
  auth: { none: 0.4, sigv4: 0.4, 'bearer-jwt': 0.1, 'raw-token': 0.05, 'bearer-other': 0.05 },
  weigh(_a, o) {
    return o.wire.classes.includes('s3-error') || o.fingerprint === 's3'
      ? shown(fact('context', 's3_not_gateway'))
      : [];
  },
  wording: 'cause_not_api_gateway',
  docUrl: `${KC}/s3-troubleshoot-403`,
  gatewayLogs: false,
  commands: () => ['aws s3api get-bucket-policy --bucket <bucket-name>'],
};
