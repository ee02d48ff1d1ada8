/**
 * What `npm pack` ships: the CLI and the library with its declarations, nothing else (no sources,
 * tests, fixtures or examples), and both usable from the packed layout: the CLI runs, `import
 * { diagnose } from 'apigw403'` resolves through "exports" in Node, in TypeScript, and in README's
 * example, run as written in a real Playwright test.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/fixtures/chromium.mjs';
import { diagnose } from '../../src/lib/index.ts';
import { type BuiltPackage, buildPackage, repoRoot, run } from './built-package.ts';

let built: BuiltPackage;
beforeAll(async () => {
  built = await buildPackage();
}, 180_000);
afterAll(() => built?.remove());

interface PackJson {
  files: Array<{ path: string }>;
}

const packageJson = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  exports: Record<string, { types: string; import: string } | string>;
  types: string;
};

describe('npm pack', () => {
  it('lists only the CLI, the library and its declarations, README and package.json', async () => {
    const packed = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: built.dir });
    expect(packed.code).toBe(0);
    const files = (JSON.parse(packed.stdout) as PackJson[])[0]?.files.map((file) => file.path) ?? [];
    const allowed =
      /^(package\.json|README\.md|LICENSE|dist-cli\/apigw403\.mjs|dist-lib\/apigw403\.js|dist-lib\/types\/.+\.d\.ts)$/;
    expect(files.filter((path) => !allowed.test(path))).toEqual([]);
    expect(
      files.filter((path) => /(^|\/)(src|e2e|test|examples?|__fixtures__|fixtures)\//.test(path)),
    ).toEqual([]);
    // Whatever package.json points at is in the tarball.
    const entry = packageJson.exports['.'] as { types: string; import: string };
    for (const target of [packageJson.bin.apigw403, entry.import, entry.types, packageJson.types]) {
      expect(files).toContain(target?.replace(/^\.\//, ''));
    }
  });
});

describe('the packed library', () => {
  it("imports as 'apigw403' in Node and explains a pasted transcript", async () => {
    const script = [
      "import { diagnose } from 'apigw403';",
      'const text = \'HTTP/1.1 403 Forbidden\\r\\nx-amzn-ErrorType: MissingAuthenticationTokenException\\r\\n\\r\\n{"message":"Missing Authentication Token"}\';',
      "const d = await diagnose(text, { hints: { url: 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com/prod/x' } });",
      'console.log(JSON.stringify({ flagged: d.flagged, origin: d.origin, apiId: d.facts.apiId }));',
    ].join('\n');
    // Inside the package directory, Node resolves the package's own name through "exports".
    await writeFile(join(built.dir, 'consumer.mjs'), script);
    const result = await run(process.execPath, ['consumer.mjs'], { cwd: built.dir });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ flagged: true, origin: 'api-gateway', apiId: 'a1b2c3d4e5' });
  });

  it('is typed for TypeScript consumers (node16/nodenext and bundler resolution)', async () => {
    await writeFile(
      join(built.dir, 'consumer.ts'),
      [
        "import { type Diagnosis, type DiagnoseInput, diagnose } from 'apigw403';",
        'const input: DiagnoseInput = { url: "https://x.test/", status: 403, headers: {} };',
        'const diagnosis: Diagnosis = await diagnose(input);',
        "const origin: 'api-gateway' | 'cloudfront' | 'waf' | 'alb' | 's3' | 'proxy' | 'unknown' = diagnosis.origin;",
        '// @ts-expect-error: a cause id is one of the catalogue, not any string',
        "const wrong: typeof diagnosis.causes[number]['id'] = 'no-such-cause';",
        'export { origin, wrong };',
      ].join('\n'),
    );
    const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
    for (const resolution of [
      ['--module', 'nodenext', '--moduleResolution', 'nodenext'],
      ['--module', 'esnext', '--moduleResolution', 'bundler'],
    ]) {
      const checked = await run(
        tsc,
        [
          '--ignoreConfig',
          ...resolution,
          '--strict',
          '--noEmit',
          '--target',
          'es2022',
          '--types',
          'node',
          'consumer.ts',
        ],
        { cwd: built.dir },
      );
      expect(checked.stdout).toBe('');
      expect(checked.code).toBe(0);
    }
  });

  it('runs the packed CLI', async () => {
    const result = await run(
      process.execPath,
      [join(built.dir, packageJson.bin.apigw403 ?? ''), '--version'],
      {
        cwd: built.dir,
      },
    );
    expect(result.code).toBe(0);
  });
});

const API_HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const GATEWAY_ANSWER = {
  status: 403,
  headers: {
    'content-type': 'application/json',
    'x-amzn-requestid': '6f4c2e9a-1b7d-4c8e-9f0a-3d5b7e9c1a2b',
    'x-amzn-errortype': 'MissingAuthenticationTokenException',
  },
  body: '{"message":"Missing Authentication Token"}',
};

/** The one TypeScript block of README's "Use it as a library" section, as written. */
async function readmeExample(): Promise<string> {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Use it as a library'));
  const block = /```ts\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n## ', 1)));
  if (!block?.[1]) throw new Error('README: no ```ts block in "Use it as a library"');
  return block[1];
}

describe("README's library example", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    // Like API Gateway with no resource at `/`; nothing else is asked for.
    server = createServer((request, response) => {
      if (request.url === '/')
        response.writeHead(GATEWAY_ANSWER.status, GATEWAY_ANSWER.headers).end(GATEWAY_ANSWER.body);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('runs in a real Playwright test and fails with the explanation of the 403', async () => {
    await writeFile(join(built.dir, 'readme-example.spec.ts'), await readmeExample());
    const config = {
      testDir: '.',
      testMatch: 'readme-example.spec.ts',
      outputDir: 'test-results',
      reporter: 'line',
      workers: 1,
      use: {
        baseURL: `http://${API_HOST}`,
        launchOptions: {
          executablePath: findChromium({ playwrightExecutable: chromium.executablePath() }),
          args: ['--no-sandbox', `--host-resolver-rules=MAP ${API_HOST} 127.0.0.1:${port}`],
        },
      },
    };
    await writeFile(join(built.dir, 'playwright.config.mjs'), `export default ${JSON.stringify(config)};\n`);
    const playwright = join(repoRoot, 'node_modules', '@playwright', 'test', 'cli.js');
    const result = await run(process.execPath, [playwright, 'test', '--config', 'playwright.config.mjs'], {
      cwd: built.dir,
      env: { FORCE_COLOR: '0', CI: '1' },
    });
    // What the library says of that same exchange, read without a browser: the request as the browser
    // sent it (a User-Agent, no Authorization); without it, what was sent would be unknown.
    const request = { method: 'GET', headers: { 'user-agent': 'Mozilla/5.0' } };
    const { origin, causes } = await diagnose({ url: `http://${API_HOST}/`, ...GATEWAY_ANSWER, request });
    expect(causes.length).toBeGreaterThan(0);
    const why = causes.map((cause) => `${cause.id} (${cause.confidence})`).join(', ');
    expect(result.stdout).toContain(`http://${API_HOST}/ answered by ${origin}: ${why}`);
    expect(result.code).toBe(1);
  }, 120_000);
});
