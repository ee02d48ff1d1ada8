/**
 * har-validator 5.1.5 behind har/'s validator interface. Pinned: upstream marked the package
 * deprecated ("no longer supported") after 5.1.5, it still validates HAR 1.2 correctly, and newer
 * forks change the error shape. It rejects with `{errors}` (ajv 6, allErrors) on invalid input.
 */
import { createRequire } from 'node:module';
import type { HarSchemaValidator, SchemaError } from '../har/index.ts';

interface HarValidatorModule {
  har(data: unknown): Promise<unknown>;
  entry(data: unknown): Promise<unknown>;
}

async function errorsOf(check: Promise<unknown>): Promise<SchemaError[]> {
  try {
    await check;
    return [];
  } catch (error) {
    const errors = (error as { errors?: unknown }).errors;
    return Array.isArray(errors) ? (errors as SchemaError[]) : [{ message: String(error) }];
  }
}

/** The validator, or undefined when the package is not installed (validation is a nicety, not a need). */
export function loadHarValidator(): HarSchemaValidator | undefined {
  let module: HarValidatorModule;
  try {
    module = createRequire(import.meta.url)('har-validator') as HarValidatorModule;
  } catch {
    return undefined;
  }
  return {
    log: (har) => errorsOf(module.har(har)),
    entry: (entry) => errorsOf(module.entry(entry)),
  };
}
