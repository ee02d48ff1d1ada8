/**
 * Redaction on hostile shapes: inputs that made the old regular expressions backtrack for minutes
 * (a hang here fails the test by its timeout), and a secret redaction cannot replace, which must
 * stop the write with exit 2 instead of producing a file that leaks.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/memory-io.ts';
import { redactHar, SecretLeftError } from '../../src/har/index.ts';
import type { Har } from '../../src/har/types.ts';
import { exportCapture } from '../../src/panel/export/capture-har.ts';
import type { RequestRecord } from '../../src/ui/state/types.ts';
import { baseEntry } from './adversarial-har.ts';

const HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

function harWith(entry: ReturnType<typeof baseEntry>): Har {
  return { log: { version: '1.2', creator: { name: 't', version: '1' }, entries: [entry] } };
}

describe('redaction takes linear time on inputs that made regular expressions backtrack', () => {
  it('a 121 KB header of JWT starts, scheme words and credential labels', () => {
    const entry = baseEntry(`https://${HOST}/prod/x`);
    const hostile = `${'eyJ'.repeat(25_000)}${'Credential= '.repeat(2_500)}${'Bearer '.repeat(3_000)}`;
    expect(hostile.length).toBeGreaterThan(121_000);
    entry.request.headers.push({ name: 'x-custom', value: hostile });
    entry.request.headers.push({ name: 'Authorization', value: `AWS4-HMAC-SHA256 ${hostile}` });
    entry.request.headers.push({ name: 'x-api-key', value: `k${' '.repeat(60_000)}y` });
    const out = redactHar(harWith(entry)).har;
    expect(out.log.entries[0]?.request.headers.at(-1)?.value).toMatch(/^REDACTED-\d+-len60002$/);
  });

  it('a 601 KB body of unterminated JWTs, pairs, tags, escapes and PEM headers', () => {
    const entry = baseEntry(`https://${HOST}/prod/x`);
    const hostile = [
      'eyJa.eyJb.'.repeat(10_000),
      'token=token=token='.repeat(5_000),
      '<SessionToken>'.repeat(5_000),
      '%2'.repeat(20_000),
      '\\u00'.repeat(20_000),
      '-----BEGIN PRIVATE KEY-----'.repeat(5_000),
      'a'.repeat(100_000),
    ].join('');
    expect(hostile.length).toBeGreaterThan(601_000);
    entry.response.content.text = hostile;
    entry.request.headers.push({
      name: 'x-api-key',
      value: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab',
    });
    const out = JSON.stringify(redactHar(harWith(entry)).har);
    expect(out).not.toContain('aaaab');
  });
});

describe('a secret redaction cannot replace stops the write', () => {
  // Object keys are not rewritten (they name fields); a secret used as one is still found by the
  // verification pass, which reads the written text.
  const entry = baseEntry(`https://${HOST}/prod/x`);
  entry.request.headers.push({ name: 'x-api-key', value: 'k3yAsAFieldName0123456789' });
  Object.assign(entry, { _cache: { k3yAsAFieldName0123456789: true } });

  it('redactHar throws SecretLeftError naming the entry, never the value', () => {
    expect(() => redactHar(harWith(entry))).toThrow(SecretLeftError);
    expect(() => redactHar(harWith(entry))).toThrow(/log\.entries\[0\].*api-key \(x-api-key\)/);
  });

  it("the panel's export refuses too: its Export dialog shows the error and saves nothing", async () => {
    const records = [{ id: '0', entry }] as unknown as RequestRecord[];
    await expect(exportCapture(records, { redact: true, version: '0.0.0-test' })).rejects.toThrow(
      SecretLeftError,
    );
  });

  it('apigw403 redact exits 2 with one line and writes nothing', async () => {
    const io = memoryIo({ 'in.har': JSON.stringify(harWith(entry)) });
    expect(await main(['redact', 'in.har', '-o', 'out.har'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    expect(io.err()).toContain('log.entries[0]');
    expect(io.err()).not.toContain('k3yAsAFieldName0123456789');
    expect(io.files.has('out.har')).toBe(false);
  });
});
