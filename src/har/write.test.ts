import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HarTextWriter, writeHar } from './write.ts';

describe('writeHar', () => {
  it('puts each header and the timings on one line, everything else indented', () => {
    const har = {
      log: {
        version: '1.2',
        entries: [
          {
            request: { method: 'GET', headers: [{ name: 'accept', value: '*/*' }], queryString: [] },
            timings: { send: 0, wait: 10, receive: 1 },
          },
        ],
      },
    };
    expect(writeHar(har)).toBe(
      [
        '{',
        '  "log": {',
        '    "version": "1.2",',
        '    "entries": [',
        '      {',
        '        "request": {',
        '          "method": "GET",',
        '          "headers": [',
        '            {"name":"accept","value":"*/*"}',
        '          ],',
        '          "queryString": []',
        '        },',
        '        "timings": {"send":0,"wait":10,"receive":1}',
        '      }',
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes exactly what JSON.stringify would, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(writeHar(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('is stable: writing what it wrote changes nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const once = writeHar(value);
        expect(writeHar(JSON.parse(once))).toBe(once);
      }),
    );
  });
});

describe('HarTextWriter', () => {
  it('writes piece by piece exactly what writeHar writes for the whole log', () => {
    // Integer-like keys would be reordered by JavaScript itself, in the expected object too.
    const key = fc.string().filter((k) => k !== 'entries' && k !== '__proto__' && !/^\d+$/.test(k));
    const fields = fc.dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    fc.assert(
      fc.property(
        fields,
        fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 4 }),
        fields,
        (head, entries, after) => {
          const tail = Object.fromEntries(Object.entries(after).filter(([name]) => !(name in head)));
          const writer = new HarTextWriter();
          const pieces = [
            writer.start(head),
            ...entries.map((entry) => writer.entry(entry)),
            writer.end(tail),
          ];
          expect(pieces.join('')).toBe(writeHar({ log: { ...head, entries, ...tail } }));
        },
      ),
    );
  });
});
