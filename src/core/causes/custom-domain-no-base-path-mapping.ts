import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { KC, mappings } from './commands.ts';

export const model: CauseModel<'custom-domain-no-base-path-mapping'> = {
  id: 'custom-domain-no-base-path-mapping',
  // Basis: a custom domain whose base path is not mapped to the API/stage; recurring in reports.
  // Dev corpus: 4 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.02,
  layer: 'gateway',
  flavor: 'any',
  wire: { forbidden: 0.8, 'not-found': 0.1, 'missing-token': 0.05 },
  // An edge-optimized custom domain's CloudFront distribution, asked for by its own
  // *.cloudfront.net name, has no mapping for that host either.
  host: { custom: 0.91, 'cloudfront-net': 0.06 },
  weigh(a, o) {
    if (o.host !== 'custom' || o.firstSegment === undefined) return [];
    const segment = o.firstSegment;
    const worked = a.history.pathsThatWorked.map((p) => (p.split(' ')[1] ?? '').split('/')[1] ?? '');
    if (worked.includes(segment)) return [{ lr: 0.02 }];
    const weights: Weight[] = [{ lr: 1, fact: fact('path', 'base_path', `/${segment}`) }];
    if (worked.length > 0) {
      weights.push({
        lr: 10,
        fact: fact('context', 'other_base_paths_worked', `/${[...new Set(worked)].join(', /')}`),
      });
    }
    return weights;
  },
  wording: 'cause_custom_domain_no_base_path_mapping',
  docUrl: `${KC}/api-gateway-403-custom-domain`,
  gatewayLogs: false,
  commands: mappings,
};
