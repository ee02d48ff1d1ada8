import type { CauseModel } from '../model/cause-model.ts';
import { SIGNED } from './shared.ts';
import { scopeFacts } from './signature-facts.ts';

export const model: CauseModel<'credential-scope-invalid'> = {
  id: 'credential-scope-invalid',
  // Basis: signing for another region or service (SDK defaults); occasional reports.
  // Dev corpus: 5 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.024,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'credential-scope': 0.9, 'signature-mismatch': 0.04, 'incomplete-signature': 0.02 },
  auth: SIGNED,
  weigh(a, o) {
    const onExecuteApi = o.host !== 'aws-service';
    return scopeFacts(a, onExecuteApi).map((f) => ({ lr: 20, fact: f }));
  },
  wording: 'cause_credential_scope_invalid',
  docUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html',
  gatewayLogs: true,
  commands: () => ['aws configure get region'],
};
