/**
 * `import { diagnose } from 'apigw403'`: the package's library entry. Pure (no Node, browser or
 * React import), so it runs in Node, in a browser and in test runners alike.
 */
export type {
  CauseId,
  Confidence,
  Diagnosis,
  DiagnosisFacts,
  Evidence,
  OriginLayer,
  RankedCause,
} from '../core/index.ts';
export type { HarEntry } from '../har/index.ts';
export type { InputFormat, InputHints } from '../inputs/index.ts';
export {
  DiagnoseError,
  type DiagnoseErrorCode,
  type DiagnoseInput,
  type DiagnoseOptions,
  diagnose,
  type HeadersLike,
  type Readable,
  type RequestLike,
  type ResponseLike,
} from './diagnose.ts';
