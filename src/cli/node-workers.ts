/**
 * The main thread's side of `analyze` on worker threads: each worker runs this same bundle (bin.ts starts
 * analyze-worker.ts when it is not the main thread), is told the command once, then is sent one input label at a
 * time and answers with that input's FileEvents.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Channel, type FileEvent, type FileThread, type WorkerTask } from './file-workers.ts';
import type { CliIo } from './io.ts';

function threadOf(worker: Worker): FileThread {
  return {
    run(label) {
      const channel = new Channel();
      const onMessage = (event: FileEvent) => {
        channel.push(event);
        if (event.type !== 'stdout' && event.type !== 'stderr') finish();
      };
      const onError = (error: Error) => {
        channel.push({ type: 'crash', message: error.message });
        finish();
      };
      const onExit = (code: number) => onError(new Error(`worker thread exited with code ${code}`));
      const finish = () => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        channel.end();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(label);
      return channel.drain();
    },
  };
}

export function nodeFileWorkers(script: URL): NonNullable<CliIo['fileWorkers']> {
  return {
    parallelism: availableParallelism(),
    start(threads: number, task: WorkerTask) {
      const workers = Array.from({ length: threads }, () => new Worker(script, { workerData: task }));
      return {
        threads: workers.map(threadOf),
        close: async () => {
          await Promise.all(workers.map((worker) => worker.terminate()));
        },
      };
    },
  };
}
