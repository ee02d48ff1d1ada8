/** The version stamped into annotated HARs (CLI, library) and printed by `--version`: package.json's, inlined at build. */
import packageJson from '../../package.json';

export const VERSION: string = packageJson.version;
