/** The `apigw403` executable: Node's argv and streams into `main`. */
import { main } from './main.ts';
import { nodeIo } from './node-io.ts';

// `apigw403 analyze big.har | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), nodeIo());
