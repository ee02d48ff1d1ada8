import { devtoolsApi } from './devtools-api.ts';

interface NetworkPanel {
  show?(options?: { filter?: string }): void;
}

function networkPanel(): NetworkPanel | undefined {
  return (devtoolsApi().panels as { network?: NetworkPanel }).network;
}

/** Chromium 139+ lets an extension open the Network panel with a filter; older browsers and Firefox cannot. */
export function canRevealInNetworkPanel(): boolean {
  return typeof networkPanel()?.show === 'function';
}

/** Opens DevTools' Network panel filtered to this URL, so the request is the one row in view. */
export function revealInNetworkPanel(url: string): void {
  networkPanel()?.show?.({ filter: url });
}
