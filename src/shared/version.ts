/**
 * The version stamped into annotated HARs (CLI, library) and printed by `--version`: package.json's,
 * inlined at build (only this field: the bundles carry nothing else of package.json).
 */
import { version } from '../../package.json';

export const VERSION: string = version;
