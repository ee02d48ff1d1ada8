/**
 * The demo page served at http://demo.apigw403.test/: one button per case of the table, grouped by the host it
 * calls, and a "Run all" button. `demo/demo.js` builds and sends the requests.
 * @typedef {import('./cases.d.mts').GatewayCase} GatewayCase
 */

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** @param {GatewayCase} gatewayCase */
const caseItem = (gatewayCase) => {
  const { id, title, expect, request } = gatewayCase;
  const expectation = expect === null ? 'must not be flagged' : `expected top cause: ${expect}`;
  return `<li>
      <button type="button" data-case="${escapeHtml(id)}" aria-describedby="desc-${escapeHtml(id)}">${escapeHtml(title)}</button>
      <span class="desc" id="desc-${escapeHtml(id)}"><code>${escapeHtml(`${request.method} ${request.path}`)}</code> — ${escapeHtml(expectation)}</span>
      <output data-result-for="${escapeHtml(id)}" aria-live="polite"></output>
    </li>`;
};

/** @param {readonly GatewayCase[]} cases */
export const demoPageHtml = (cases) => {
  const hosts = [...new Set(cases.map((c) => c.request.host))];
  const sections = hosts
    .map(
      (host) => `<section aria-labelledby="host-${escapeHtml(host)}">
    <h2 id="host-${escapeHtml(host)}"><code>${escapeHtml(host)}</code></h2>
    <ul>
    ${cases
      .filter((c) => c.request.host === host)
      .map(caseItem)
      .join('\n    ')}
    </ul>
  </section>`,
    )
    .join('\n  ');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>API Gateway 403 — demo shop</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/demo.css">
  <script type="module" src="/demo.js"></script>
</head>
<body data-run-state="idle">
  <main>
    <h1>API Gateway 403 — demo</h1>
    <p>Each button calls a fake API Gateway (or what stands in front of it) the way a real app would.
       Open DevTools → <strong>API Gateway 403</strong> to see why each request was refused.</p>
    <p><button type="button" id="run-all">Run all ${cases.length} requests</button>
       <output id="run-status" aria-live="polite"></output></p>
  ${sections}
  </main>
</body>
</html>
`;
};
