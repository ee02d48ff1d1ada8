import { curlCommand } from './curl.ts';
import { diagnosisFacts } from './diagnosis-facts.ts';
import { exchangeFacts } from './exchange-facts.ts';
import { RULES } from './rules/index.ts';
import {
  CAUSE_IDS,
  type Confidence,
  type Diagnosis,
  type Exchange,
  type OriginLayer,
  type RankedCause,
  type SessionContext,
} from './types.ts';

/** How close two scores must be for the best one to count as undecided between look-alikes. */
const LOOK_ALIKE_MARGIN = 12;

function confidenceOf(score: number): Confidence {
  return score >= 80 ? 'high' : score >= 55 ? 'medium' : 'low';
}

function distinguishKey(id: string): string {
  return `cause_${id.replace(/-/g, '_')}_distinguish`;
}

function rank(causes: Array<Omit<RankedCause, 'confidence'>>): RankedCause[] {
  const sorted = [...causes].sort(
    (a, b) => b.score - a.score || CAUSE_IDS.indexOf(a.id) - CAUSE_IDS.indexOf(b.id),
  );
  const [first, second] = sorted;
  const undecided =
    first !== undefined && second !== undefined && first.score - second.score < LOOK_ALIKE_MARGIN;
  return sorted.map((cause, index) => {
    const confidence = confidenceOf(cause.score);
    // Never one confident guess when a look-alike is nearly as likely.
    return {
      ...cause,
      confidence: index === 0 && undecided && confidence === 'high' ? 'medium' : confidence,
    };
  });
}

/**
 * What `classify` answers for an exchange it does not flag; also what the panel and the HAR pipeline give an
 * entry the pre-filter kept from `classify`. `origin`: which layer answered, when the caller has looked.
 */
export function unflaggedDiagnosis(exchange: Exchange, origin: OriginLayer = 'unknown'): Diagnosis {
  return { exchangeId: exchange?.id ?? '', flagged: false, origin, causes: [], facts: {} };
}

/** Ranks every cause whose rule matches; never throws (a broken exchange yields an unflagged diagnosis). */
export function classify(exchange: Exchange, context: SessionContext): Diagnosis {
  try {
    const analysis = exchangeFacts(exchange, context);
    if (analysis.endpoint.kind === 'aws-service' || exchange.status === 0) {
      return unflaggedDiagnosis(exchange, analysis.origin.layer);
    }
    const found = RULES.flatMap((rule) => {
      const finding = rule.match(analysis);
      return finding
        ? [
            {
              id: rule.id,
              score: finding.score,
              evidence: finding.evidence,
              distinguishKey: distinguishKey(rule.id),
            },
          ]
        : [];
    });
    const causes = rank(found);
    return {
      exchangeId: exchange.id,
      flagged: causes.length > 0,
      origin: analysis.origin.layer,
      causes,
      facts: causes.length > 0 ? { ...diagnosisFacts(analysis), curl: curlCommand(exchange) } : {},
    };
  } catch {
    return unflaggedDiagnosis(exchange);
  }
}
