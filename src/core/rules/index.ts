import { authorizerRules } from './authorizer.ts';
import { backendRules } from './backend.ts';
import { corsRules } from './cors.ts';
import { forbiddenRules } from './forbidden.ts';
import { frontLayerRules } from './front-layers.ts';
import { iamRules } from './iam.ts';
import { incompleteSignatureRules } from './incomplete-signature.ts';
import { jwtAuthorizerRules } from './jwt-authorizer.ts';
import { missingTokenRules } from './missing-token.ts';
import type { Rule } from './rule.ts';
import { securityTokenRules } from './security-token.ts';
import { signatureRules } from './signature.ts';
import { wafRules } from './waf.ts';

/** Every rule, one per cause id. */
export const RULES: readonly Rule[] = [
  ...authorizerRules,
  ...jwtAuthorizerRules,
  ...iamRules,
  ...securityTokenRules,
  ...signatureRules,
  ...missingTokenRules,
  ...incompleteSignatureRules,
  ...forbiddenRules,
  ...wafRules,
  ...frontLayerRules,
  ...backendRules,
  ...corsRules,
];
