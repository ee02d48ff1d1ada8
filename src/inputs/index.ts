/** The public API of inputs/: readers beside HAR, each producing HAR entries core can analyse. */
export { type ExchangeParts, toExchange } from './message.ts';
export { detectFormat, readInput } from './read.ts';
export {
  formatName,
  harOfExchanges,
  missingParts,
  type TextSource,
  type TextSourceOptions,
  type Transcript,
  textSource,
  transcriptNotes,
} from './source.ts';
export {
  INPUT_FORMATS,
  type InputFormat,
  type InputHints,
  type InputRead,
  isInputFormat,
  type MissingPart,
  type ReadExchange,
  type TranscriptFormat,
  unseenOf,
} from './types.ts';
