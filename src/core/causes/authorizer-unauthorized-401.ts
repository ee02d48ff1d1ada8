import type { CauseModel } from '../model/cause-model.ts';
import { authorizers, KC } from './commands.ts';

export const model: CauseModel<'authorizer-unauthorized-401'> = {
  id: 'authorizer-unauthorized-401',
  // Basis: token missing, in another header than the identity source, failing the validation regex,
  // or rejected by a Cognito user pool authorizer; the most reported 401.
  // Dev corpus: 23 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.102,
  layer: 'gateway',
  flavor: 'any',
  wire: { unauthorized: 0.92 },
  status: { '401': 0.93, '403': 0.03, 'other-4xx': 0.04 },
  // A SigV4 Authorization sent to a token authorizer fails its validation just the same.
  auth: { none: 0.38, 'bearer-jwt': 0.3, 'raw-token': 0.14, 'bearer-other': 0.1, sigv4: 0.08 },
  weigh: (a) => (a.wwwAuthenticate?.error ? [{ lr: 0.05 }] : []),
  wording: 'cause_authorizer_unauthorized_401',
  docUrl: `${KC}/api-gateway-401-error-lambda-authorizer`,
  gatewayLogs: true,
  commands: (f) => [authorizers(f)],
};
