import { describe, expect, it } from 'vitest';
import { callerPrincipal, readGatewayError, resourceArn } from './error-message.ts';
import { exchangeFromHarEntry } from './exchange.ts';

describe('resourceArn', () => {
  it('reads region, account, api id, stage, method and path', () => {
    expect(
      resourceArn(
        'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders/42 with an explicit deny',
      ),
    ).toEqual({
      arn: 'arn:aws:execute-api:us-east-1:123456789012:a1b2c3d4e5/prod/GET/orders/42',
      partition: 'aws',
      region: 'us-east-1',
      account: '123456789012',
      apiId: 'a1b2c3d4e5',
      stage: 'prod',
      method: 'GET',
      path: '/orders/42',
    });
  });

  it('reads the masked account API Gateway writes, and the China partition', () => {
    expect(
      resourceArn('on resource: arn:aws-cn:execute-api:cn-north-1:********9012:k9j8h7g6f5/dev/*/x.'),
    ).toMatchObject({
      partition: 'aws-cn',
      account: '********9012',
      apiId: 'k9j8h7g6f5',
      method: '*',
      path: '/x',
    });
    expect(resourceArn('Forbidden')).toBeUndefined();
  });

  it('names the caller', () => {
    expect(
      callerPrincipal('User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized to perform'),
    ).toBe('arn:aws:sts::123456789012:assumed-role/r/s');
    expect(callerPrincipal('User: anonymous is not authorized to perform')).toBe('anonymous');
  });
});

describe('readGatewayError', () => {
  const read = (body: string | undefined, type?: string) =>
    readGatewayError(
      exchangeFromHarEntry({
        request: { method: 'GET', url: 'https://x.test/' },
        response: {
          status: 403,
          headers: type ? [{ name: 'X-Amzn-ErrorType', value: type }] : [],
          content: body === undefined ? {} : { text: body },
        },
      }),
    );

  it('splits the error type at ":" and normalizes the message (case, spaces, trailing dot)', () => {
    expect(
      read(
        '{"Message":"Missing  Authentication Token."}',
        'MissingAuthenticationTokenException:http://internal',
      ),
    ).toEqual({
      errorType: 'MissingAuthenticationTokenException',
      message: 'Missing  Authentication Token.',
      normalized: 'missing authentication token',
    });
  });

  it('reads short text bodies but not HTML pages', () => {
    expect(read('Forbidden').normalized).toBe('forbidden');
    expect(read('<html><body><h1>403 Forbidden</h1></body></html>').message).toBeUndefined();
    expect(read(undefined)).toEqual({ normalized: '' });
  });
});
