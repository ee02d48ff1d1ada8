import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { callerIdentity, KC } from './commands.ts';
import { SIGNED, shown } from './shared.ts';

export const model: CauseModel<'invalid-security-token'> = {
  id: 'invalid-security-token',
  // Basis: wrong, rotated or deleted access keys; a session token missing or mangled.
  // Dev corpus: 2 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.011,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'token-invalid': 0.95 },
  auth: SIGNED,
  weigh(a) {
    // API Gateway sends this text as UnrecognizedClientException or AccessDeniedException; the IAM
    // denials share the latter only.
    const accessDenied = a.error.errorType?.toLowerCase() === 'accessdeniedexception';
    return [
      ...(accessDenied ? [{ lr: 0.5 }] : []),
      ...shown(
        ...(a.sigv4?.accessKeyId ? [fact('sigv4', 'access_key', a.sigv4.accessKeyId)] : []),
        ...(a.sigv4?.hasSecurityToken ? [fact('request', 'session_token_sent')] : []),
      ),
    ];
  },
  wording: 'cause_invalid_security_token',
  docUrl: `${KC}/api-gateway-troubleshoot-403-forbidden`,
  gatewayLogs: true,
  commands: () => [callerIdentity, 'aws iam list-access-keys --user-name <user-name>'],
};
