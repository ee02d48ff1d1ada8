import type { CauseModel } from '../model/cause-model.ts';
import { KC, redeploy } from './commands.ts';

export const model: CauseModel<'cors-masked-403'> = {
  id: 'cors-masked-403',
  // Basis: page code sees only "CORS error" because gateway responses lack CORS headers; it comes
  // with a real cause behind it, listed beside it (the prior is unused: see coCause).
  prior: 0.03,
  layer: 'gateway',
  flavor: 'any',
  wire: {},
  // Whenever a cross-origin error lacks access-control-allow-origin, page code sees a CORS error: that
  // is certain, so it comes first, the real cause right below it.
  coCause: 0.99,
  wording: 'cause_cors_masked_403',
  docUrl: `${KC}/api-gateway-cors-errors`,
  gatewayLogs: true,
  commands: (f) => [
    `aws apigateway put-gateway-response --rest-api-id ${f.api} --response-type DEFAULT_4XX --response-parameters gatewayresponse.header.Access-Control-Allow-Origin="'*'" --region ${f.region}`,
    redeploy(f),
  ],
};
