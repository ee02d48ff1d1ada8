import { describe, expect, it } from 'vitest';
import { harFileName } from './download.ts';

describe('harFileName', () => {
  const at = new Date(2026, 10, 25, 9, 5);

  it('names the host of a one-host capture', () => {
    expect(
      harFileName(
        ['a1b2c3d4e5.execute-api.us-east-1.amazonaws.com', 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com'],
        at,
      ),
    ).toBe('apigw403-a1b2c3d4e5.execute-api.us-east-1.amazonaws.com-2026-11-25-0905.har');
  });

  it('says how many hosts a multi-host capture holds instead of naming one of them', () => {
    expect(harFileName(['a.example.com', 'b.example.com', 'a.example.com'], at)).toBe(
      'apigw403-2-hosts-2026-11-25-0905.har',
    );
  });

  it('falls back to "capture" with no host', () => {
    expect(harFileName([], at)).toBe('apigw403-capture-2026-11-25-0905.har');
  });
});
