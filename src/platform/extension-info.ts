import { browser } from './browser.ts';

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
