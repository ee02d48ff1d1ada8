import { fact } from '../evidence-fact.ts';
import type { CauseModel } from '../model/cause-model.ts';
import { looksLikeStage } from '../model/observe.ts';
import { KC, mappings } from './commands.ts';
import { UNSIGNED } from './shared.ts';

export const model: CauseModel<'custom-domain-stage-in-url'> = {
  id: 'custom-domain-stage-in-url',
  // Basis: the stage typed again after a custom domain whose mapping already picks it; recurring.
  // Dev corpus: 1 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.007,
  layer: 'gateway',
  flavor: 'any',
  wire: { 'missing-token': 0.85, 'not-found': 0.1, forbidden: 0.03 },
  host: { custom: 0.97 },
  // With an Authorization header the same miss is answered as an incomplete signature.
  auth: UNSIGNED,
  weigh(a, o) {
    const segment = o.firstSegment;
    if (o.host !== 'custom' || segment === undefined) return [];
    const mapped = a.history.pathsThatWorked.some((p) => p.split(' ')[1]?.startsWith(`/${segment}/`));
    if (mapped) return [{ lr: 0.05 }];
    if (!looksLikeStage(segment)) return [{ lr: 0.1 }];
    // `v1`, `v2` … are the usual base path mappings of a versioned API: no sign of a stage typed again.
    if (/^v\d/i.test(segment)) return [];
    return [{ lr: 6, fact: fact('path', 'stage_like_segment', segment) }];
  },
  wording: 'cause_custom_domain_stage_in_url',
  docUrl: `${KC}/api-gateway-403-custom-domain`,
  gatewayLogs: false,
  commands: mappings,
};
