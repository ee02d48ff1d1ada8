/**
 * Blanks comments and the contents of string and template literals, keeping line breaks, so a scan
 * for code patterns is not fooled by prose ("never call fetch(") or by URLs inside strings.
 * Template literal `${…}` expressions are kept because they are code.
 */
export function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  const templateDepth: number[] = [];
  let braceDepth = 0;
  const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? source.length : end;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += blank(source.slice(i, stop));
      i = stop;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== ch && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      out += `${ch}${blank(source.slice(i + 1, j))}${ch}`;
      i = j + 1;
    } else if (ch === '`' || (ch === '}' && templateDepth.at(-1) === braceDepth)) {
      if (ch === '}') templateDepth.pop();
      let j = i + 1;
      while (j < source.length && source[j] !== '`' && !(source[j] === '$' && source[j + 1] === '{')) {
        j += source[j] === '\\' ? 2 : 1;
      }
      out += `${ch}${blank(source.slice(i + 1, j))}`;
      if (source[j] === '$') {
        templateDepth.push(braceDepth);
        out += '${';
        i = j + 2;
      } else {
        out += '`';
        i = j + 1;
      }
    } else {
      if (ch === '{') braceDepth++;
      else if (ch === '}') braceDepth--;
      out += ch;
      i++;
    }
  }
  return out;
}
