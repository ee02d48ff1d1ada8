import { describe, expect, it } from 'vitest';
import { inertJson, oneLine, stripControls } from './sanitize.ts';

describe('captured data cannot drive the terminal', () => {
  it.each([
    ['colour codes', 'x\u001b[31mred\u001b[0m', 'xred'],
    ['window title (OSC, BEL-terminated)', '\u001b]0;pwned\u0007ok', 'ok'],
    ['hyperlink (OSC, ST-terminated)', '\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['cursor movement and clear screen', 'a\u001b[2J\u001b[Hb', 'ab'],
    ['carriage return overwriting the line', 'safe\rEVIL', 'safe?EVIL'],
    ['backspaces', 'ab\b\bcd', 'ab??cd'],
    ['C1 CSI', 'a\u009b31mb', 'a?31mb'],
    ['bidirectional override', 'evil\u202Egpj.exe', 'evil?gpj.exe'],
  ])('%s', (_name, input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });

  it('keeps tabs and newlines, or folds them onto one line', () => {
    expect(stripControls('a\tb\nc')).toBe('a\tb\nc');
    expect(oneLine('a\tb\n\nc')).toBe('a b c');
  });
});

describe('JSON output', () => {
  it('escapes C1, bidi and zero-width characters and still parses back to the same data', () => {
    const value = { detail: 'evil\u202Egpj.exe key\u200Babc \u009b31m', n: 1 };
    const text = inertJson(value, 2);
    expect(text).toContain('\\u202e');
    expect(/[\u007f-\u009f\u200b-\u200f\u202a-\u202e]/.test(text)).toBe(false);
    expect(JSON.parse(text)).toEqual(value);
  });
});
