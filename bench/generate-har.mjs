#!/usr/bin/env node
/**
 * Deterministic HAR generator for the benchmarks.
 *   node bench/generate-har.mjs --entries N --target-mb M --out FILE [--seed S] [--indent 0|2]
 * Writes FILE and FILE.manifest.json (what went in: counts per
 * cause and per kind). The file is streamed, so a 650 MB file never exists as one string.
 */
import { once } from 'node:events';
import { createWriteStream, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createBodyText } from './lib/body-text.mjs';
import { GATEWAY_SCENARIOS } from './lib/gateway-scenarios.mjs';
import { blockedRequestEntry, toHarEntry } from './lib/har-entry.mjs';
import { MEAN_ORDINARY_WEIGHT, pickOrdinaryKind } from './lib/ordinary-traffic.mjs';
import { createRng } from './lib/prng.mjs';
import { createCredentials } from './lib/wire.mjs';

/** Bump when the output for a given seed changes, so cached bench files are regenerated. */
export const GENERATOR_VERSION = 3;
export const GATEWAY_SHARE = 0.05;
const MB = 1_000_000;
const MAX_BODY_BYTES = 4 * MB;
const CHUNK_BYTES = 1 << 20;
const STARTED_MS = Date.UTC(2026, 10, 24, 10, 0, 0);

function header(seed) {
  const page = {
    startedDateTime: new Date(STARTED_MS).toISOString(),
    id: 'page_1',
    title: `https://demo.apigw403.test/shop (bench seed ${seed})`,
    pageTimings: { onContentLoad: 812, onLoad: 1490 },
  };
  const pages = JSON.stringify([page], null, 2).replaceAll('\n', '\n    ');
  return `{\n  "log": {\n    "version": "1.2",\n    "creator": {\n      "name": "WebInspector",\n      "version": "537.36"\n    },\n    "pages": ${pages},\n    "entries": [\n`;
}
const FOOTER = '\n    ]\n  }\n}\n';

/** Compact by default; `indent: 2` writes what Chrome's export looks like (about twice the bytes per entry). */
function entrySerializer(indent) {
  if (!indent) return (entry) => JSON.stringify(entry);
  const prefix = ' '.repeat(6);
  return (entry) => prefix + JSON.stringify(entry, null, indent).replaceAll('\n', `\n${prefix}`);
}

function gatewayBodyMode(rng) {
  const roll = rng.next();
  if (roll < 0.15) return 'base64';
  if (roll < 0.25) return 'absent';
  return 'text';
}

/** Yields serialized entries and keeps the running counts the manifest reports. */
function* entries({ count, targetBytes, rng, manifest, serializeEntry }) {
  const text = createBodyText(rng);
  const credentials = createCredentials(rng, STARTED_MS);
  let written = 0;
  let overheadPerEntry = 1500;
  let ms = STARTED_MS;
  let flaggedSoFar = 0;
  for (let produced = 0; produced < count; ) {
    ms += rng.int(250);
    if (rng.chance(GATEWAY_SHARE)) {
      const scenario = GATEWAY_SCENARIOS[flaggedSoFar % GATEWAY_SCENARIOS.length];
      flaggedSoFar += 1;
      const spec = scenario.build(rng);
      const entry = toHarEntry(spec, { ms, rng, bodyMode: gatewayBodyMode(rng) });
      manifest.gateway[scenario.cause] = (manifest.gateway[scenario.cause] ?? 0) + 1;
      manifest.planted.push([produced, scenario.cause]);
      const serialized = serializeEntry(entry);
      written += serialized.length + 2;
      produced += 1;
      yield serialized;
      if (spec.blockedFollowUp && produced < count) {
        manifest.blockedFollowUps += 1;
        const blocked = serializeEntry(blockedRequestEntry(entry, ms + 1));
        written += blocked.length + 2;
        produced += 1;
        yield blocked;
      }
      continue;
    }
    const remaining = count - produced;
    const bodyBudget = Math.max((targetBytes - written) / remaining - overheadPerEntry, 0);
    const kind = pickOrdinaryKind(rng);
    const bodyBytes = Math.min(
      Math.round((bodyBudget / MEAN_ORDINARY_WEIGHT) * kind.weight * rng.logNormalUnitMean(1)),
      MAX_BODY_BYTES,
    );
    const spec = kind.build(rng, bodyBytes, text, credentials);
    const serialized = serializeEntry(toHarEntry(spec, { ms, rng }));
    const bodyLength = spec.body?.text.length ?? 0;
    overheadPerEntry = overheadPerEntry * 0.99 + Math.max(serialized.length - bodyLength, 0) * 0.01;
    manifest.ordinary[kind.name] = (manifest.ordinary[kind.name] ?? 0) + 1;
    written += serialized.length + 2;
    produced += 1;
    yield serialized;
  }
}

export async function generateHar({ entries: count, targetMb, out, seed = 'apigw403', indent = 0 }) {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--entries must be a positive integer, got ${count}`);
  if (!(targetMb > 0)) throw new Error(`--target-mb must be a positive number, got ${targetMb}`);
  const rng = createRng(seed);
  const manifest = {
    generatorVersion: GENERATOR_VERSION,
    seed: String(seed),
    entries: count,
    targetMb,
    indent,
    bytes: 0,
    gateway: {},
    /** [index in log.entries, cause the entry was built to exhibit] */
    planted: [],
    blockedFollowUps: 0,
    ordinary: {},
  };
  const stream = createWriteStream(out);
  const failed = once(stream, 'error').then(([error]) => {
    throw error;
  });
  const write = async (chunk) => {
    manifest.bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
  };
  await write(header(seed));
  let pending = [];
  let pendingLength = 0;
  let first = true;
  for (const serialized of entries({
    count,
    targetBytes: targetMb * MB,
    rng,
    manifest,
    serializeEntry: entrySerializer(indent),
  })) {
    pending.push(first ? serialized : `,\n${serialized}`);
    pendingLength += serialized.length;
    first = false;
    if (pendingLength >= CHUNK_BYTES) {
      await write(pending.join(''));
      pending = [];
      pendingLength = 0;
    }
  }
  await write(`${pending.join('')}${FOOTER}`);
  stream.end();
  await Promise.race([once(stream, 'finish'), failed]);
  manifest.gatewayEntries = manifest.planted.length;
  writeFileSync(`${out}.manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function main() {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string' },
      'target-mb': { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: 'apigw403' },
      indent: { type: 'string', default: '0' },
    },
  });
  if (!values.entries || !values['target-mb'] || !values.out) {
    process.stderr.write(
      'usage: node bench/generate-har.mjs --entries N --target-mb M --out FILE [--seed S] [--indent 0|2]\n',
    );
    return 2;
  }
  const manifest = await generateHar({
    entries: Number(values.entries),
    targetMb: Number(values['target-mb']),
    out: values.out,
    seed: values.seed,
    indent: Number(values.indent),
  });
  process.stdout.write(
    `${values.out}: ${manifest.entries} entries, ${(manifest.bytes / MB).toFixed(1)} MB, ${manifest.gatewayEntries} API Gateway 4xx over ${Object.keys(manifest.gateway).length} causes\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`generate-har: ${error.message}\n`);
      process.exitCode = 2;
    },
  );
}
