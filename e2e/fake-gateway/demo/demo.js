// Browser script of the demo page: turns each case's request description into a real fetch, building the
// values a client would compute at send time (SigV4 date and credential scope, an unsigned JWT).
// `document.body.dataset.runState` goes idle → running → done so tests wait on the DOM, not on time.

/** @typedef {import('../cases.d.mts').CaseRequest} CaseRequest */
/** @typedef {{ id: string, title: string, url: string, request: CaseRequest }} PublicCase */

const FAKE_ACCESS_KEY = 'AKIAIOSFODNN7EXAMPLE';
const FAKE_SIGNATURE = 'f4c2a1e7b9d05c3e8a6f1b2d4c7e9a0b3d5f7e9c1a3b5d7f9e1c3a5b7d9f1e3a';
const FAKE_SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLEtemporarySessionTokenForTheDemoOnly0123456789';

/** @param {Date} date */
const amzDate = (date) =>
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
const headersFor = (request) => {
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

/**
 * @param {PublicCase} demoCase
 * @returns {Promise<string>} what page code could see: the status, or that fetch failed
 */
const send = async (demoCase) => {
  const { request } = demoCase;
  try {
    const response = await fetch(demoCase.url, {
      method: request.method,
      headers: headersFor(request),
      body: request.json === undefined ? undefined : JSON.stringify(request.json),
      credentials: 'omit',
      cache: 'no-store',
    });
    return `${response.status}`;
  } catch {
    return 'fetch failed (CORS?)';
  }
};

/**
 * @param {PublicCase} demoCase
 * @returns {Promise<string>}
 */
const run = async (demoCase) => {
  const output = document.querySelector(`output[data-result-for="${demoCase.id}"]`);
  if (output) output.textContent = '…';
  const result = await send(demoCase);
  if (output) output.textContent = result;
  return result;
};

const cases = /** @type {PublicCase[]} */ (await (await fetch('/cases.json')).json());
const byId = new Map(cases.map((c) => [c.id, c]));

for (const button of document.querySelectorAll('button[data-case]')) {
  const demoCase = byId.get(button.getAttribute('data-case') ?? '');
  if (demoCase) button.addEventListener('click', () => run(demoCase));
}

const runAll = /** @type {HTMLButtonElement} */ (document.getElementById('run-all'));
const runStatus = /** @type {HTMLOutputElement} */ (document.getElementById('run-status'));
runAll.addEventListener('click', async () => {
  runAll.disabled = true;
  document.body.dataset.runState = 'running';
  // One at a time, in table order: later cases rely on what earlier ones taught the session context.
  for (const [index, demoCase] of cases.entries()) {
    runStatus.textContent = `${index + 1}/${cases.length}`;
    await run(demoCase);
  }
  runStatus.textContent = `done: ${cases.length} requests sent`;
  document.body.dataset.runState = 'done';
  runAll.disabled = false;
});
// For the console and for tests: `await demoShop.run('waf-blocked')` sends one case and returns what the page saw.
Object.assign(window, {
  demoShop: {
    /** @param {string} id */
    run: (id) => {
      const demoCase = byId.get(id);
      if (!demoCase) throw new Error(`no demo case "${id}"`);
      return run(demoCase);
    },
  },
});
document.body.dataset.ready = 'true';
