import { fact } from '../evidence-fact.ts';
import type { CauseModel, Weight } from '../model/cause-model.ts';
import { DOCS } from './commands.ts';
import { BARE_FORBIDDEN } from './shared.ts';

export const model: CauseModel<'invalid-stage'> = {
  id: 'invalid-stage',
  // Basis: a stage that does not exist, or no stage segment at all (the first resource segment is
  // then read as the stage); WebSocket management calls without the stage. Common in reports.
  // Dev corpus: 14 of 212 reports name it first (npm run eval -- --priors).
  prior: 0.063,
  layer: 'gateway',
  flavor: 'rest',
  wire: { ...BARE_FORBIDDEN, 'missing-token': 0.05 },
  host: { 'execute-api': 0.95, 'private-alias': 0.02, 'vpce-dns': 0.02, custom: 0.01 },
  // Reports of a wrong stage mostly show a resource name where the stage belongs (the stage left out),
  // seldom a stage-like word (a wrong case, a stage not deployed).
  stageLike: 0.2,
  weigh(a, o) {
    const stage = o.firstSegment;
    // HTTP APIs ($default stage) have no stage segment: their first segment is a route.
    if (o.host !== 'execute-api' || stage === undefined || o.fingerprint === 'http-ids') return [];
    const worked = a.history.stagesThatWorked;
    if (worked.includes(stage)) return [{ lr: 0.02 }];
    const weights: Weight[] = [{ lr: 1, fact: fact('path', 'stage_segment', stage) }];
    if (worked.length > 0)
      weights.push({ lr: 25, fact: fact('context', 'stages_worked', worked.join('", "')) });
    if (stage === '@connections') weights.push({ lr: 60, fact: fact('path', 'websocket_without_stage') });
    return weights;
  },
  wording: 'cause_invalid_stage',
  docUrl: `${DOCS}/how-to-call-api.html`,
  gatewayLogs: false,
  commands: (f) => [
    f.service === 'apigateway'
      ? `aws apigateway get-stages --rest-api-id ${f.api} --region ${f.region} --query 'item[].stageName'`
      : `aws apigatewayv2 get-stages --api-id ${f.api} --region ${f.region} --query 'Items[].StageName'`,
  ],
};
