/**
 * Two ways into a HAR with the same outcome: `readHarText` for a file that fits in one string
 * (one `JSON.parse`, fastest), `readHarStream` for any size (entry by entry, bounded memory).
 * Both run the same checks in the same order, and neither throws: problems come back as values.
 */
import { checkEntry, checkLog } from './check.ts';
import { type HarError, type HarWarning, WarningTally } from './issues.ts';
import { depthExceededAt, ENTRY_DEPTH, MAX_NESTING, pathAt } from './nesting.ts';
import { type HarChunk, HarScanner, syntaxDetail } from './scanner.ts';
import type { Har, HarEntry, HarLog } from './types.ts';

export type HarReadResult = { ok: true; har: Har; warnings: HarWarning[] } | { ok: false; error: HarError };

/** The log's own fields; its entries arrive one at a time. */
export type HarLogHead = Omit<HarLog, 'entries'>;

export type HarStreamItem =
  | { type: 'entry'; index: number; entry: HarEntry }
  | { type: 'end'; log: HarLogHead; warnings: HarWarning[] }
  | { type: 'error'; error: HarError };

/** Where the JSON went wrong, found by re-reading the text with the scanner (it knows the path). */
function locateSyntaxError(text: string, parseError: unknown): HarError {
  const scanner = new HarScanner();
  scanner.push(text);
  scanner.end();
  return scanner.error ?? { code: 'not-json', path: '$', detail: syntaxDetail(parseError) };
}

export function readHarText(withBom: string): HarReadResult {
  const text = withBom.charCodeAt(0) === 0xfeff ? withBom.slice(1) : withBom;
  if (text.trim() === '') return { ok: false, error: { code: 'empty', path: '$' } };
  const deepAt = depthExceededAt(text, ENTRY_DEPTH + MAX_NESTING);
  if (deepAt >= 0) {
    const path = pathAt(text, deepAt, '$', ENTRY_DEPTH + 1);
    return { ok: false, error: { code: 'too-deep', path, detail: String(MAX_NESTING) } };
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: locateSyntaxError(text, error) };
  }
  const tally = new WarningTally();
  const logError = checkLog(root, tally);
  if (logError) return { ok: false, error: logError };
  const har = root as Har;
  for (const [index, entry] of har.log.entries.entries()) {
    const entryError = checkEntry(entry, index, tally);
    if (entryError) return { ok: false, error: entryError };
  }
  return { ok: true, har, warnings: tally.list() };
}

/** Checked entries the scanner completed, then its error if it has one. */
function* takeChecked(scanner: HarScanner, tally: WarningTally): Generator<HarStreamItem> {
  for (const { index, value } of scanner.takeEntries()) {
    const entryError = checkEntry(value, index, tally);
    if (entryError) {
      yield { type: 'error', error: entryError };
      return;
    }
    yield { type: 'entry', index, entry: value as HarEntry };
  }
  if (scanner.error) yield { type: 'error', error: scanner.error };
}

/**
 * Reads a HAR from chunks (strings, or UTF-8 bytes split anywhere). Yields each entry once it is
 * complete and checked, then `end` with the log's other fields and the warnings — or one `error`, last.
 */
export async function* readHarStream(
  chunks: AsyncIterable<HarChunk> | Iterable<HarChunk>,
): AsyncGenerator<HarStreamItem> {
  const scanner = new HarScanner();
  const tally = new WarningTally();
  for await (const chunk of chunks) {
    scanner.push(chunk);
    for (const item of takeChecked(scanner, tally)) {
      yield item;
      if (item.type === 'error') return;
    }
  }
  const skeleton = scanner.end();
  for (const item of takeChecked(scanner, tally)) {
    yield item;
    if (item.type === 'error') return;
  }
  const logError = checkLog(skeleton, tally);
  if (logError) {
    yield { type: 'error', error: logError };
    return;
  }
  const { entries: _entries, ...log } = (skeleton as Har).log;
  yield { type: 'end', log, warnings: tally.list() };
}
