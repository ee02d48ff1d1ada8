// The headers a client computes at send time for a case (SigV4 date and credential scope, an unsigned JWT).
// Plain ES module with no DOM use: the demo page sends them and the Node tests rebuild the same requests.

/** @typedef {import('../cases.d.mts').CaseRequest} CaseRequest */

const FAKE_ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const FAKE_SIGNATURE = 'f4c2a1e7b9d05c3e8a6f1b2d4c7e9a0b3d5f7e9c1a3b5d7f9e1c3a5b7d9f1e3a';
const FAKE_SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLEtemporarySessionTokenForTheDemoOnly0123456789';

/**
 * `20261125T003000Z`, as SigV4 writes a date.
 * @param {Date} date
 */
export const amzDate = (date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** @param {string} text */
const base64url = (text) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** @param {NonNullable<CaseRequest['bearer']>} bearer */
const unsignedJwt = (bearer) => {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: 'demo-key-1' };
  const payload = {
    iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_DemoPool1',
    client_id: '4h3demoappclient0000000000',
    iat: now - 300,
    exp: now + bearer.expMinutes * 60,
    ...bearer.claims,
  };
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.ZmFrZS1zaWduYXR1cmUtbm90LXZlcmlmaWVk`;
};

/** @param {CaseRequest} request */
export const headersFor = (request) => {
  /** @type {Record<string, string>} */
  const headers = { ...request.headers };
  if (request.sigv4) {
    const { region, service, clockSkewMinutes = 0, securityToken = false } = request.sigv4;
    const date = amzDate(new Date(Date.now() + clockSkewMinutes * 60_000));
    const signed = securityToken ? 'host;x-amz-date;x-amz-security-token' : 'host;x-amz-date';
    headers['X-Amz-Date'] = date;
    if (securityToken) headers['X-Amz-Security-Token'] = FAKE_SESSION_TOKEN;
    headers.Authorization =
      `AWS4-HMAC-SHA256 Credential=${FAKE_ACCESS_KEY}/${date.slice(0, 8)}/${region}/${service}/aws4_request, ` +
      `SignedHeaders=${signed}, Signature=${FAKE_SIGNATURE}`;
  }
  if (request.bearer) headers.Authorization = `Bearer ${unsignedJwt(request.bearer)}`;
  if (request.json !== undefined) headers['Content-Type'] = 'application/json';
  return headers;
};
