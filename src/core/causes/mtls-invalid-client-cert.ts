import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { KC } from './commands.ts';
import { BARE_FORBIDDEN, reachable } from './shared.ts';

export const model: CauseModel<'mtls-invalid-client-cert'> = {
  id: 'mtls-invalid-client-cert',
  // Basis: custom domains with mutual TLS; the certificate is invisible to DevTools and HAR files.
  // Dev corpus: 1 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.007,
  layer: 'gateway',
  flavor: 'any',
  wire: BARE_FORBIDDEN,
  host: { custom: 0.97 },
  weigh(a, o) {
    if (o.host !== 'custom') return [];
    const weights: Weight[] = [...reachable(a), { lr: 1, fact: fact('absence', 'client_cert_invisible') }];
    const own = a.endpoint.firstSegment ?? '';
    const failed = a.history.forbiddenFirstSegments;
    const all = failed.includes(own) ? failed : [...failed, own];
    if (all.length >= 2)
      weights.push({ lr: 15, fact: fact('context', 'all_base_paths_failed', `/${all.join(', /')}`) });
    return weights;
  },
  wording: 'cause_mtls_invalid_client_cert',
  docUrl: `${KC}/api-gateway-mutual-tls-403-errors`,
  gatewayLogs: true,
  commands: (f) => [
    `aws apigateway get-domain-name --domain-name ${f.domain} --region ${f.region} --query mutualTlsAuthentication`,
    `openssl s_client -connect ${f.domain}:443 -cert client.pem -key client.key -showcerts`,
  ],
};
