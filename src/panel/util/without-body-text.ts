import type { CapturedEntry } from '../../platform/devtools-network.ts';

/** The entry without its response body text: what the panel keeps of requests whose body it no longer needs. */
export function withoutBodyText(entry: CapturedEntry): CapturedEntry {
  const { text: _text, ...content } = entry.response.content ?? {};
  return { ...entry, response: { ...entry.response, content } };
}
