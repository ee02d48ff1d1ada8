/**
 * The redaction hunt (issue 13): random secrets planted in every place and encoding a HAR can
 * carry them, then every way we write a HAR or a report is searched for any form of them —
 * `redact`, `annotate`, the panel's export, and `analyze` in each format. Decoys (`code`, `state`,
 * `key` fields, short cookie values, `{"code":"Forbidden"}`) check the other half: redaction
 * never changes the diagnosis.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../src/cli/locales.ts';
import { main } from '../../src/cli/main.ts';
import { memoryIo } from '../../src/cli/memory-io.ts';
import { analyzeHar, exportHar, redactHar } from '../../src/har/index.ts';
import type { Har } from '../../src/har/types.ts';
import { exportCapture } from '../../src/panel/export/capture-har.ts';
import { copiedCurl, copiedHeaders, copiedMarkdown } from '../../src/panel/util/copied-reports.ts';
import type { RequestRecord } from '../../src/ui/state/types.ts';
import {
  adversarialHar,
  b64,
  b64url,
  baseEntry,
  type Entry,
  jwtWith,
  type LeakPlace,
  type PlantedSecret,
  survivors,
} from './adversarial-har.ts';

const HOST = 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';

interface Plant {
  where: string;
  place: LeakPlace;
  /** Puts `secret` into `entry` (and may add fields to the log). */
  plant: (entry: Entry, secret: string, log: Record<string, unknown>) => void;
}

const header =
  (name: string, value: (s: string) => string): Plant['plant'] =>
  (entry, s) => {
    entry.request.headers.push({ name, value: value(s) });
  };
const body =
  (mimeType: string, text: (s: string) => string, encoding?: string): Plant['plant'] =>
  (entry, s) => {
    entry.response.content = { size: 0, mimeType, text: text(s), ...(encoding ? { encoding } : {}) };
  };
const postData =
  (mimeType: string, text: (s: string) => string): Plant['plant'] =>
  (entry, s) => {
    entry.request.method = 'POST';
    entry.request.postData = { mimeType, text: text(s) };
  };

/** Every place and encoding the security review planted secrets in, and some it did not. */
const PLANTS: Plant[] = [
  { where: 'Authorization: Bearer', place: 'headers', plant: header('Authorization', (s) => `Bearer ${s}`) },
  {
    where: 'Authorization: Basic',
    place: 'headers',
    plant: header('Authorization', (s) => `Basic ${b64(`u:${s}`)}`),
  },
  {
    where: 'Proxy-Authorization',
    place: 'headers',
    plant: header('Proxy-Authorization', (s) => `Bearer ${s}`),
  },
  { where: 'x-api-key', place: 'headers', plant: header('x-api-key', (s) => s) },
  { where: 'X-Amz-Security-Token', place: 'headers', plant: header('X-Amz-Security-Token', (s) => s) },
  {
    where: 'Ocp-Apim-Subscription-Key',
    place: 'headers',
    plant: header('Ocp-Apim-Subscription-Key', (s) => s),
  },
  { where: 'x-functions-key', place: 'headers', plant: header('x-functions-key', (s) => s) },
  { where: 'DD-API-KEY', place: 'headers', plant: header('DD-API-KEY', (s) => s) },
  { where: 'X-Parse-Master-Key', place: 'headers', plant: header('X-Parse-Master-Key', (s) => s) },
  { where: 'X-Auth-Token', place: 'headers', plant: header('X-Auth-Token', (s) => s) },
  {
    where: 'SigV4 Signature',
    place: 'headers',
    plant: header(
      'Authorization',
      (s) =>
        `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261125/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=${s}`,
    ),
  },
  {
    where: 'JWT signature in a custom header',
    place: 'headers',
    plant: header('X-Upstream', (s) => jwtWith(s)),
  },
  {
    where: 'HTTP/2 :path key=',
    place: 'headers',
    plant: (e, s) => {
      e.request.headers.push({ name: ':path', value: `/prod/x?key=${s}` });
    },
  },
  { where: 'Cookie', place: 'cookies', plant: header('Cookie', (s) => `lang=en; SESSIONID=${s}`) },
  {
    where: 'Set-Cookie echoed in a body',
    place: 'cookies',
    plant: (e, s) => {
      e.response.headers.push({ name: 'Set-Cookie', value: `t=${s}; Path=/` });
      e.response.content.text = JSON.stringify({ message: 'Forbidden', debug: s });
    },
  },
  {
    where: 'request.cookies[]',
    place: 'cookies',
    plant: (e, s) => {
      e.request.cookies = [{ name: 'csrftoken', value: s }];
    },
  },
  {
    where: 'response.cookies[]',
    place: 'cookies',
    plant: (e, s) => {
      e.response.cookies = [{ name: 'remember_me', value: s }];
    },
  },
  {
    where: 'request.url ?access_token=',
    place: 'urls',
    plant: (e, s) => {
      e.request.url = `https://${HOST}/prod/x?access_token=${s}&page=2`;
    },
  },
  {
    where: 'request.url X-Amz-Signature',
    place: 'urls',
    plant: (e, s) => {
      e.request.url = `https://${HOST}/prod/x?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=${s}`;
    },
  },
  {
    where: 'request.url X-Amz-Security-Token, encoded',
    place: 'urls',
    plant: (e, s) => {
      e.request.url = `https://${HOST}/prod/x?X-Amz-Security-Token=${encodeURIComponent(`${s}/+=`)}`;
    },
  },
  {
    where: '#access_token fragment',
    place: 'urls',
    plant: (e, s) => {
      e.request.url = `https://${HOST}/prod/cb#state=ok&access_token=${s}`;
    },
  },
  {
    where: 'userinfo password',
    place: 'urls',
    plant: (e, s) => {
      e.request.url = `https://alice:${s}@${HOST}/prod/x`;
    },
  },
  {
    where: 'redirectURL',
    place: 'urls',
    plant: (e, s) => {
      e.response.redirectURL = `https://app.example.com/cb?code=${s}`;
    },
  },
  {
    where: 'Location',
    place: 'urls',
    plant: (e, s) => void e.response.headers.push({ name: 'Location', value: `/cb?id_token=${s}` }),
  },
  {
    where: 'Referer',
    place: 'urls',
    plant: header('Referer', (s) => `https://app.example.com/?apikey=${s}`),
  },
  {
    where: 'pages[].title',
    place: 'urls',
    plant: (_e, s, log) => {
      log.pages = [
        {
          startedDateTime: '2026-11-25T00:10:00.000Z',
          id: 'p',
          title: `https://a.example/?session_token=${s}`,
        },
      ];
    },
  },
  {
    where: '_initiator.url',
    place: 'urls',
    plant: (e, s) =>
      void Object.assign(e, { _initiator: { type: 'script', url: `https://a.example/m.js?sig=${s}` } }),
  },
  {
    where: 'presigned URL in a body',
    place: 'urls',
    plant: body('application/json', (s) =>
      JSON.stringify({ url: `https://b.s3.amazonaws.com/k?X-Amz-Expires=300&X-Amz-Signature=${s}` }),
    ),
  },
  {
    where: 'URL-encoded URL in a parameter',
    place: 'urls',
    plant: body('application/json', (s) =>
      JSON.stringify({
        next: `https://a.example/login?next=${encodeURIComponent(`https://a.example/x?token=${s}`)}`,
      }),
    ),
  },
  {
    where: 'wss:// URL',
    place: 'urls',
    plant: (e, s) => {
      e.request.url = `wss://${HOST}/prod/socket?token=${s}`;
    },
  },
  {
    where: 'form text (no params)',
    place: 'bodies',
    plant: postData('application/x-www-form-urlencoded', (s) => `user=a&password=${s}`),
  },
  {
    where: 'form text and params',
    place: 'bodies',
    plant: (e, s) => {
      e.request.method = 'POST';
      e.request.postData = {
        mimeType: 'application/x-www-form-urlencoded',
        text: `client_secret=${s}`,
        params: [{ name: 'client_secret', value: s }],
      };
    },
  },
  {
    where: 'multipart field',
    place: 'bodies',
    plant: postData(
      'multipart/form-data; boundary=XyZ',
      (s) => `--XyZ\r\nContent-Disposition: form-data; name="password"\r\n\r\n${s}\r\n--XyZ--\r\n`,
    ),
  },
  {
    where: 'JSON password',
    place: 'bodies',
    plant: postData('application/json', (s) => JSON.stringify({ password: s })),
  },
  {
    where: 'JSON with a BOM',
    place: 'bodies',
    plant: body('application/json', (s) => `\uFEFF{"refresh_token":"${s}"}`),
  },
  {
    where: "JSON with )]}'",
    place: 'bodies',
    plant: body('application/json', (s) => `)]}'\n{"sessionToken":"${s}"}`),
  },
  {
    where: 'nested password',
    place: 'bodies',
    plant: postData('application/json', (s) => JSON.stringify({ password: { new: s } })),
  },
  {
    where: 'deep nesting',
    place: 'bodies',
    plant: body(
      'application/json',
      (s) => `{"a":${'['.repeat(3000)}1${']'.repeat(3000)},"client_secret":"${s}"}`,
    ),
  },
  {
    where: 'double-encoded JSON',
    place: 'bodies',
    plant: body('application/json', (s) => JSON.stringify({ payload: JSON.stringify({ api_key: s }) })),
  },
  {
    where: 'STS XML',
    place: 'bodies',
    plant: body('text/xml', (s) => `<Credentials><SecretAccessKey>${s}</SecretAccessKey></Credentials>`),
  },
  {
    where: 'GraphQL variables',
    place: 'bodies',
    plant: postData('application/json', (s) =>
      JSON.stringify({ query: 'mutation { login }', variables: { input: { password: s } } }),
    ),
  },
  {
    where: 'base64 body',
    place: 'bodies',
    plant: body('application/json', (s) => b64(JSON.stringify({ RefreshToken: s })), 'base64'),
  },
  {
    where: 'base64 JSON in a JSON field',
    place: 'bodies',
    plant: body('application/json', (s) => JSON.stringify({ data: b64(JSON.stringify({ secret: s })) })),
  },
  {
    where: 'Authorization line in text',
    place: 'bodies',
    plant: body('text/plain', (s) => `Authorization: Bearer ${s}\n`),
  },
  {
    where: 'ini file',
    place: 'bodies',
    plant: body('text/plain', (s) => `[x]\naws_secret_access_key = ${s}\n`),
  },
  {
    where: 'PEM private key',
    place: 'bodies',
    plant: body('text/plain', (s) => `-----BEGIN PRIVATE KEY-----\nMIIE${s}\n-----END PRIVATE KEY-----\n`),
  },
  {
    where: 'echo as \\/ and \\u002B',
    place: 'bodies',
    plant: (e, s) => {
      const key = `${s}/x+y`;
      e.request.headers.push({ name: 'x-api-key', value: key });
      e.response.content.text = `{"message":"bad key ${key.replace('/', '\\/').replace('+', '\\u002B')}"}`;
    },
  },
  {
    where: 'echo URL-encoded in lower case',
    place: 'urls',
    plant: (e, s) => {
      e.request.headers.push({ name: 'x-api-key', value: `${s}/=` });
      e.response.headers.push({
        name: 'Link',
        value: `<https://a.example/?k=${encodeURIComponent(`${s}/=`).toLowerCase()}>`,
      });
    },
  },
  {
    where: 'echo in base64url',
    place: 'bodies',
    plant: (e, s) => {
      e.request.headers.push({ name: 'x-api-key', value: s });
      e.response.content.text = JSON.stringify({ blob: b64url(`prefix ${s} suffix`) });
    },
  },
  {
    where: 'echo in an AWS message',
    place: 'bodies',
    plant: (e, s) => {
      e.request.headers.push({ name: 'Authorization', value: s });
      e.response.content.text = JSON.stringify({
        message: `Authorization header requires 'Credential' parameter. Authorization=${s}`,
      });
    },
  },
  {
    where: 'WebSocket frame',
    place: 'frames and fields',
    plant: (e, s) =>
      void Object.assign(e, {
        _webSocketMessages: [{ type: 'send', time: 1, opcode: 1, data: JSON.stringify({ accessToken: s }) }],
      }),
  },
  {
    where: 'STOMP passcode',
    place: 'frames and fields',
    plant: (e, s) =>
      void Object.assign(e, {
        _webSocketMessages: [
          { type: 'send', time: 1, opcode: 1, data: `CONNECT\nlogin:a\npasscode:${s}\n\n` },
        ],
      }),
  },
  {
    where: 'entry comment',
    place: 'frames and fields',
    plant: (e, s) => void Object.assign(e, { comment: `password=${s}` }),
  },
  {
    where: 'header comment',
    place: 'frames and fields',
    plant: (e, s) => void e.request.headers.push({ name: 'x-trace', value: 'on', comment: `token=${s}` }),
  },
  {
    where: 'log comment',
    place: 'frames and fields',
    plant: (_e, s, log) => void Object.assign(log, { comment: `token=${s}` }),
  },
  {
    where: '_ field',
    place: 'frames and fields',
    plant: (e, s) => void Object.assign(e, { _custom: { apiKey: s } }),
  },
  // Added after the first hunt: places and encodings none of the above covers.
  { where: 'custom X-*-Session-Token', place: 'headers', plant: header('X-Acme-Session-Token', (s) => s) },
  {
    where: 'Basic with the secret as user name (Stripe)',
    place: 'headers',
    plant: header('Authorization', (s) => `Basic ${b64(`${s}:`)}`),
  },
  {
    where: 'Kubernetes bearer in Sec-WebSocket-Protocol',
    place: 'headers',
    plant: header('Sec-WebSocket-Protocol', (s) => `base64url.bearer.authorization.k8s.io.${b64url(s)}`),
  },
  {
    where: 'Azure SharedAccessSignature sig=',
    place: 'headers',
    plant: header(
      'X-Azure-Sb',
      (s) =>
        `SharedAccessSignature sr=sb%3A%2F%2Fa.servicebus.windows.net&sig=${encodeURIComponent(`${s}/+=`)}&se=1`,
    ),
  },
  {
    where: 'GCP ya29. token under an ordinary name',
    place: 'headers',
    plant: header('X-Upstream-Auth-Info', (s) => `ya29.${s.padEnd(40, 'x')}`),
  },
  {
    where: 'Negotiate blob',
    place: 'headers',
    plant: header('Proxy-Authorization', (s) => `Negotiate ${b64(`NTLMSSP ${s}`)}`),
  },
  {
    where: 'quoted Cookie value',
    place: 'cookies',
    plant: header('Cookie', (s) => `theme=dark; sess="${s}"`),
  },
  {
    where: 'URL-encoded JSON in a Cookie value',
    place: 'cookies',
    plant: header('Cookie', (s) => `prefs=${encodeURIComponent(JSON.stringify({ token: s }))}`),
  },
  {
    where: 'JWE in a __Secure- Set-Cookie with attributes',
    place: 'cookies',
    plant: (e, s) =>
      void e.response.headers.push({
        name: 'set-cookie',
        value: `__Secure-next-auth.session-token=${b64url('{"alg":"dir"}')}..iv0.${s}.tag0; Path=/; Expires=Wed, 21 Oct 2026 07:28:00 GMT; HttpOnly`,
      }),
  },
  {
    where: 'Refresh: url=',
    place: 'urls',
    plant: (e, s) => void e.response.headers.push({ name: 'Refresh', value: `0; url=/next?token=${s}` }),
  },
  {
    where: ';jsessionid= path parameter',
    place: 'urls',
    plant: (e, s) => {
      e.request.url = `https://${HOST}/prod/x;jsessionid=${s}?page=1`;
    },
  },
  {
    where: 'base64url JSON in a #fragment',
    place: 'urls',
    plant: header(
      'Referer',
      (s) => `https://a.example/cb#state=${b64url(JSON.stringify({ n: 1, token: s }))}`,
    ),
  },
  {
    where: '_initiator stack call frame URL',
    place: 'urls',
    plant: (e, s) =>
      void Object.assign(e, {
        _initiator: {
          type: 'script',
          stack: { callFrames: [{ url: `https://a.example/a.js?apikey=${s}` }] },
        },
      }),
  },
  {
    where: '_initiator async parent stack URL',
    place: 'urls',
    plant: (e, s) =>
      void Object.assign(e, {
        _initiator: {
          type: 'script',
          stack: {
            callFrames: [],
            parent: { callFrames: [{ url: `https://a.example/a.js?client_secret=${s}` }] },
          },
        },
      }),
  },
  {
    where: 'Slack webhook URL path',
    place: 'urls',
    plant: body('application/json', (s) =>
      JSON.stringify({ hook: `https://hooks.slack.com/services/T0AB12CD3/B0EF45GH6/${s.padEnd(12, 'x')}` }),
    ),
  },
  {
    where: 'Azure Storage SAS sig=, URL-encoded base64',
    place: 'urls',
    plant: body('application/json', (s) =>
      JSON.stringify({
        url: `https://a.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=${encodeURIComponent(`${s}/+=`)}`,
      }),
    ),
  },
  {
    where: 'token as URL user name',
    place: 'urls',
    plant: body('application/json', (s) =>
      JSON.stringify({ clone: `https://ghs_${s.padEnd(36, 'x')}@github.com/acme/app.git` }),
    ),
  },
  {
    where: 'JWT as a URL path segment',
    place: 'urls',
    plant: (e, s) => {
      e.request.url = `https://${HOST}/prod/verify/${jwtWith(s)}`;
    },
  },
  {
    where: 'URL-encoded twice',
    place: 'urls',
    plant: body('application/json', (s) =>
      JSON.stringify({
        next: `/login?next=${encodeURIComponent(encodeURIComponent(`/x?access_token=${s}`))}`,
      }),
    ),
  },
  {
    where: 'XML attribute',
    place: 'bodies',
    plant: postData('application/xml', (s) => `<?xml version="1.0"?><Login user="a" password="${s}"/>`),
  },
  {
    where: 'HTML hidden input',
    place: 'bodies',
    plant: body('text/html', (s) => `<form><input type="hidden" name="csrf_token" value="${s}"></form>`),
  },
  {
    where: 'HTML meta content',
    place: 'bodies',
    plant: body('text/html', (s) => `<head><meta name="csrf-token" content="${s}"></head>`),
  },
  {
    where: 'SAMLResponse in an HTML form',
    place: 'bodies',
    plant: body(
      'text/html',
      (s) =>
        `<form><input type="hidden" name="SAMLResponse" value="${b64(`<Response><SignatureValue>${s}</SignatureValue></Response>`)}"></form>`,
    ),
  },
  {
    where: 'form-encoded response (OAuth 1)',
    place: 'bodies',
    plant: body(
      'application/x-www-form-urlencoded',
      (s) => `oauth_token_secret=${s}&oauth_callback_confirmed=true`,
    ),
  },
  {
    where: 'Server-Sent Events data:',
    place: 'bodies',
    plant: body('text/event-stream', (s) => `event: session\ndata: {"sessionToken":"${s}"}\n\n`),
  },
  {
    where: 'JSON with while(1);',
    place: 'bodies',
    plant: body('application/json', (s) => `while(1);{"csrfToken":"${s}"}`),
  },
  {
    where: 'JSON with for(;;);',
    place: 'bodies',
    plant: body('application/json', (s) => `for(;;);{"access_token":"${s}"}`),
  },
  {
    where: 'JSON file part of a multipart upload',
    place: 'bodies',
    plant: postData(
      'multipart/form-data; boundary=zzZ',
      (s) =>
        `--zzZ\r\nContent-Disposition: form-data; name="config"; filename="c.json"\r\nContent-Type: application/json\r\n\r\n{"client_secret":"${s}"}\r\n--zzZ--\r\n`,
    ),
  },
  {
    where: 'URL-encoded JSON in a form field',
    place: 'bodies',
    plant: postData(
      'application/x-www-form-urlencoded',
      (s) => `payload=${encodeURIComponent(JSON.stringify({ api_key: s }))}`,
    ),
  },
  {
    where: 'batched GraphQL (top-level array)',
    place: 'bodies',
    plant: postData('application/json', (s) =>
      JSON.stringify([
        { query: 'query { me }' },
        { query: 'mutation { reset }', variables: { newPassword: s } },
      ]),
    ),
  },
  {
    where: 'Azure connection string AccountKey=',
    place: 'bodies',
    plant: body('application/json', (s) =>
      JSON.stringify({
        connectionString: `DefaultEndpointsProtocol=https;AccountName=a;AccountKey=${s}==;EndpointSuffix=x`,
      }),
    ),
  },
  {
    where: 'Authorization logged in a JSON body',
    place: 'bodies',
    plant: postData('application/json', (s) => JSON.stringify({ headers: { Authorization: `Bearer ${s}` } })),
  },
  {
    where: 'OPENSSH private key, CRLF lines',
    place: 'bodies',
    plant: body(
      'text/plain',
      (s) => `-----BEGIN OPENSSH PRIVATE KEY-----\r\nb3Blbn${s}\r\n-----END OPENSSH PRIVATE KEY-----\r\n`,
    ),
  },
  {
    where: 'YAML password:',
    place: 'bodies',
    plant: body('application/yaml', (s) => `db:\n  user: app\n  password: ${s}\n`),
  },
  {
    where: 'WebSocket binary frame (base64)',
    place: 'frames and fields',
    plant: (e, s) =>
      void Object.assign(e, {
        _webSocketMessages: [{ type: 'send', time: 1, opcode: 2, data: b64(JSON.stringify({ apiKey: s })) }],
      }),
  },
  {
    where: 'Socket.IO 42[…] frame',
    place: 'frames and fields',
    plant: (e, s) =>
      void Object.assign(e, {
        _webSocketMessages: [{ type: 'send', time: 1, opcode: 1, data: `42["auth",{"token":"${s}"}]` }],
      }),
  },
  {
    where: 'GraphQL-over-WebSocket connection_init',
    place: 'frames and fields',
    plant: (e, s) =>
      void Object.assign(e, {
        _webSocketMessages: [
          {
            type: 'send',
            time: 1,
            opcode: 1,
            data: JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${s}` } }),
          },
        ],
      }),
  },
  {
    where: 'timings comment',
    place: 'frames and fields',
    plant: (e, s) => {
      e.timings = { send: 1, wait: 40, receive: 1, comment: `retry token=${s}` };
    },
  },
  {
    where: 'creator comment',
    place: 'frames and fields',
    plant: (_e, s, log) =>
      void Object.assign(log, { creator: { name: 'hunt', version: '1', comment: `key=${s}` } }),
  },
];

/** Entries that look like secrets to a careless rule but are what the diagnosis reads. */
function decoys(): Entry[] {
  const json = baseEntry(`https://${HOST}/prod/decoy?state=us-east-1&code=AccessDenied`);
  json.response.content.text = JSON.stringify({
    code: 'Forbidden',
    state: 'active',
    key: 'name',
    message: 'Forbidden',
  });
  json.request.headers.push({ name: 'Cookie', value: 'lang=en; x=1; theme=dark' });
  json.response.headers.push({ name: 'Set-Cookie', value: 'seen=1; Path=/' });
  const missing = baseEntry(`https://${HOST}/prod/keys`);
  missing.response.headers[1] = { name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' };
  missing.response.content.text = '{"message":"Missing Authentication Token"}';
  return [json, missing];
}

/** Secrets: letters and digits (so a `code`/`key` place reads them as tokens), 5 to 40 characters. */
const secretArb = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]{3,38}$/), fc.integer({ min: 0, max: 9 }))
  .map(([core, digit]) => `Q${core}${digit}`);

function harOf(picks: Array<[Plant, string]>): { har: Har; planted: PlantedSecret[] } {
  const log: Record<string, unknown> = { version: '1.2', creator: { name: 'hunt', version: '1' } };
  const entries = picks.map(([plant, secret], i) => {
    const entry = baseEntry(`https://${HOST}/prod/e${i}`);
    plant.plant(entry, secret, log);
    return entry;
  });
  const planted = picks.map(([plant, secret]) => ({ where: plant.where, place: plant.place, secret }));
  return { har: { log: { ...log, entries: [...entries, ...decoys()] } } as Har, planted };
}

async function exported(har: Har, annotate: boolean): Promise<string> {
  const pieces: string[] = [];
  for await (const item of exportHar(
    { text: JSON.stringify(har) },
    { redact: true, ...(annotate ? { annotateAs: '0.0.0-hunt' } : {}) },
  )) {
    if (item.type === 'error') throw new Error(`${item.error.code} at ${item.error.path}`);
    if (item.type === 'text') pieces.push(item.text);
  }
  return pieces.join('');
}

async function cli(argv: string[], har: Har): Promise<{ code: number; out: string; file: string }> {
  const io = memoryIo({ 'in.har': JSON.stringify(har) });
  const code = await main(argv, io);
  return { code, out: `${io.out()}${io.err()}`, file: io.files.get('out.har') ?? '' };
}

/** What the panel writes: its export reads only the captured entry of each record. */
async function panelExport(har: Har): Promise<string> {
  const records = har.log.entries.map((entry, i) => ({ id: String(i), entry }) as unknown as RequestRecord);
  return (await exportCapture(records, { redact: true, version: '0.0.0-hunt' })).text;
}

/** What the panel's row menu copies for every entry of the unredacted capture: the safe curl line and the Markdown diagnosis. */
async function panelCopies(har: Har): Promise<Record<string, string>> {
  const t = translatorFor('en');
  const curl: string[] = [];
  const markdown: string[] = [];
  const headers: string[] = [];
  for await (const item of analyzeHar({ text: JSON.stringify(har) })) {
    if (item.type !== 'entry') continue;
    const record = {
      id: String(item.index),
      entry: item.entry,
      exchange: item.exchange,
      diagnosis: item.diagnosis,
    };
    curl.push(copiedCurl(record as unknown as RequestRecord));
    markdown.push(copiedMarkdown(record as unknown as RequestRecord, t));
    headers.push(copiedHeaders(record as unknown as RequestRecord));
  }
  return {
    'panel Copy as curl -v': curl.join('\n'),
    'panel Copy diagnosis as Markdown': markdown.join('\n'),
    'panel Copy headers': headers.join('\n'),
  };
}

/** Every output a user can share, each with the planted secrets still readable in it. */
async function leaksEverywhere(har: Har, planted: PlantedSecret[]): Promise<Record<string, string[]>> {
  const outputs: Record<string, string> = {
    redactHar: JSON.stringify(redactHar(har).har),
    'exportHar (annotate)': await exported(har, true),
    'panel export': await panelExport(har),
  };
  let annotated = '';
  for (const command of ['redact', 'annotate'] as const) {
    const run = await cli([command, 'in.har', '-o', 'out.har'], har);
    expect(run.code, run.out).toBe(0);
    outputs[`apigw403 ${command} (file and summary)`] = `${run.file}${run.out}`;
    annotated = run.file;
  }
  // The report of the file people share: analysing it must not bring back what redaction took out;
  // and the report of the unredacted file is masked by default (its URL, curl line, evidence).
  for (const format of ['text', 'json', 'jsonl', 'markdown'] as const) {
    const run = await cli(['analyze', 'in.har', '--all', '--format', format], JSON.parse(annotated) as Har);
    outputs[`apigw403 analyze --format ${format} of the annotated file`] = run.out;
    outputs[`apigw403 analyze --format ${format} of the raw file`] = (
      await cli(['analyze', 'in.har', '--all', '--format', format], har)
    ).out;
  }
  Object.assign(outputs, await panelCopies(har));
  const found: Record<string, string[]> = {};
  for (const [name, text] of Object.entries(outputs)) {
    const left = survivors(text, planted).map((s) => s.where);
    if (left.length > 0) found[name] = left;
  }
  return found;
}

/** What a diagnosis says, without evidence wording that may quote a (now redacted) value. */
async function diagnoses(har: Har) {
  const found = [];
  for await (const item of analyzeHar({ text: JSON.stringify(har) })) {
    if (item.type === 'error') throw new Error(JSON.stringify(item.error));
    if (item.type !== 'entry') continue;
    const { flagged, origin, causes } = item.report;
    found.push({
      flagged,
      origin,
      causes: causes.map((c) => [c.id, c.confidence, c.evidence.map((e) => e.kind)]),
    });
  }
  return found;
}

describe('the redaction hunt', { timeout: 300_000 }, () => {
  it(`plants ${PLANTS.length} kinds of place and encoding`, () => {
    expect(PLANTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PLANTS.map((p) => p.where)).size).toBe(PLANTS.length);
  });

  it('every place at once: no planted secret survives anywhere, and the diagnosis is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(secretArb, { minLength: PLANTS.length, maxLength: PLANTS.length }),
        async (secrets) => {
          const { har, planted } = harOf(PLANTS.map((plant, i) => [plant, secrets[i] ?? 'Q0']));
          expect(await leaksEverywhere(har, planted)).toEqual({});
          expect(await diagnoses(redactHar(har).har)).toEqual(await diagnoses(har));
        },
      ),
      { numRuns: 4, endOnFailure: true },
    );
  });

  it('random places, random secrets (short ones too), with decoys', async () => {
    let total = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(PLANTS.length - 1), secretArb), { minLength: 3, maxLength: 8 }),
        async (picks) => {
          const { har, planted } = harOf(picks.map(([i, s]) => [PLANTS[i] as Plant, s]));
          total += planted.length;
          expect(await leaksEverywhere(har, planted)).toEqual({});
          expect(await diagnoses(redactHar(har).har)).toEqual(await diagnoses(har));
        },
      ),
      { numRuns: 25 },
    );
    expect(total).toBeGreaterThanOrEqual(100);
  });
});

describe('the adversarial HAR', () => {
  it('keeps none of its planted secrets (the README leak table)', async () => {
    const { har, planted } = adversarialHar();
    expect(planted.length).toBeGreaterThanOrEqual(100);
    const left = survivors(JSON.stringify(redactHar(har).har), planted);
    const byPlace = new Map<string, string>();
    for (const { place } of planted)
      byPlace.set(
        place,
        `${left.filter((s) => s.place === place).length} of ${planted.filter((s) => s.place === place).length}`,
      );
    // The README's leak table quotes this line.
    console.log(
      `redact survivors: ${left.length} of ${planted.length} (${[...byPlace].map(([p, n]) => `${p} ${n}`).join(', ')})`,
    );
    expect(left.map((s) => s.where)).toEqual([]);
    expect(await leaksEverywhere(har, planted)).toEqual({});
  });

  it('re-analyses to the same diagnosis after redaction', async () => {
    const { har } = adversarialHar();
    expect(await diagnoses(redactHar(har).har)).toEqual(await diagnoses(har));
  });
});
