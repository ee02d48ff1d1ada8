/** Types of the bench generator for TypeScript tests that generate a file with it. */
export interface GeneratedManifest {
  entries: number;
  bytes: number;
  /** [index in log.entries, cause the entry was built to exhibit] */
  planted: Array<[number, string]>;
}

export function generateHar(options: {
  entries: number;
  targetMb: number;
  out: string;
  seed?: string;
  indent?: number;
}): Promise<GeneratedManifest>;
