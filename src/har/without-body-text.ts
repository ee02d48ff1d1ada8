/**
 * The entry without its response body text: what the panel keeps of requests whose body it no longer needs, and
 * what the analyzer page keeps of entries it lists but never classified (the body is not evidence there).
 */
export function withoutBodyText<Entry extends { response: { content?: { text?: string } } }>(
  entry: Entry,
): Entry {
  const { text: _text, ...content } = entry.response.content ?? {};
  return { ...entry, response: { ...entry.response, content } };
}
