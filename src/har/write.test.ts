import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeHar } from './write.ts';

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
