/**
 * Functions run in Firefox's own window (chrome://browser/content/browser.xhtml, system principal) over WebDriver
 * BiDi (`-remote-allow-system-access`): they open the toolbox, show our panel and reach documents BiDi does not
 * expose (the panel and the event page live in the extension process), through a frame script in their
 * `<browser>`. Each is serialized with toString(), so none may close over anything of this module.
 */

/** State kept in the browser window between calls: tabs by handle, browsers with the frame script loaded. */
export function installHelpers() {
  if (window.apigw403E2e) return true;
  const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const until = async (what, probe) => {
    for (let tries = 0; tries < 150; tries++) {
      const value = await probe();
      if (value) return value;
      await sleep(100);
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  // Runs in the <browser>'s content process. A sandbox on the document's window (same principal, no Xrays) sees
  // the page's globals and is not subject to the extension CSP, which forbids eval in the page itself.
  const frameScript = () => {
    const sandboxes = new WeakMap();
    addMessageListener('apigw403e2e:evaluate', async ({ data }) => {
      const reply = (answer) => sendAsyncMessage('apigw403e2e:evaluated', { id: data.id, ...answer });
      try {
        const win = content;
        let sandbox = sandboxes.get(win);
        if (!sandbox) {
          sandbox = Cu.Sandbox(win, { sandboxPrototype: win, wantXrays: false, sameZoneAs: win });
          sandboxes.set(win, sandbox);
        }
        // A script, as CDP's Runtime.evaluate takes it: its completion value, awaited if it is a promise, is the
        // answer, serialized in the page's compartment and wrapped so that undefined comes back as undefined.
        const value = await Cu.evalInSandbox(data.expression, sandbox);
        const json = Cu.evalInSandbox('(value) => JSON.stringify({ value })', sandbox)(value);
        reply({ json });
      } catch (error) {
        reply({ error: String(error?.message ?? error) });
      }
    });
  };
  const withScript = new WeakSet();
  let nextId = 1;
  const helpers = {
    gDevTools: require('devtools/client/framework/devtools').gDevTools,
    extensionOf: (id) => ExtensionParent.GlobalManager.getExtension(id),
    tabs: new Map(),
    sleep,
    until,
    async evaluateInBrowser(browser, expression) {
      if (!withScript.has(browser)) {
        browser.messageManager.loadFrameScript(
          `data:,(${encodeURIComponent(frameScript.toString())})()`,
          false,
        );
        withScript.add(browser);
      }
      const id = nextId++;
      const manager = browser.messageManager;
      const answer = await new Promise((resolve) => {
        const listener = ({ data }) => {
          if (data.id !== id) return;
          manager.removeMessageListener('apigw403e2e:evaluated', listener);
          resolve(data);
        };
        manager.addMessageListener('apigw403e2e:evaluated', listener);
        manager.sendAsyncMessage('apigw403e2e:evaluate', { id, expression });
      });
      if (answer.error !== undefined) throw new Error(answer.error);
      return answer.json;
    },
  };
  window.apigw403E2e = helpers;
  return true;
}

/** Opens the toolbox on the selected tab and waits until it lists our panel; remembers the tab as `handle`. */
export async function openToolbox(handle, extensionId) {
  const { gDevTools, tabs, until } = window.apigw403E2e;
  const tab = gBrowser.selectedTab;
  tabs.set(handle, tab);
  const toolbox = await gDevTools.showToolboxForTab(tab);
  const tool = await until('our DevTools panel to be registered', () =>
    toolbox.getAdditionalTools().find((candidate) => candidate.extensionId === extensionId),
  );
  return { toolId: tool.id };
}

/** The text of our tab in the toolbox's tab strip, as the user reads it. */
export async function tabTitle(handle, toolId) {
  const toolbox = window.apigw403E2e.gDevTools.getToolboxForTab(window.apigw403E2e.tabs.get(handle));
  const tab = await window.apigw403E2e.until('our tab in the toolbox tab strip', () =>
    toolbox.doc.getElementById(`toolbox-tab-${toolId}`),
  );
  return tab.textContent.trim();
}

/** Shows our panel and waits until its `<browser>` holds the extension page. */
export async function selectPanel(handle, toolId) {
  const { gDevTools, tabs, until } = window.apigw403E2e;
  const toolbox = gDevTools.getToolboxForTab(tabs.get(handle));
  await toolbox.selectTool(toolId);
  await until('the panel page to load', () => {
    const frame = toolbox.doc.getElementById(`toolbox-panel-iframe-${toolId}`);
    const browser = frame?.contentDocument?.querySelector('browser');
    return browser?.currentURI?.spec.startsWith('moz-extension:') ? browser : undefined;
  });
  return true;
}

/** Evaluates `expression` (a promise is awaited) in our panel's document: `{"value": …}` as JSON text. */
export async function evaluateInPanel(handle, toolId, expression) {
  const { gDevTools, tabs, evaluateInBrowser } = window.apigw403E2e;
  const toolbox = gDevTools.getToolboxForTab(tabs.get(handle));
  const frame = toolbox.doc.getElementById(`toolbox-panel-iframe-${toolId}`);
  return evaluateInBrowser(frame.contentDocument.querySelector('browser'), expression);
}

/** Evaluates `expression` in the extension's event page, waking it first if Firefox stopped it. */
export async function evaluateInBackground(extensionId, expression) {
  const { extensionOf, evaluateInBrowser, until } = window.apigw403E2e;
  const extension = extensionOf(extensionId);
  await extension.wakeupBackground?.();
  const view = await until('the running event page', () =>
    [...extension.views].find((candidate) => candidate.viewType === 'background' && candidate.xulBrowser),
  );
  return evaluateInBrowser(view.xulBrowser, expression);
}

/** Stops the event page the way Firefox does when it idles it out. */
export async function terminateBackground(extensionId) {
  const extension = window.apigw403E2e.extensionOf(extensionId);
  await extension.terminateBackground({ disableResetIdleForTest: true });
  return extension.backgroundState;
}

export async function closeToolbox(handle) {
  const { gDevTools, tabs } = window.apigw403E2e;
  await gDevTools.closeToolboxForTab(tabs.get(handle));
  tabs.delete(handle);
  return true;
}

/** Saves downloads to `dir` without asking (what the user's "Save" does). */
export function setDownloadDir(dir) {
  Services.prefs.setIntPref('browser.download.folderList', 2);
  Services.prefs.setCharPref('browser.download.dir', dir);
  Services.prefs.setBoolPref('browser.download.useDownloadDir', true);
  Services.prefs.setBoolPref('browser.download.always_ask_before_handling_new_types', false);
  return true;
}

/** The DevTools theme pref: what `devtools.panels.themeName` reports and `onThemeChanged` announces. */
export function setDevtoolsTheme(theme) {
  Services.prefs.setCharPref('devtools.theme', theme);
  return true;
}

/** PNG (data: URL) of our panel alone; BiDi refuses screenshots of chrome documents, drawSnapshot does not. */
export async function panelScreenshot(handle, toolId) {
  const { gDevTools, tabs } = window.apigw403E2e;
  const toolbox = gDevTools.getToolboxForTab(tabs.get(handle));
  const browser = toolbox.doc
    .getElementById(`toolbox-panel-iframe-${toolId}`)
    .contentDocument.querySelector('browser');
  const { width, height } = browser.getBoundingClientRect();
  const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(
    new DOMRect(0, 0, width, height),
    1,
    'white',
  );
  const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return canvas.toDataURL('image/png');
}
