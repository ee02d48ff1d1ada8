import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { requestHeadersPartial } from '../model/observe.ts';
import { DOCS } from './commands.ts';
import { BARE_FORBIDDEN } from './shared.ts';

export const model: CauseModel<'private-api-public-dns-missing-host'> = {
  id: 'private-api-public-dns-missing-host',
  // Basis: private APIs called on the endpoint's public DNS name; the host name is decisive.
  // Dev corpus: 2 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.011,
  layer: 'gateway',
  flavor: 'rest',
  wire: BARE_FORBIDDEN,
  host: { 'vpce-dns': 0.97 },
  // A browser cannot add x-apigw-api-id to its preflight: OPTIONS to the vpce name fails first.
  preflight: 0.3,
  weigh(a, o) {
    if (o.host !== 'vpce-dns' || requestHeadersPartial(a)) return [];
    // The api id named by Host or x-apigw-api-id rules this cause out.
    return a.endpoint.apiId !== undefined
      ? [{ lr: 0.001 }]
      : [{ lr: 1, fact: fact('absence', 'no_api_id_header') }];
  },
  wording: 'cause_private_api_public_dns_missing_host',
  docUrl: `${DOCS}/apigateway-private-api-test-invoke-url.html`,
  gatewayLogs: false,
  commands: (f) => [
    `curl -v 'https://${f.host}/${f.stage}${f.path === '/' ? '' : f.path}' -H 'x-apigw-api-id: ${f.api === '<rest-api-id>' ? '<api-id>' : f.api}'`,
  ],
};
