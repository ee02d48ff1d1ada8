/** What `apigw403 confirm` learns from the account, in words the renderers and the ranking share. */
import type { CauseId } from '../core/index.ts';

/**
 * confirmed: the account shows this cause. ruled-out: the account shows it cannot be. consistent:
 * the setting it needs is there, but only a log line would prove it. could-not-check: the call failed
 * (access denied names the IAM action) or a fact was missing.
 */
export type Verdict = 'confirmed' | 'ruled-out' | 'consistent' | 'could-not-check';

export const CHECKS = [
  'api',
  'custom-domain',
  'stage',
  'method',
  'authorizer',
  'api-key',
  'resource-policy',
  'vpc-endpoint',
  'vpc-private-dns',
  'waf',
  'execution-log',
  'access-log',
] as const;
export type CheckId = (typeof CHECKS)[number];

/** One thing a check found: a locale message, the causes it bears on, and AWS's own words. */
export interface Finding {
  check: CheckId;
  /** `confirm_<key>` in the locale files, with its substitutions. */
  key: string;
  substitutions: string[];
  effects: Partial<Record<CauseId, Verdict>>;
  /** Lines quoted verbatim from AWS (log lines, policy statements, settings). */
  quotes?: string[];
  /** On access denied: the IAM action the caller lacks. */
  missingAction?: string;
}

/** A cause after confirmation: its verdict (if a check spoke to it) and the findings that did. */
export interface ConfirmedCause {
  id: CauseId;
  confidence: 'high' | 'medium' | 'low';
  verdict?: Verdict;
  findings: Finding[];
}

export interface ResolvedApi {
  id: string;
  region: string;
  type?: 'REST' | 'HTTP' | 'WEBSOCKET';
  stage?: string;
  /** The path inside the stage (after the stage on execute-api hosts, after the base path on custom domains). */
  resourcePath: string;
}

export interface ConfirmedEntry {
  index: number;
  method: string;
  url: string;
  status: number;
  api?: ResolvedApi;
  causes: ConfirmedCause[];
  findings: Finding[];
  /** Lines about the run itself (a region mismatch, a fact we had to guess). */
  notes: Array<{ key: string; substitutions: string[] }>;
}
