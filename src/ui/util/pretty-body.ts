import type { Body } from '../../core/index.ts';

/** Indents XML by nesting depth. Works on text only; nothing is parsed into a DOM, so nothing can run. */
function prettyXml(text: string): string {
  const tokens = text.replace(/>\s*</g, '>\n<').split('\n');
  let depth = 0;
  return tokens
    .map((token) => {
      const line = token.trim();
      if (/^<\//.test(line)) depth = Math.max(0, depth - 1);
      const indented = `${'  '.repeat(depth)}${line}`;
      if (/^<[^!?/][^>]*[^/]>$/.test(line) && !/<\/[^>]+>$/.test(line)) depth++;
      return indented;
    })
    .join('\n');
}

/** The body as display text: pretty JSON or XML, anything else verbatim. Always shown as text, never as HTML. */
export function prettyBody(body: Body): string | undefined {
  if (body.kind === 'json' && body.json !== undefined) return JSON.stringify(body.json, null, 2);
  if (body.kind === 'xml' && body.text !== undefined) return prettyXml(body.text);
  return body.text;
}
