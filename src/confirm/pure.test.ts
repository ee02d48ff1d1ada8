/** The pure parts of confirm: access key → account, resource/route matching, policy evaluation. */
import { describe, expect, it } from 'vitest';
import { accountOfAccessKey } from './access-key.ts';
import { bestRouteKey, bestTemplate } from './paths.ts';
import { evaluatePolicy, isFullAccessPolicy } from './policy.ts';

describe('accountOfAccessKey', () => {
  it('reads the account from a key issued since 2019, and nothing from an older one', () => {
    expect(accountOfAccessKey('ASIAY34FZKBOKMUTVV7A')).toBe('609629065308');
    expect(accountOfAccessKey('AKIAIOSFODNN7EXAMPLE')).toBeUndefined();
    expect(accountOfAccessKey('not-a-key')).toBeUndefined();
  });
});

describe('resource and route matching', () => {
  const templates = ['/', '/pets', '/pets/{id}', '/pets/mine', '/{proxy+}'];
  it('prefers literal segments, then parameters, then a greedy parameter', () => {
    expect(bestTemplate(templates, '/pets/mine')).toBe('/pets/mine');
    expect(bestTemplate(templates, '/pets/42')).toBe('/pets/{id}');
    expect(bestTemplate(templates, '/orders/1/items')).toBe('/{proxy+}');
    expect(bestTemplate(['/pets'], '/petz')).toBeUndefined();
    expect(bestTemplate(templates, '/')).toBe('/');
  });
  it('picks the HTTP API route: method, then ANY, then $default', () => {
    const keys = ['GET /pets/{id}', 'ANY /pets/{id}', '$default'];
    expect(bestRouteKey(keys, 'GET', '/pets/1')).toBe('GET /pets/{id}');
    expect(bestRouteKey(keys, 'DELETE', '/pets/1')).toBe('ANY /pets/{id}');
    expect(bestRouteKey(keys, 'GET', '/orders')).toBe('$default');
    expect(bestRouteKey(['GET /pets'], 'GET', '/orders')).toBeUndefined();
  });
});

describe('evaluatePolicy', () => {
  const arn = 'arn:aws:execute-api:us-east-1:123456789012:abc/prod/GET/pets';
  const allowAll = {
    Effect: 'Allow',
    Principal: '*',
    Action: 'execute-api:Invoke',
    Resource: 'execute-api:/*',
  };
  const denyOutside = {
    Sid: 'Office',
    Effect: 'Deny',
    Principal: '*',
    Action: 'execute-api:Invoke',
    Resource: 'execute-api:/*',
    Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } },
  };
  const policy = { Version: '2012-10-17', Statement: [allowAll, denyOutside] };

  it('names the deny statement when the fact it needs is known, and the fact when it is not', () => {
    expect(evaluatePolicy(policy, { resourceArn: arn, sourceIp: '198.51.100.1' })).toEqual({
      decision: 'explicit-deny',
      statement: 'Office',
      missing: [],
    });
    expect(evaluatePolicy(policy, { resourceArn: arn, sourceIp: '203.0.113.9' })).toMatchObject({
      decision: 'allowed',
      statement: '#1',
    });
    expect(evaluatePolicy(policy, { resourceArn: arn })).toEqual({
      decision: 'unknown',
      statement: 'Office',
      missing: ['aws:SourceIp'],
    });
  });

  it('allows an account principal only for that account; anonymous callers match only "*"', () => {
    const accountOnly = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'execute-api:*',
          Resource: '*',
        },
      ],
    };
    expect(evaluatePolicy(accountOnly, { resourceArn: arn, account: '111122223333' }).decision).toBe(
      'allowed',
    );
    expect(evaluatePolicy(accountOnly, { resourceArn: arn, account: '444455556666' }).decision).toBe(
      'implicit-deny',
    );
    expect(evaluatePolicy(accountOnly, { resourceArn: arn, principal: 'anonymous' }).decision).toBe(
      'implicit-deny',
    );
  });

  it('matches a resource for another stage or method as not applying', () => {
    const getOnly = {
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: 'execute-api:Invoke',
          Resource: 'execute-api:/prod/POST/*',
        },
      ],
    };
    expect(evaluatePolicy(getOnly, { resourceArn: arn }).decision).toBe('implicit-deny');
  });

  it('knows the default full-access endpoint policy', () => {
    expect(
      isFullAccessPolicy({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }),
    ).toBe(true);
    expect(isFullAccessPolicy(policy)).toBe(false);
  });
});
