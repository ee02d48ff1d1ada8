/**
 * The `apigw403` executable: Node's argv and streams into `main`. The same file is the worker thread of
 * `analyze` over many files (node-workers.ts starts it again as one), so the bundle stays one file.
 */
import { isMainThread } from 'node:worker_threads';
import { serveAnalyzeWorker } from './analyze-worker.ts';
import { main } from './main.ts';
import { nodeIo } from './node-io.ts';
import { nodeFileWorkers } from './node-workers.ts';

if (isMainThread) {
  // `apigw403 analyze big.har | head` closes our stdout early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2), {
    ...nodeIo(),
    fileWorkers: nodeFileWorkers(new URL(import.meta.url)),
  });
} else {
  serveAnalyzeWorker();
}
