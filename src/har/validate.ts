/**
 * Lenient schema validation. har-validator (ajv 6 over har-schema) compiles its schemas with
 * `new Function`, which extension pages forbid, and it is a Node package: so har/ does not import
 * it. Callers that can run it (the CLI) pass it in; its findings become warnings, never refusals,
 * because strict HAR schemas reject real browser files (missing `cache`, zone-less dates, …).
 * Log and entries are validated separately so the streaming reader can do it entry by entry.
 */
import { type HarWarning, WarningTally } from './issues.ts';
import type { HarLogHead } from './read.ts';
import type { HarEntry } from './types.ts';

/** The fields of an ajv 6 error we use (har-validator rejects with `{errors: AjvError[]}`). */
export interface SchemaError {
  dataPath?: string;
  keyword?: string;
  message?: string;
  params?: { missingProperty?: string };
}

export interface HarSchemaValidator {
  /** Validates `{log}` whose `entries` is empty. */
  log(har: { log: HarLogHead & { entries: [] } }): Promise<SchemaError[]>;
  entry(entry: HarEntry): Promise<SchemaError[]>;
}

/** Properties whose absence the reader already reports as a quirk of its own. */
const QUIRK_PROPERTIES = new Set(['cache', 'timings', 'version', 'creator', 'startedDateTime', 'headers']);

function isKnownQuirk(error: SchemaError): boolean {
  if (error.keyword === 'required') return QUIRK_PROPERTIES.has(error.params?.missingProperty ?? '');
  return (error.dataPath ?? '').endsWith('.startedDateTime');
}

/** Schema nits of one file, each kind listed once with a count. */
export class SchemaWarnings {
  readonly #tally = new WarningTally();
  readonly #validator: HarSchemaValidator;

  constructor(validator: HarSchemaValidator) {
    this.#validator = validator;
  }

  async checkLog(log: HarLogHead): Promise<void> {
    this.#add(await this.#validator.log({ log: { ...log, entries: [] } }), '');
  }

  async checkEntry(entry: HarEntry, index: number): Promise<void> {
    this.#add(await this.#validator.entry(entry), `.log.entries[${index}]`);
  }

  list(): HarWarning[] {
    return this.#tally.list();
  }

  #add(errors: SchemaError[], prefix: string): void {
    for (const error of errors) {
      if (isKnownQuirk(error)) continue;
      const path = `${prefix}${error.dataPath ?? ''}`.replace(/^\./, '') || '$';
      // Grouping by the path with indices erased lists "every entry lacks X" once, with a count.
      const detail = `${path.replace(/\[\d+\]/g, '[*]')}: ${error.message ?? error.keyword ?? 'invalid'}`;
      this.#tally.add('schema', path, detail);
    }
  }
}
