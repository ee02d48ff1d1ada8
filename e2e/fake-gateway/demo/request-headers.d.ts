/** Types of `request-headers.js`. */
import type { CaseRequest } from '../cases.d.mts';

/** `20261125T003000Z`, as SigV4 writes a date. */
export declare function amzDate(date: Date): string;

/** The headers the demo page sends for this request, dynamic values computed now. */
export declare function headersFor(request: CaseRequest): Record<string, string>;
