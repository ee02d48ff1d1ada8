import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../src/core/causes/index.ts';
import { priorBasis } from './causes-doc.ts';
import { renderCausesDocFromRepo } from './causes-doc-inputs.ts';

describe('docs/causes.md', () => {
  const committed = readFileSync(new URL('../docs/causes.md', import.meta.url), 'utf8');

  it('is what the cause units render (run `npm run docs:causes` after changing a unit)', () => {
    expect(committed === renderCausesDocFromRepo()).toBe(true);
  });

  it('has a section for every cause id', () => {
    for (const id of CAUSE_IDS) expect(committed).toContain(`## \`${id}\``);
  });
});

describe('priorBasis', () => {
  it('reads the comment right above the prior, without its "Basis:" label', () => {
    const source = "  id: 'x',\n  // Basis: often.\n  // Dev corpus: 3 of 9.\n  prior: 0.3,\n";
    expect(priorBasis(source)).toBe('often. Dev corpus: 3 of 9.');
  });

  it('is empty when no comment states one', () => {
    expect(priorBasis("  id: 'x',\n  prior: 0.3,\n")).toBe('');
  });
});
