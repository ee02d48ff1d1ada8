/**
 * A HAR with secrets planted where real captures carry them and where attackers hide them: every
 * header, cookie, URL (query, fragment, userinfo, in any field), body encoding and frame/`_` field
 * the security review of redaction tried. Deterministic, so the README's leak table can quote it.
 */
import type { Har, HarContent, HarEntry } from '../../src/har/types.ts';

export type LeakPlace = 'headers' | 'cookies' | 'urls' | 'bodies' | 'frames and fields';

export interface PlantedSecret {
  /** Where it was planted, for the survivor list. */
  where: string;
  place: LeakPlace;
  secret: string;
}

const HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Deterministic random-looking secrets: mulberry32. */
function secretMaker(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (length: number, alphabet = ALNUM) => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
}

export function b64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function b64url(text: string): string {
  return b64(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function jwtWith(signature: string): string {
  return `${b64url('{"alg":"RS256","kid":"k1"}')}.${b64url('{"sub":"u-1","token_use":"access","exp":1}')}.${signature}`;
}

/** An entry whose response content is always there, so planting in it needs no checks. */
export type Entry = HarEntry & { response: { content: HarContent } };

/** An API Gateway 403 (`ForbiddenException`) for `url`, with nothing secret in it. */
export function baseEntry(url: string): Entry {
  return {
    startedDateTime: '2026-11-25T00:10:00.000Z',
    time: 42,
    request: {
      method: 'GET',
      url,
      httpVersion: 'http/2.0',
      headers: [],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: 403,
      statusText: 'Forbidden',
      httpVersion: 'http/2.0',
      headers: [
        { name: 'content-type', value: 'application/json' },
        { name: 'x-amzn-errortype', value: 'ForbiddenException' },
        { name: 'x-amzn-requestid', value: '6f1c2b3a-1111-4a2b-9c3d-0123456789ab' },
      ],
      cookies: [],
      content: { size: 23, mimeType: 'application/json', text: '{"message":"Forbidden"}' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    timings: { send: 1, wait: 40, receive: 1 },
  };
}

/** The adversarial HAR and what was planted in it (each `secret` distinct, none a part of another). */
export function adversarialHar(seed = 86): { har: Har; planted: PlantedSecret[] } {
  const make = secretMaker(seed);
  const planted: PlantedSecret[] = [];
  const plant = (where: string, place: LeakPlace, secret: string) => {
    planted.push({ where, place, secret });
    return secret;
  };
  const s = (where: string, place: LeakPlace, length = 24) => plant(where, place, make(length));

  // --- headers -------------------------------------------------------------------------------
  const headers = baseEntry(`https://${HOST}/prod/headers`);
  const bearer = s('Authorization: Bearer (opaque)', 'headers', 32);
  const basicPassword = s('Proxy-Authorization: Basic password', 'headers', 14);
  const basic = plant('Proxy-Authorization: Basic credential', 'headers', b64(`alice:${basicPassword}`));
  const keyId = plant(
    'SigV4 Credential access key id',
    'headers',
    `AKIA${make(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
  );
  const sigv4 = plant('SigV4 Signature', 'headers', make(64, '0123456789abcdef'));
  headers.request.headers.push(
    { name: 'Authorization', value: `Bearer ${bearer}` },
    { name: 'Proxy-Authorization', value: `Basic ${basic}` },
    { name: 'X-Amz-Security-Token', value: s('X-Amz-Security-Token', 'headers', 60) },
    { name: 'x-api-key', value: s('x-api-key', 'headers', 40) },
    { name: 'Ocp-Apim-Subscription-Key', value: s('Ocp-Apim-Subscription-Key', 'headers', 32) },
    { name: 'x-functions-key', value: s('x-functions-key', 'headers', 54) },
    { name: 'DD-API-KEY', value: s('DD-API-KEY', 'headers', 32) },
    { name: 'DD-APPLICATION-KEY', value: s('DD-APPLICATION-KEY', 'headers', 40) },
    { name: 'X-Parse-Master-Key', value: s('X-Parse-Master-Key', 'headers', 40) },
    { name: 'X-Auth-Token', value: s('X-Auth-Token', 'headers', 30) },
    { name: 'PRIVATE-TOKEN', value: plant('PRIVATE-TOKEN (GitLab glpat-)', 'headers', `glpat-${make(20)}`) },
    { name: 'X-Vault-Token', value: plant('X-Vault-Token', 'headers', `hvs.${make(24)}`) },
    { name: 'X-Goog-Api-Key', value: plant('X-Goog-Api-Key (AIza)', 'headers', `AIza${make(35)}`) },
    { name: 'apikey', value: s('apikey header', 'headers', 28) },
    { name: 'X-CSRF-Token', value: s('X-CSRF-Token', 'headers', 22) },
    {
      name: 'X-Client-Meta',
      value: plant('ghp_ token under an ordinary name', 'headers', `ghp_${make(36)}`),
    },
    {
      name: 'X-Hook',
      value: plant(
        'Slack xoxb- token under an ordinary name',
        'headers',
        `xoxb-${make(11, '0123456789')}-${make(24)}`,
      ),
    },
    {
      name: 'X-Billing',
      value: plant('Stripe sk_live_ under an ordinary name', 'headers', `sk_live_${make(24)}`),
    },
    {
      name: 'X-Upstream',
      value: `via=edge, ${jwtWith(plant('JWT signature in an ordinary header', 'headers', make(43)))}`,
    },
  );
  headers.request.headers.push({
    name: 'X-Backup-Auth',
    value: `AWS4-HMAC-SHA256 Credential=${keyId}/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sigv4}`,
  });
  headers.request.headers.push({
    name: 'Authorization',
    value: `Bearer ${jwtWith(s('Authorization: Bearer JWT signature', 'headers', 43))}`,
  });
  const shortKey = s('short key= in HTTP/2 :path', 'headers', 5);
  headers.request.headers.push({ name: ':path', value: `/prod/headers?key=${shortKey}&page=2` });
  headers.request.url = `https://${HOST}/prod/headers?key=${shortKey}&page=2`;
  headers.request.queryString = [
    { name: 'key', value: shortKey },
    { name: 'page', value: '2' },
  ];
  headers.response.headers.push({
    name: 'x-amzn-Remapped-Authorization',
    value: `Bearer ${s('x-amzn-Remapped-Authorization', 'headers', 30)}`,
  });

  // --- cookies -------------------------------------------------------------------------------
  const cookies = baseEntry(`https://${HOST}/prod/cookies`);
  const shortCookie = s('short Set-Cookie value echoed in a body', 'cookies', 6);
  cookies.request.headers.push({
    name: 'Cookie',
    value: `session=${s('Cookie: session', 'cookies', 32)}; lang=en; sid=${s('Cookie: short sid', 'cookies', 7)}`,
  });
  cookies.request.cookies = [{ name: 'remember', value: s('request.cookies[] value', 'cookies', 28) }];
  cookies.response.headers.push(
    { name: 'Set-Cookie', value: `id=${s('Set-Cookie value', 'cookies', 30)}; Path=/; HttpOnly; Secure` },
    { name: 'Set-Cookie', value: `t=${shortCookie}; Path=/` },
    { name: 'Set-Cookie', value: `AWSALB=${s('Set-Cookie AWSALB', 'cookies', 60)}; Path=/` },
  );
  cookies.response.cookies = [{ name: 'csrftoken', value: s('response.cookies[] value', 'cookies', 32) }];
  cookies.response.content.text = JSON.stringify({ message: 'Forbidden', debug: { t: shortCookie } });

  // --- URLs ----------------------------------------------------------------------------------
  const urls = baseEntry('');
  const userinfoPassword = s('URL userinfo password', 'urls', 12);
  const presignedKeyId = plant(
    'X-Amz-Credential (ASIA) in request.url',
    'urls',
    `ASIA${make(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
  );
  const querySig = plant('X-Amz-Signature in request.url', 'urls', make(64, '0123456789abcdef'));
  const queryToken = s('X-Amz-Security-Token in request.url', 'urls', 80);
  const apiKeyParam = s('api_key in request.url', 'urls', 32);
  const fragmentToken = s('#access_token fragment', 'urls', 40);
  urls.request.url = `https://alice:${userinfoPassword}@${HOST}/prod/urls?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${presignedKeyId}%2F20261125%2Fus-east-1%2Fexecute-api%2Faws4_request&X-Amz-Signature=${querySig}&X-Amz-Security-Token=${queryToken}&api_key=${apiKeyParam}#access_token=${fragmentToken}&token_type=Bearer`;
  urls.request.queryString = [
    { name: 'X-Amz-Signature', value: querySig },
    { name: 'api_key', value: apiKeyParam },
    { name: 'password', value: s('queryString password (not in url)', 'urls', 16) },
  ];
  urls.response.status = 302;
  urls.response.redirectURL = `https://app.example.com/cb?code=${s('redirectURL ?code=', 'urls', 22)}&state=xyz`;
  urls.response.headers.push(
    { name: 'Location', value: `/cb?token=${s('Location ?token= (relative)', 'urls', 26)}` },
    {
      name: 'Content-Location',
      value: `https://app.example.com/x#id_token=${jwtWith(s('Content-Location #id_token JWT', 'urls', 43))}`,
    },
  );
  urls.request.headers.push(
    {
      name: 'Referer',
      value: `https://app.example.com/page?access_token=${s('Referer ?access_token=', 'urls', 30)}`,
    },
    { name: 'Origin', value: `https://bob:${s('Origin userinfo password', 'urls', 10)}@app.example.com` },
  );
  Object.assign(urls, {
    _initiator: {
      type: 'script',
      url: `https://app.example.com/main.js?sig=${s('_initiator.url ?sig=', 'urls', 28)}`,
      stack: {
        callFrames: [
          {
            functionName: 'load',
            url: `https://cdn.example.com/a.js?apikey=${s('_initiator stack url ?apikey=', 'urls', 30)}`,
            lineNumber: 1,
          },
        ],
      },
    },
  });
  const presigned = `https://bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${plant('presigned URL in a body: X-Amz-Credential', 'urls', `ASIA${make(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`)}%2F20261125%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261125T001000Z&X-Amz-Expires=300&X-Amz-Security-Token=${encodeURIComponent(s('presigned URL in a body: X-Amz-Security-Token', 'urls', 90))}&X-Amz-SignedHeaders=host&X-Amz-Signature=${plant('presigned URL in a body: X-Amz-Signature', 'urls', make(64, '0123456789abcdef'))}`;
  urls.response.content.text = JSON.stringify({
    download: presigned,
    next: `https://app.example.com/login?next=${encodeURIComponent(`https://app.example.com/x?token=${s('URL-encoded URL inside a parameter', 'urls', 24)}`)}`,
  });

  // --- bodies --------------------------------------------------------------------------------
  const bodies: Entry[] = [];
  const body = (mimeType: string, text: string, opts: { request?: boolean; encoding?: string } = {}) => {
    const e = baseEntry(`https://${HOST}/prod/bodies/${bodies.length}`);
    if (opts.request) {
      e.request.method = 'POST';
      e.request.postData = { mimeType, text, ...(opts.encoding ? { encoding: opts.encoding } : {}) };
    } else {
      e.response.content = {
        size: text.length,
        mimeType,
        text,
        ...(opts.encoding ? { encoding: opts.encoding } : {}),
      };
    }
    bodies.push(e);
    return e;
  };
  body(
    'application/x-www-form-urlencoded',
    `user=alice&password=${s('form postData.text (no params)', 'bodies', 14)}&remember=1`,
    { request: true },
  );
  const clientSecret = s('form client_secret in text and params', 'bodies', 32);
  const formBoth = body(
    'application/x-www-form-urlencoded',
    `grant_type=client_credentials&client_secret=${clientSecret}`,
    { request: true },
  );
  if (formBoth.request.postData)
    formBoth.request.postData.params = [
      { name: 'grant_type', value: 'client_credentials' },
      { name: 'client_secret', value: clientSecret },
    ];
  body(
    'multipart/form-data; boundary=----b0undary',
    `------b0undary\r\nContent-Disposition: form-data; name="user"\r\n\r\nalice\r\n------b0undary\r\nContent-Disposition: form-data; name="password"\r\n\r\n${s('multipart field password', 'bodies', 18)}\r\n------b0undary--\r\n`,
    { request: true },
  );
  body('application/json', JSON.stringify({ user: 'alice', password: s('JSON password', 'bodies', 16) }), {
    request: true,
  });
  body('application/json', `\uFEFF${JSON.stringify({ refresh_token: s('JSON with a BOM', 'bodies', 40) })}`);
  body(
    'application/json',
    `)]}'\n${JSON.stringify({ data: { sessionToken: s("JSON with a )]}' prefix", 'bodies', 40) } })}`,
  );
  body(
    'application/json',
    JSON.stringify({
      password: {
        old: s('nested {"password":{"old":…}}', 'bodies', 15),
        new: s('nested {"password":{"new":…}}', 'bodies', 15),
      },
    }),
    { request: true },
  );
  const numericPassword = plant(
    'numeric JSON password',
    'bodies',
    String(70000000 + Math.floor(Number.parseInt(make(6, '0123456789'), 10))),
  );
  body('application/json', `{"user":"alice","password":${numericPassword}}`, { request: true });
  const deep = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
  body(
    'application/json',
    `{"deep":${deep},"client_secret":"${s('after 5000 levels of nesting', 'bodies', 30)}"}`,
  );
  body(
    'application/json',
    JSON.stringify({ payload: JSON.stringify({ api_key: s('double-encoded JSON', 'bodies', 32) }) }),
  );
  body(
    'text/xml',
    `<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>${plant('STS XML AccessKeyId', 'bodies', `ASIA${make(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`)}</AccessKeyId><SecretAccessKey>${s('STS XML SecretAccessKey', 'bodies', 40)}</SecretAccessKey><SessionToken>${s('STS XML SessionToken', 'bodies', 120)}</SessionToken></Credentials></AssumeRoleResult></AssumeRoleResponse>`,
  );
  body(
    'application/json',
    JSON.stringify({
      query: 'mutation Login($input: LoginInput!) { login(input: $input) { ok } }',
      variables: { input: { email: 'a@b.c', password: s('GraphQL variables', 'bodies', 17) } },
    }),
    { request: true },
  );
  const gqlGet = baseEntry(
    `https://${HOST}/prod/graphql?query=${encodeURIComponent('query { me }')}&variables=${encodeURIComponent(JSON.stringify({ token: s('GraphQL GET variables in the URL', 'urls', 28) }))}`,
  );
  bodies.push(gqlGet);
  body(
    'application/json',
    b64(JSON.stringify({ AuthenticationResult: { RefreshToken: s('base64 response body', 'bodies', 50) } })),
    { encoding: 'base64' },
  );
  body('application/json', b64(JSON.stringify({ password: s('base64 request body', 'bodies', 16) })), {
    request: true,
    encoding: 'base64',
  });
  body(
    'application/json',
    JSON.stringify({
      AuthenticationResult: {
        AccessToken: jwtWith(s('Cognito AccessToken JWT signature', 'bodies', 43)),
        IdToken: jwtWith(s('Cognito IdToken JWT signature', 'bodies', 43)),
      },
    }),
  );
  const pemBody = `MIIEv${make(60)}\n${make(64)}\n${make(40)}==`;
  plant('PEM private key in a JSON body', 'bodies', pemBody);
  body(
    'application/json',
    JSON.stringify({
      type: 'service_account',
      private_key: `-----BEGIN PRIVATE KEY-----\n${pemBody}\n-----END PRIVATE KEY-----\n`,
    }),
  );
  const pemText = `MIIEp${make(60)}\n${make(50)}`;
  plant('PEM RSA private key in a text body', 'bodies', pemText);
  body(
    'text/plain',
    `here it is\n-----BEGIN RSA PRIVATE KEY-----\n${pemText}\n-----END RSA PRIVATE KEY-----\n`,
  );
  body(
    'text/plain',
    `[default]\naws_access_key_id = ${plant('ini aws_access_key_id', 'bodies', `AKIA${make(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`)}\naws_secret_access_key = ${s('ini aws_secret_access_key', 'bodies', 40)}\n`,
  );
  body(
    'application/json',
    JSON.stringify({
      apiKey: s('JSON apiKey', 'bodies', 32),
      client_secret: s('JSON client_secret', 'bodies', 36),
    }),
  );
  body(
    'application/json',
    JSON.stringify({ note: 'see', ref: jwtWith(s('JWT under an ordinary JSON name', 'bodies', 43)) }),
  );
  body(
    'text/plain',
    `GET /x HTTP/1.1\nAuthorization: Bearer ${s('Authorization line in a text body', 'bodies', 36)}\n`,
  );
  body('application/json', JSON.stringify({ pwd: s('short JSON password (5 characters)', 'bodies', 5) }), {
    request: true,
  });
  body(
    'text/html',
    `<a href="https://app.example.com/reset?token=${s('URL in an HTML body', 'bodies', 30)}">reset</a>`,
  );
  body(
    'application/json',
    JSON.stringify({
      data: b64(JSON.stringify({ secret: s('base64 JSON inside a JSON field', 'bodies', 30) })),
    }),
  );

  // Echoes of secrets from above in other encodings.
  const slashy = plant(
    'x-api-key with / and + echoed as \\/ and \\u002B',
    'headers',
    `${make(10)}/${make(10)}+${make(10)}`,
  );
  const echo = baseEntry(`https://${HOST}/prod/echo`);
  echo.request.headers.push({ name: 'x-api-key', value: slashy });
  echo.response.content.text = `{"message":"Invalid key ${slashy.replace('/', '\\/').replace('+', '\\u002B')}"}`;
  const echoes = baseEntry(`https://${HOST}/prod/echoes?from=${encodeURIComponent(slashy).toLowerCase()}`);
  echoes.response.content.text = JSON.stringify({
    message: `Authorization header requires 'Credential' parameter. Authorization=Bearer ${bearer}`,
    b64url: b64url(`key=${slashy}`),
  });

  // AWS echoes: IncompleteSignature quoting the token, InvalidSignature quoting the canonical request.
  const awsEcho = baseEntry(`https://${HOST}/prod/aws-echo`);
  const echoedToken = s('token echoed by an IncompleteSignatureException', 'headers', 34);
  awsEcho.request.headers.push({ name: 'Authorization', value: echoedToken });
  awsEcho.response.headers[1] = { name: 'x-amzn-errortype', value: 'IncompleteSignatureException' };
  awsEcho.response.content.text = JSON.stringify({
    message: `'${echoedToken}' not a valid key=value pair (missing equal-sign) in Authorization header: '${echoedToken}'.`,
  });

  // --- frames and fields ---------------------------------------------------------------------
  const frames = baseEntry(`wss://${HOST}/prod/socket?token=${s('wss:// URL ?token=', 'urls', 30)}`);
  Object.assign(frames, {
    _webSocketMessages: [
      {
        type: 'send',
        time: 1,
        opcode: 1,
        data: JSON.stringify({
          action: 'auth',
          accessToken: s('WebSocket frame JSON accessToken', 'frames and fields', 36),
        }),
      },
      {
        type: 'send',
        time: 2,
        opcode: 1,
        data: `CONNECT\naccept-version:1.2\nlogin:alice\npasscode:${s('WebSocket STOMP passcode', 'frames and fields', 20)}\n\n\u0000`,
      },
      {
        type: 'receive',
        time: 3,
        opcode: 1,
        data: `{"event":"ready","session":"${s('WebSocket frame session', 'frames and fields', 30)}"}`,
      },
    ],
    _custom: {
      apiKey: s('_custom field apiKey', 'frames and fields', 30),
      nested: { password: s('_custom nested password', 'frames and fields', 14) },
    },
    comment: `debug: password=${s('entry comment', 'frames and fields', 16)}`,
  });
  frames.request.headers.push({
    name: 'x-trace',
    value: 'on',
    comment: `token=${s('header comment', 'frames and fields', 26)}`,
  });
  frames.response.content.comment = `client_secret=${s('content comment', 'frames and fields', 30)}`;

  // --- shapes and places added after the first hunt (genuinely new: not a variant of one above) ---
  const more: Entry[] = [];
  const entry = (path: string) => {
    const e = baseEntry(`https://${HOST}/prod/more/${path}`);
    more.push(e);
    return e;
  };
  const reply = (e: Entry, mimeType: string, text: string, encoding?: string) => {
    e.response.content = { size: text.length, mimeType, text, ...(encoding ? { encoding } : {}) };
  };
  const send = (e: Entry, mimeType: string, text: string) => {
    e.request.method = 'POST';
    e.request.postData = { mimeType, text };
  };

  const moreHeaders = entry('headers');
  moreHeaders.request.headers.push(
    { name: 'X-Acme-Session-Token', value: s('custom X-*-Session-Token header', 'headers', 28) },
    // Stripe's own client: the secret key is the Basic *user name*, the password is empty.
    {
      name: 'authorization',
      value: `Basic ${b64(`${plant('Stripe rk_live_ as a Basic user name (empty password)', 'headers', `rk_live_${make(24)}`)}:`)}`,
    },
    {
      name: 'Sec-WebSocket-Protocol',
      value: `base64url.bearer.authorization.k8s.io.${b64url(s('Kubernetes token in Sec-WebSocket-Protocol', 'headers', 40))}`,
    },
    {
      name: 'X-Azure-Sb',
      value: `SharedAccessSignature sr=sb%3A%2F%2Facme.servicebus.windows.net%2Fq&sig=${encodeURIComponent(plant('Azure SharedAccessSignature sig=', 'headers', `${make(43)}=`))}&se=1796000000&skn=RootManageSharedAccessKey`,
    },
    {
      name: 'X-Google-Upstream',
      value: plant('GCP ya29. OAuth token under an ordinary name', 'headers', `ya29.${make(60)}`),
    },
    {
      name: 'Proxy-Authorization',
      value: `Negotiate ${b64(`NTLMSSP\u0000${s('Negotiate (Kerberos/NTLM) blob', 'headers', 40)}`)}`,
    },
  );
  moreHeaders.response.headers.push({
    name: 'Refresh',
    value: `0; url=/prod/next?token=${s('Refresh: 0; url=…?token=', 'urls', 26)}`,
  });

  const moreCookies = entry('cookies');
  moreCookies.request.headers.push({
    name: 'cookie',
    value: `theme=dark; sess="${s('quoted Cookie value', 'cookies', 30)}"; prefs=${encodeURIComponent(JSON.stringify({ lang: 'en', token: s('URL-encoded JSON in a Cookie value', 'cookies', 26) }))}`,
  });
  moreCookies.response.headers.push({
    name: 'set-cookie',
    value: `__Secure-next-auth.session-token=${b64url('{"alg":"dir","enc":"A256GCM"}')}..${make(16)}.${s('JWE ciphertext in a __Secure- Set-Cookie', 'cookies', 60)}.${make(22)}; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly; Secure; SameSite=Lax`,
  });

  const moreUrls = entry('urls');
  moreUrls.request.url = `https://${HOST}/prod/more/urls;jsessionid=${s('Java ;jsessionid= path parameter', 'urls', 32)}?page=1`;
  moreUrls.request.headers.push({
    name: 'Referer',
    value: `https://app.example.com/cb#state=${b64url(JSON.stringify({ nonce: 'n1', token: s('base64url JSON in a #fragment', 'urls', 30) }))}`,
  });
  Object.assign(moreUrls, {
    _initiator: {
      type: 'script',
      stack: {
        callFrames: [],
        parent: {
          description: 'Promise.then',
          callFrames: [
            {
              functionName: 'refresh',
              url: `https://cdn.example.com/auth.js?client_secret=${s('_initiator async parent stack URL', 'urls', 30)}`,
              lineNumber: 3,
            },
          ],
        },
      },
    },
  });
  reply(
    moreUrls,
    'application/json',
    JSON.stringify({
      slack: `https://hooks.slack.com/services/T0${make(8)}/B0${make(8)}/${s('Slack webhook URL path secret', 'urls', 24)}`,
      blob: `https://acct.blob.core.windows.net/c/f.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-01T00%3A00%3A00Z&sig=${encodeURIComponent(plant('Azure Storage SAS sig= (URL-encoded base64)', 'urls', `${make(20)}/${make(10)}+${make(12)}=`))}`,
      clone: `https://${plant('GitHub token as URL user name', 'urls', `ghs_${make(36)}`)}@github.com/acme/app.git`,
      verify: `https://${HOST}/prod/verify/${jwtWith(s('JWT as a URL path segment', 'urls', 43))}`,
      next: `/login?next=${encodeURIComponent(encodeURIComponent(`/x?access_token=${s('URL-encoded twice', 'urls', 28)}`))}`,
    }),
  );

  send(
    entry('xml-attribute'),
    'application/xml',
    `<?xml version="1.0"?><Login user="alice" password="${s('XML attribute password=', 'bodies', 18)}"/>`,
  );
  reply(
    entry('html-hidden'),
    'text/html',
    `<form method="post"><input type="hidden" name="csrf_token" value="${s('HTML hidden input value', 'bodies', 32)}"></form><meta name="csrf-token" content="${s('HTML meta csrf-token content', 'bodies', 32)}">`,
  );
  reply(
    entry('oauth1'),
    'application/x-www-form-urlencoded',
    `oauth_token=${s('OAuth 1 response oauth_token', 'bodies', 30)}&oauth_token_secret=${s('OAuth 1 response oauth_token_secret', 'bodies', 30)}&oauth_callback_confirmed=true`,
  );
  reply(
    entry('sse'),
    'text/event-stream',
    `event: session\ndata: {"sessionToken":"${s('Server-Sent Events data: JSON', 'bodies', 32)}"}\n\n`,
  );
  reply(
    entry('xssi'),
    'application/json',
    `while(1);{"csrfToken":"${s('JSON with a while(1); prefix', 'bodies', 36)}"}`,
  );
  send(
    entry('multipart-file'),
    'multipart/form-data; boundary=zzZ',
    `--zzZ\r\nContent-Disposition: form-data; name="config"; filename="creds.json"\r\nContent-Type: application/json\r\n\r\n{"client_secret":"${s('JSON file part of a multipart upload', 'bodies', 32)}"}\r\n--zzZ--\r\n`,
  );
  send(
    entry('form-json'),
    'application/x-www-form-urlencoded',
    `payload=${encodeURIComponent(JSON.stringify({ api_key: s('URL-encoded JSON in a form field', 'bodies', 30) }))}`,
  );
  send(
    entry('graphql-batch'),
    'application/json',
    JSON.stringify([
      { query: 'query { me }' },
      {
        query: 'mutation($p: String!) { reset(p: $p) }',
        variables: { p: 'x', newPassword: s('batched GraphQL array variables', 'bodies', 18) },
      },
    ]),
  );
  reply(
    entry('connection-string'),
    'application/json',
    JSON.stringify({
      connectionString: `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${plant('Azure connection string AccountKey=', 'bodies', `${make(86)}==`)};EndpointSuffix=core.windows.net`,
    }),
  );
  send(
    entry('logged-headers'),
    'application/json',
    JSON.stringify({
      level: 'debug',
      headers: { Authorization: `Bearer ${s('Authorization logged in a JSON body', 'bodies', 34)}` },
    }),
  );
  reply(
    entry('openssh'),
    'text/plain',
    `-----BEGIN OPENSSH PRIVATE KEY-----\r\n${plant('OPENSSH private key with CRLF lines', 'bodies', `b3BlbnNzaC1r${make(52)}`)}\r\n-----END OPENSSH PRIVATE KEY-----\r\n`,
  );
  reply(
    entry('saml'),
    'text/html',
    `<form><input type="hidden" name="SAMLResponse" value="${b64(`<samlp:Response><saml:Assertion><ds:SignatureValue>${s('SAMLResponse base64 XML signature', 'bodies', 44)}</ds:SignatureValue></saml:Assertion></samlp:Response>`)}"></form>`,
  );

  const moreFrames = entry('frames');
  Object.assign(moreFrames, {
    _webSocketMessages: [
      {
        type: 'send',
        time: 1,
        opcode: 2,
        data: b64(
          JSON.stringify({
            op: 'auth',
            apiKey: s('WebSocket binary frame (base64)', 'frames and fields', 32),
          }),
        ),
      },
      {
        type: 'send',
        time: 2,
        opcode: 1,
        data: `42["authenticate",{"token":"${s('Socket.IO 42[…] frame', 'frames and fields', 30)}"}]`,
      },
      {
        type: 'send',
        time: 3,
        opcode: 1,
        data: JSON.stringify({
          type: 'connection_init',
          payload: {
            Authorization: `Bearer ${s('GraphQL-over-WebSocket connection_init', 'frames and fields', 36)}`,
          },
        }),
      },
    ],
  });
  moreFrames.timings = {
    send: 1,
    wait: 40,
    receive: 1,
    comment: `retry with token=${s('timings comment', 'frames and fields', 28)}`,
  };

  const har: Har = {
    log: {
      version: '1.2',
      creator: { name: 'adversary', version: '1' },
      pages: [
        {
          startedDateTime: '2026-11-25T00:10:00.000Z',
          id: 'page_1',
          title: `https://app.example.com/home?session_token=${s('pages[].title URL', 'urls', 30)}`,
          comment: `api_key=${s('page comment', 'frames and fields', 28)}`,
        },
      ],
      comment: `shared by support; token=${s('log comment', 'frames and fields', 30)}`,
      entries: [headers, cookies, urls, ...bodies, echo, echoes, awsEcho, frames, ...more],
    },
  };
  Object.assign(har.log, { _exportedBy: { secret: s('log _ field', 'frames and fields', 30) } });
  return { har, planted };
}

/** Every form a planted secret could survive in: raw, URL-encoded (either case), JSON-escaped, base64/base64url. */
export function survivingForms(secret: string): string[] {
  const encoded = encodeURIComponent(secret);
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = new Set([
    secret,
    encoded,
    encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
    json,
    json.replaceAll('/', '\\/'),
    secret.replace(
      /[^A-Za-z0-9]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    ),
    ...secret.split('\n').filter((line) => line.length >= 16),
  ]);
  // base64 of the secret at each byte alignment, the characters that depend on it alone.
  for (const offset of [0, 1, 2]) {
    const full = b64(`${'\u0000'.repeat(offset)}${secret}`);
    const start = Math.ceil((offset * 4) / 3);
    const end = Math.floor(((offset + new TextEncoder().encode(secret).length) * 4) / 3);
    const fragment = full.slice(start, end);
    if (fragment.length >= 12) {
      forms.add(fragment);
      forms.add(fragment.replaceAll('+', '-').replaceAll('/', '_'));
    }
  }
  return [...forms];
}

/** The planted secrets still readable in `output`, in any form. */
export function survivors(output: string, planted: readonly PlantedSecret[]): PlantedSecret[] {
  return planted.filter(({ secret }) => survivingForms(secret).some((form) => output.includes(form)));
}
