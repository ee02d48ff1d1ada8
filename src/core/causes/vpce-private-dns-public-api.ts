import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { KC } from './commands.ts';
import { BARE_FORBIDDEN, reachable } from './shared.ts';

const PRIVATE_ADDRESS = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|f[cd][0-9a-f]{2}:)/i;
/** Loopback and link-local: a local proxy or tunnel, which says nothing about the endpoint behind it. */
const LOCAL_ADDRESS = /^(127\.|169\.254\.|::1$|fe80:)/i;

export const model: CauseModel<'vpce-private-dns-public-api'> = {
  id: 'vpce-private-dns-public-api',
  // Basis: public APIs called from a VPC (or over Direct Connect) whose execute-api endpoint has
  // private DNS on; a recurring report, often from CI runners and containers.
  // Dev corpus: 4 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.02,
  layer: 'gateway',
  // The VPC endpoint answers for private APIs, which are REST APIs: an HTTP API's own headers mean
  // the request reached the public API.
  flavor: 'rest',
  wire: BARE_FORBIDDEN,
  host: { 'execute-api': 0.97 },
  weigh(a) {
    const ip = a.exchange.serverIp;
    const weights = reachable(a);
    if (ip && PRIVATE_ADDRESS.test(ip)) weights.push({ lr: 40, fact: fact('host', 'private_address', ip) });
    // A public address answered: the request did not go through an interface endpoint (its ENIs are private).
    else if (ip && !LOCAL_ADDRESS.test(ip)) weights.push({ lr: 0.02 });
    return weights;
  },
  wording: 'cause_vpce_private_dns_public_api',
  docUrl: `${KC}/api-gateway-vpc-connections`,
  gatewayLogs: false,
  commands: (f) => [
    `nslookup ${f.host}`,
    `aws ec2 describe-vpc-endpoints --filters Name=service-name,Values=com.amazonaws.${f.region}.execute-api --region ${f.region} --query 'VpcEndpoints[].[VpcEndpointId, VpcId, PrivateDnsEnabled]' --output text`,
  ],
};
