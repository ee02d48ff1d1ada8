import type { CauseModel } from '../model/cause-model.ts';
import { KC } from './commands.ts';

export const model: CauseModel<'origin-proxy'> = {
  id: 'origin-proxy',
  // Basis: the seed's "a proxy server returns 403 if HTTP access is not allowed"; CDNs in front (Cloudflare).
  // Dev corpus: 6 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.028,
  layer: 'proxy',
  flavor: 'any',
  wire: { 'html-page': 0.6, empty: 0.15, 'app-body': 0.15, forbidden: 0.03 },
  wording: 'cause_origin_proxy',
  docUrl: `${KC}/api-gateway-troubleshoot-403-forbidden`,
  gatewayLogs: false,
  commands: (f) => ['env | grep -i _proxy', `curl -v --noproxy '*' 'https://${f.host}/'`],
};
