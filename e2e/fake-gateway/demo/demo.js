// Browser script of the demo page: turns each case's request description into a real fetch.
// `document.body.dataset.runState` goes idle → running → done so tests wait on the DOM, not on time.

import { headersFor } from './request-headers.js';

/** @typedef {import('../cases.d.mts').CaseRequest} CaseRequest */
/** @typedef {{ id: string, title: string, url: string, request: CaseRequest }} PublicCase */

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
