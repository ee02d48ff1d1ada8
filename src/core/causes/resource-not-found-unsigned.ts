import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { KC, redeploy, resources } from './commands.ts';
import { routeWorked } from './shared.ts';

export const model: CauseModel<'resource-not-found-unsigned'> = {
  id: 'resource-not-found-unsigned',
  // Basis: the most reported API Gateway 403 of all: a path, method or stage that is not deployed
  // (typo, missing stage segment, trailing slash, API not redeployed).
  // Dev corpus: 16 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.072,
  layer: 'gateway',
  flavor: 'rest',
  wire: { 'missing-token': 0.9, 'not-found': 0.04 },
  auth: { none: 0.8, 'bearer-jwt': 0.05, 'raw-token': 0.05, 'bearer-other': 0.05, sigv4: 0.05 },
  weigh(a) {
    const weights: Weight[] = [];
    if (routeWorked(a)) weights.push({ lr: 0.03 });
    if (a.history.signedCalls > 0) weights.push({ lr: 0.5 });
    const stage = a.endpoint.stage;
    const worked = a.history.stagesThatWorked;
    if (stage && worked.length > 0 && !worked.includes(stage)) {
      weights.push({ lr: 2, fact: fact('context', 'stage_never_worked', stage, worked.join('", "')) });
    }
    if (a.exchange.path.length > 1 && a.exchange.path.endsWith('/')) {
      weights.push({ lr: 1.5, fact: fact('path', 'trailing_slash') });
    }
    return weights;
  },
  wording: 'cause_resource_not_found_unsigned',
  docUrl: `${KC}/api-gateway-authentication-token-errors`,
  gatewayLogs: true,
  commands: (f) => [
    resources(f),
    `aws ${f.service} get-stages ${f.apiFlag} ${f.api} --region ${f.region}`,
    redeploy(f),
  ],
};
