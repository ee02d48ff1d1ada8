/** Preload for systems without GNU time: the child reports its own peak RSS on exit. */
import { RSS_MARKER } from './measure.mjs';

process.on('exit', () => {
  process.stderr.write(`\n${RSS_MARKER}${process.resourceUsage().maxRSS}\n`);
});
