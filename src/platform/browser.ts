import browser from 'webextension-polyfill';

/**
 * The one import of webextension-polyfill. The polyfill is end-of-life (Chrome now ships `browser` natively),
 * so keeping it behind this module lets it go with a one-line change.
 */
export { browser };
