import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { DOCS } from './commands.ts';
import { shown } from './shared.ts';

export const model: CauseModel<'backend-integration-response'> = {
  id: 'backend-integration-response',
  // Basis: a Lambda or HTTP backend that answered 401/403 itself, passed through by API Gateway.
  // Dev corpus: 3 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.015,
  layer: 'backend',
  flavor: 'any',
  wire: {
    'app-body': 0.7,
    'emulator-error': 0.01,
    forbidden: 0.06,
    unauthorized: 0.06,
    'html-page': 0.04,
    empty: 0.04,
    'not-found': 0.02,
  },
  weigh(a, o) {
    if (!o.wire.classes.includes('app-body')) return [];
    const noType =
      o.fingerprint === 'rest-ids' || o.fingerprint === 'http-ids' ? [fact('absence', 'no_error_type')] : [];
    return shown(...noType, fact('body', 'app_body', (a.exchange.body.text ?? '').slice(0, 120)));
  },
  wording: 'cause_backend_integration_response',
  docUrl: `${DOCS}/set-up-lambda-proxy-integrations.html`,
  gatewayLogs: true,
  commands: (f) => [`aws logs tail /aws/lambda/<function-name> --since 1h --region ${f.region}`],
};
