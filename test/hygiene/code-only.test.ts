import { describe, expect, it } from 'vitest';
import { codeOnly } from './code-only.ts';

describe('codeOnly', () => {
  it('blanks comments but keeps code and line numbers', () => {
    const out = codeOnly('a(); // never fetch(x)\n/* eval(y)\n */ b();');
    expect(out).not.toContain('fetch');
    expect(out).not.toContain('eval');
    expect(out).toContain('a();');
    expect(out).toContain('b();');
    expect(out.split('\n')).toHaveLength(3);
  });

  it('blanks string contents, so URLs with // do not hide the code after them', () => {
    const out = codeOnly("const u = 'https://x/fetch('; fetch(u);");
    expect(out.match(/fetch\(/g)).toHaveLength(1);
    expect(out).toContain('fetch(u)');
  });

  it('keeps code inside template expressions and blanks the literal text around it', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the input is TypeScript source that holds a template literal
    const out = codeOnly('const s = `eval( ${fetch(a, { b: 1 })} new Function(`; eval(z);');
    expect(out).toContain('fetch(a, { b: 1 })');
    expect(out).not.toContain('new Function');
    expect(out.match(/eval\(/g)).toHaveLength(1);
  });
});
