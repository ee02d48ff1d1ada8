/**
 * Calls an extension API that takes a callback in Chrome and returns a promise in Firefox (or in Chrome's
 * native `browser` namespace), and resolves with whichever answers.
 */
export function callbackOrPromise<Args extends unknown[]>(
  call: (callback: (...args: Args) => void) => unknown,
): Promise<Args> {
  return new Promise((resolve, reject) => {
    try {
      const returned = call((...args) => resolve(args));
      if (returned && typeof (returned as Promise<unknown>).then === 'function') {
        (returned as Promise<unknown>).then((value) => resolve([value] as Args), reject);
      }
    } catch (error) {
      reject(error);
    }
  });
}
