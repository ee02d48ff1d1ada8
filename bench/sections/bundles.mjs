/**
 * (e) Bundle sizes: each entry point with every file it imports (static and dynamic, CSS from its
 * HTML), raw and gzip (zlib level 9). The worker has a budget the bench enforces.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { check, row, VERDICT } from '../lib/report.mjs';

export const WORKER_BUDGET_GZIP_BYTES = 150 * 1024;

const HTML_REFERENCE = /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g;
const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.(?:m?js|css))["'`]/g;

/** Every file an entry point loads, following relative and root-absolute references inside `root`. */
export function closure(root, entry) {
  const seen = new Set();
  const pending = [resolve(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!/\.(?:html|m?js)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const pattern = file.endsWith('.html') ? HTML_REFERENCE : JS_IMPORT;
    for (const [, reference] of text.matchAll(pattern)) {
      if (/^[a-z-]+:/.test(reference)) continue;
      pending.push(reference.startsWith('/') ? join(root, reference) : resolve(dirname(file), reference));
    }
  }
  return [...seen];
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function entryPoints(root) {
  const distDir = join(root, 'dist');
  const points = [];
  const manifestFile = join(distDir, 'manifest.json');
  const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : {};
  points.push({ name: 'worker', dir: distDir, entry: manifest.background?.service_worker });
  points.push({ name: 'devtools page', dir: distDir, entry: manifest.devtools_page });
  points.push({ name: 'panel', dir: distDir, entry: 'src/panel/index.html' });
  points.push({ name: 'analyzer page', dir: distDir, entry: 'src/analyzer/index.html' });
  points.push({ name: 'CLI', dir: join(root, 'dist-cli'), entry: 'apigw403.mjs' });
  return points;
}

/** Returns the rows and whether the worker budget held (the bench exits non-zero when it did not). */
export function measureBundles(root) {
  const rows = [];
  let workerWithinBudget = true;
  for (const point of entryPoints(root)) {
    const figure = `${point.name} bundle, gzip (raw)`;
    const entryFile = point.entry ? join(point.dir, point.entry) : undefined;
    if (!entryFile || !existsSync(entryFile)) {
      const missing = point.entry
        ? relative(root, join(point.dir, point.entry))
        : `${relative(root, point.dir)}/manifest.json entry`;
      rows.push(
        row(
          'e',
          figure,
          point.name === 'worker' ? '≤ 150 KB' : undefined,
          `not built: ${missing} missing (npm run build)`,
          VERDICT.skipped,
        ),
      );
      continue;
    }
    const files = closure(point.dir, point.entry);
    const { raw, gzip } = sizes(files);
    const measured = `${kb(gzip)} (${kb(raw)}, ${files.length} files)`;
    if (point.name === 'worker') {
      workerWithinBudget = gzip <= WORKER_BUDGET_GZIP_BYTES;
      rows.push(row('e', figure, '≤ 150 KB', measured, check(workerWithinBudget)));
    } else {
      rows.push(row('e', figure, undefined, measured));
    }
  }
  return { rows, workerWithinBudget };
}
