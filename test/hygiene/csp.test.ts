import { describe, expect, it } from 'vitest';
import { cspWeaknesses, parseCsp } from './csp.ts';

describe('cspWeaknesses', () => {
  it('accepts the policy the extension ships', () => {
    expect(
      cspWeaknesses("script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
    ).toEqual([]);
  });

  it.each([
    ["script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'none'", "'unsafe-eval'"],
    [
      "script-src 'self' https://cdn.example.com; object-src 'none'; base-uri 'none'",
      'https://cdn.example.com',
    ],
    ["script-src 'self'; object-src 'self'; base-uri 'none'", 'object-src'],
    ["script-src 'self'; object-src 'none'", 'base-uri'],
    ["object-src 'none'; base-uri 'none'", 'script-src'],
    ["script-src 'self'; object-src 'none'; base-uri 'none'; worker-src 'self' blob:", 'worker-src'],
  ])('rejects %s', (policy, named) => {
    const weaknesses = cspWeaknesses(policy);
    expect(weaknesses.join('\n')).toContain(named);
  });

  it('leaves style directives alone: inline styles cannot run script', () => {
    expect(
      cspWeaknesses(
        "script-src 'self'; object-src 'none'; base-uri 'none'; style-src 'self' 'unsafe-inline'",
      ),
    ).toEqual([]);
  });

  it('keeps the first of repeated directives, as browsers do', () => {
    expect(parseCsp("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});
