/**
 * `npm run package`: zips the built extension (dist/) into apigw403-<version>.zip, ready for the Chrome Web Store
 * or "Load unpacked" after extracting. `npm run package` builds first.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFiles } from './zip.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');

/** @param {string} dir @returns {Promise<string[]>} */
const filesUnder = async (dir) => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
};

const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8').catch(() => 'null'));
if (manifest === null) {
  process.stderr.write('dist/manifest.json not found: run `npm run build` first (npm run package does).\n');
  process.exit(1);
}
const version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;
const paths = (await filesUnder(dist)).sort();
const files = await Promise.all(
  paths.map(async (path) => ({
    name: relative(dist, path).split(sep).join('/'),
    data: await readFile(path),
  })),
);
const zip = zipFiles(files);
const out = join(root, `apigw403-${version}.zip`);
await writeFile(out, zip);
process.stdout.write(`${relative(root, out)}: ${files.length} files, ${zip.length} bytes\n`);
