import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { callerIdentity, KC } from './commands.ts';
import { SIGNED, shown } from './shared.ts';

export const model: CauseModel<'expired-security-token'> = {
  id: 'expired-security-token',
  // Basis: temporary credentials (STS, Cognito identity pools) used past their expiry.
  // Dev corpus: 0 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.002,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'token-expired': 0.95 },
  auth: SIGNED,
  weigh(a) {
    if (!a.sigv4) return [];
    return shown(
      a.sigv4.hasSecurityToken ? fact('request', 'session_token_sent') : fact('absence', 'no_session_token'),
    );
  },
  wording: 'cause_expired_security_token',
  docUrl: `${KC}/api-gateway-troubleshoot-403-forbidden`,
  gatewayLogs: true,
  commands: () => [callerIdentity, 'aws configure export-credentials --format env-no-export'],
};
