/**
 * `npm run package` (builds first): zips dist/ into apigw403-<version>.zip (Chrome Web Store, or "Load unpacked"
 * after extracting) and packs dist-firefox/ with web-ext into apigw403-<version>-firefox.zip (addons.mozilla.org
 * for signing, or about:debugging → "Load Temporary Add-on…").
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';
import { zipFiles } from './zip.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;

/** @param {string} dir @returns {Promise<string[]>} */
const filesUnder = async (dir) => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
};

/** @param {string} dir */
const requireBuilt = async (dir) => {
  const manifest = await readFile(join(root, dir, 'manifest.json'), 'utf8').catch(() => null);
  if (manifest === null) {
    process.stderr.write(
      `${dir}/manifest.json not found: run \`npm run build\` first (npm run package does).\n`,
    );
    process.exit(1);
  }
};

await requireBuilt('dist');
await requireBuilt('dist-firefox');

const dist = join(root, 'dist');
const paths = (await filesUnder(dist)).sort();
const files = await Promise.all(
  paths.map(async (path) => ({
    name: relative(dist, path).split(sep).join('/'),
    data: await readFile(path),
  })),
);
const zip = zipFiles(files);
const chromeOut = join(root, `apigw403-${version}.zip`);
await writeFile(chromeOut, zip);
process.stdout.write(`${relative(root, chromeOut)}: ${files.length} files, ${zip.length} bytes\n`);

const firefoxName = `apigw403-${version}-firefox.zip`;
const { extensionPath } = await webExt.cmd.build(
  {
    sourceDir: join(root, 'dist-firefox'),
    artifactsDir: root,
    filename: firefoxName,
    overwriteDest: true,
  },
  { showReadyMessage: false },
);
process.stdout.write(`${relative(root, extensionPath)}: Firefox package (web-ext build)\n`);
