/** The public API of inputs/: readers beside HAR, each producing HAR entries core can analyse. */
export { harTextOf } from './har-text.ts';
export { detectFormat, readInput } from './read.ts';
export {
  INPUT_FORMATS,
  type InputFormat,
  type InputHints,
  type InputRead,
  isInputFormat,
  type MissingPart,
  type ReadExchange,
  type TranscriptFormat,
} from './types.ts';
