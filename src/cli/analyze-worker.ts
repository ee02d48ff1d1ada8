/**
 * A worker thread of `analyze` over many files (node-workers.ts starts it): analyses the inputs it is sent, one
 * at a time, and posts what the main thread would have written, in order, as FileEvents.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile } from './analyze.ts';
import type { FileEvent, WorkerTask } from './file-workers.ts';
import type { CliIo } from './io.ts';
import { translatorFor } from './locales.ts';
import { nodeIo } from './node-io.ts';

/** Report text sent to the main thread at a time: small enough to keep jsonl streaming, big enough to be cheap. */
const STDOUT_BATCH_CHARS = 64 * 1024;

export function serveAnalyzeWorker(): void {
  const port = parentPort;
  if (!port) return;
  const { command, stdoutIsTTY } = workerData as WorkerTask;
  const t = translatorFor(command.lang);
  // A message per report line costs more than the line: stdout is sent in batches, and before anything else.
  let pending = '';
  const flush = () => {
    if (pending !== '') port.postMessage({ type: 'stdout', text: pending } satisfies FileEvent);
    pending = '';
  };
  const post = (event: FileEvent) => {
    flush();
    port.postMessage(event);
  };
  const io: CliIo = {
    ...nodeIo(),
    stdout: {
      write: (text) => {
        pending += text;
        if (pending.length >= STDOUT_BATCH_CHARS) flush();
      },
      isTTY: stdoutIsTTY,
    },
    // Progress lines would interleave between files: only the main thread's stderr is a terminal.
    stderr: { write: (text) => post({ type: 'stderr', text }), isTTY: false },
  };
  port.on('message', (label: string) => {
    analyzeFile(label, command, io, t, true).then(post, (error: unknown) =>
      post({ type: 'crash', message: error instanceof Error ? error.message : String(error) }),
    );
  });
}
