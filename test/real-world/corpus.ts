/**
 * The real-world corpus as `apigw403 analyze` sees it, and the figures `npm run eval` prints. A case's
 * exchange holds only what the poster showed: it becomes a HAR entry with the missing parts left out,
 * which the HAR pipeline reads as unknown (never as an invented value); a body shown as "" is empty,
 * a body not shown is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CAUSE_MODELS } from '../../src/core/causes/index.ts';
import { exchangeFromHarEntry, recordGaps } from '../../src/core/exchange.ts';
import type { CauseId, Confidence, Diagnosis, Exchange } from '../../src/core/types.ts';
import { analyzeHar } from '../../src/har/pipeline.ts';
import type { Har, HarEntry } from '../../src/har/types.ts';

interface NameValue {
  name: string;
  value: string;
}

export interface RealWorldCase {
  source: string;
  kind: string;
  quote: string;
  exchange: {
    request?: { method?: string; url?: string; headers?: NameValue[] };
    response?: { status?: number; headers?: NameValue[]; body?: string };
  };
  causes: CauseId[];
  confidence: 'high' | 'medium';
  resolution?: string;
}

export interface LoadedCase {
  file: string;
  data: RealWorldCase;
}

export const CASES_DIR = new URL('./cases/', import.meta.url);

/** FNV-1a over the file name: stable across machines and orderings, so nobody picks the held-out cases. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A quarter of the corpus, chosen by file name, is held out: scored only at the end. */
export function isHeldOut(file: string): boolean {
  return fnv1a(basename(file)) % 4 === 0;
}

export type Split = 'dev' | 'holdout';

/** The cases of one split, by file name order. Held-out files are not even read for the dev split. */
export function loadCases(split: Split, dir: URL = CASES_DIR): LoadedCase[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files
    .filter((file) => isHeldOut(file) === (split === 'holdout'))
    .sort()
    .map((file) => ({
      file,
      data: JSON.parse(readFileSync(join(dir.pathname, file), 'utf8')) as RealWorldCase,
    }));
}

/**
 * The HAR document a case becomes, as `apigw403 analyze` would read it: a part the poster did not show
 * is left empty (no URL, no status, no headers) or absent (no body), and the pipeline reads those
 * gaps as unknown, exactly as it does for any record that lacks them.
 */
export function caseHar(data: RealWorldCase): Har {
  const request = data.exchange?.request ?? {};
  const response = data.exchange?.response ?? {};
  const entry: HarEntry = {
    startedDateTime: '',
    request: {
      method: request.method ?? '',
      url: request.url ?? '',
      httpVersion: 'HTTP/1.1',
      headers: request.headers ?? [],
    },
    response: {
      status: response.status ?? 0,
      statusText: '',
      httpVersion: 'HTTP/1.1',
      headers: response.headers ?? [],
      content: response.body === undefined ? { mimeType: '' } : { mimeType: '', text: response.body },
    },
  };
  return { log: { version: '1.2', creator: { name: 'real-world-corpus', version: '1' }, entries: [entry] } };
}

/** A case's exchange as the HAR pipeline reads it (its gaps unknown), for tests that classify it directly. */
export function caseExchange(data: RealWorldCase, index = 0): Exchange {
  const entry = caseHar(data).log.entries[0] as HarEntry;
  return exchangeFromHarEntry(entry, { index, id: `case:${index}`, unseen: recordGaps(entry) });
}

/** What the HAR pipeline (the CLI's, the analyzer page's) makes of one case: its exchange and diagnosis. */
export async function analyzeCase(
  data: RealWorldCase,
): Promise<{ exchange: Exchange; diagnosis: Diagnosis }> {
  for await (const item of analyzeHar({ text: JSON.stringify(caseHar(data)) })) {
    if (item.type === 'error') throw new Error(`${item.error.code} at ${item.error.path}`);
    if (item.type === 'entry') return { exchange: item.exchange, diagnosis: item.diagnosis };
  }
  throw new Error('the case made no HAR entry');
}

/** A case shows evidence when it names the host (URL or Host header), shows response headers, or a body. */
export function showsEvidence(data: RealWorldCase): boolean {
  const request = data.exchange?.request ?? {};
  const response = data.exchange?.response ?? {};
  const hostHeader = request.headers?.some((h) => /^(host|:authority)$/i.test(h.name)) ?? false;
  return (
    Boolean(request.url) ||
    hostHeader ||
    (response.headers?.length ?? 0) > 0 ||
    (response.body !== undefined && response.body !== '')
  );
}

export interface ScoredCase {
  file: string;
  expected: CauseId[];
  got: Array<{ id: CauseId; confidence: Confidence }>;
  top1: boolean;
  top3: boolean;
  /** The case shows a host, response headers or a body (else a bare status, or nothing). */
  evidence: boolean;
}

/** One case, analysed alone (a report is one exchange: there is no session around it). */
export async function scoreCase(loaded: LoadedCase): Promise<ScoredCase> {
  const { diagnosis } = await analyzeCase(loaded.data);
  const got = diagnosis.causes.map((c) => ({ id: c.id, confidence: c.confidence }));
  const expected = loaded.data.causes;
  // A report may resolve to several causes (e.g. a masked CORS error and the key behind it): naming any
  // of them first counts as right.
  const top1 = got[0] !== undefined && expected.includes(got[0].id);
  const top3 = got.slice(0, 3).some((c) => expected.includes(c.id));
  return { file: loaded.file, expected, got, top1, top3, evidence: showsEvidence(loaded.data) };
}

interface Tally {
  total: number;
  top1: number;
  top3: number;
}

export interface Figures extends Tally {
  /** Cases that show a host, response headers or a body, and those that show a bare status or nothing. */
  withEvidence: Tally;
  sparse: Tally;
  perCause: Array<{ id: CauseId; total: number; top1: number; top3: number }>;
  confusion: Array<{ expected: CauseId; got: CauseId | 'nothing'; count: number }>;
  calibration: Array<{ confidence: Confidence | 'none'; total: number; right: number }>;
  misses: ScoredCase[];
}

function tally(scored: ScoredCase[]): Tally {
  return {
    total: scored.length,
    top1: scored.filter((s) => s.top1).length,
    top3: scored.filter((s) => s.top3).length,
  };
}

export function figures(scored: ScoredCase[]): Figures {
  const perCause = new Map<CauseId, { total: number; top1: number; top3: number }>();
  const confusion = new Map<string, number>();
  const calibration = new Map<Confidence | 'none', { total: number; right: number }>();
  for (const s of scored) {
    const id = s.expected[0] as CauseId;
    const row = perCause.get(id) ?? { total: 0, top1: 0, top3: 0 };
    row.total += 1;
    row.top1 += s.top1 ? 1 : 0;
    row.top3 += s.top3 ? 1 : 0;
    perCause.set(id, row);
    if (!s.top1) {
      const key = `${id}\u0000${s.got[0]?.id ?? 'nothing'}`;
      confusion.set(key, (confusion.get(key) ?? 0) + 1);
    }
    const level = s.got[0]?.confidence ?? 'none';
    const cal = calibration.get(level) ?? { total: 0, right: 0 };
    cal.total += 1;
    cal.right += s.top1 ? 1 : 0;
    calibration.set(level, cal);
  }
  const levels: Array<Confidence | 'none'> = ['high', 'medium', 'low', 'none'];
  return {
    ...tally(scored),
    withEvidence: tally(scored.filter((s) => s.evidence)),
    sparse: tally(scored.filter((s) => !s.evidence)),
    perCause: [...perCause.entries()]
      .map(([id, row]) => ({ id, ...row }))
      .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id)),
    confusion: [...confusion.entries()]
      .map(([key, count]) => {
        const [expected, got] = key.split('\u0000') as [CauseId, CauseId | 'nothing'];
        return { expected, got, count };
      })
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected)),
    calibration: levels.flatMap((confidence) => {
      const cal = calibration.get(confidence);
      return cal ? [{ confidence, ...cal }] : [];
    }),
    misses: scored.filter((s) => !s.top1),
  };
}

export async function evaluate(split: Split, dir: URL = CASES_DIR): Promise<Figures> {
  const scored: ScoredCase[] = [];
  for (const loaded of loadCases(split, dir)) scored.push(await scoreCase(loaded));
  return figures(scored);
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The report `npm run eval` prints (plain text, one table per figure). */
export function formatFigures(split: Split, f: Figures, showMisses: boolean): string {
  const lines: string[] = [];
  lines.push(`Real-world corpus, ${split} split: ${f.total} cases`);
  lines.push(`top-1 ${f.top1}/${f.total} (${percent(f.top1, f.total)})`);
  lines.push(`top-3 ${f.top3}/${f.total} (${percent(f.top3, f.total)})`);
  for (const [label, part] of [
    ['showing a host, response headers or a body', f.withEvidence],
    ['showing a bare status or nothing', f.sparse],
  ] as const) {
    lines.push(
      `  ${label}: ${part.total} cases, top-1 ${part.top1} (${percent(part.top1, part.total)}), top-3 ${part.top3} (${percent(part.top3, part.total)})`,
    );
  }
  lines.push('', 'Per cause (first resolved cause of the case):');
  lines.push('  cause                                  cases  top-1  top-3');
  for (const row of f.perCause) {
    lines.push(
      `  ${row.id.padEnd(38)} ${String(row.total).padStart(5)}  ${String(row.top1).padStart(5)}  ${String(row.top3).padStart(5)}`,
    );
  }
  lines.push('', 'Confusion (expected → ranked first instead):');
  if (f.confusion.length === 0) lines.push('  none');
  for (const c of f.confusion) lines.push(`  ${String(c.count).padStart(3)} × ${c.expected} → ${c.got}`);
  lines.push('', 'Calibration (confidence of the first cause → how often it was right):');
  for (const c of f.calibration) {
    lines.push(
      `  ${c.confidence.padEnd(6)} ${String(c.right).padStart(3)}/${String(c.total).padEnd(3)} ${percent(c.right, c.total)}`,
    );
  }
  if (showMisses) {
    lines.push('', 'Misses:');
    for (const m of f.misses) {
      const got = m.got
        .slice(0, 3)
        .map((g) => `${g.id} (${g.confidence})`)
        .join(', ');
      const bare = m.evidence ? '' : ' [bare status or nothing]';
      lines.push(`  ${m.file}${bare}: expected ${m.expected.join(' | ')}; got ${got || 'nothing'}`);
    }
  }
  return lines.join('\n');
}

/**
 * Pseudo-reports every cause gets before the corpus is counted (Jeffreys' ½): a cause without a report
 * keeps a small chance, and the prior does not drift towards whatever the units said before.
 */
export const PRIOR_PSEUDO_REPORTS = 0.5;

/**
 * The prior of each exclusive cause from a split: (reports naming it first + ½) / (reports + ½ × causes).
 * The units state these figures (`prior`), with the counts they come from.
 */
export function suggestedPriors(
  split: Split = 'dev',
): Array<{ id: CauseId; reports: number; total: number; current: number; suggested: number }> {
  const cases = loadCases(split);
  const exclusive = CAUSE_MODELS.filter((m) => m.coCause === undefined);
  const counts = new Map<CauseId, number>();
  for (const c of cases) {
    const first = c.data.causes.find((id) => exclusive.some((m) => m.id === id));
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const denominator = total + PRIOR_PSEUDO_REPORTS * exclusive.length;
  return exclusive
    .map((m) => {
      const reports = counts.get(m.id) ?? 0;
      const suggested = (reports + PRIOR_PSEUDO_REPORTS) / denominator;
      return { id: m.id, reports, total, current: m.prior, suggested };
    })
    .sort((a, b) => b.suggested - a.suggested || a.id.localeCompare(b.id));
}

/** The floor `npm test` holds the dev split to, as recorded in test/real-world/README.md. */
export function recordedFloor(readme: string): { top1: number; top3: number } | undefined {
  const match = /Floor on the dev split: top-1 ≥ (\d+(?:\.\d+)?)%, top-3 ≥ (\d+(?:\.\d+)?)%/.exec(readme);
  return match ? { top1: Number(match[1]), top3: Number(match[2]) } : undefined;
}
