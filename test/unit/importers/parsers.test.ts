import * as assert from 'node:assert/strict';
import { decodeText, formatImportText, maskKeyId } from '../../../src/accounts/importers';
import { parseCsv } from '../../../src/accounts/importers/csv-parser';
import { parseIni } from '../../../src/core/credential-import/ini-parser';

describe('maskKeyId', () => {
  it('shows the first and last four characters of a normal key id', () => {
    assert.equal(maskKeyId('LTAI5thQzGIgrLpQWLSl1Bin'), 'LTAI****1Bin');
  });

  it('shows less of a short id', () => {
    assert.deepEqual([maskKeyId('ABCDEFGHIJ'), maskKeyId('ABC'), maskKeyId('')], ['AB****IJ', '****', '']);
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, embedded newlines and CRLF', () => {
    const { rows } = parseCsv('a,"b ""c""","d\r\ne"\r\nf,g,h\r\n');
    assert.deepEqual(rows, [
      { line: 1, fields: ['a', 'b "c"', 'd\r\ne'] },
      { line: 3, fields: ['f', 'g', 'h'] },
    ]);
  });

  it('drops a BOM and blank rows', () => {
    assert.deepEqual(
      parseCsv('\uFEFFx,y\n\n,\nz,w').rows.map((row) => row.fields),
      [
        ['x', 'y'],
        ['z', 'w'],
      ],
    );
  });

  it('reports an unterminated quote', () => {
    assert.equal(parseCsv('a,"b\nc').unterminatedQuote, true);
  });
});

describe('parseIni', () => {
  it('reads sections with = and : separators, quotes and comments', () => {
    const document = parseIni('; c\n[a]\nK = "v 1"\n# c\nk2: v2\r\n[ b ]\nx=\n');
    assert.deepEqual(
      document.sections.map((s) => [s.name, s.entries]),
      [
        ['a', { k: 'v 1', k2: 'v2' }],
        ['b', { x: '' }],
      ],
    );
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 and both UTF-16 byte orders', () => {
    const utf16le = Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0x8b, 0x73]);
    const utf16be = Uint8Array.from([0xfe, 0xff, 0x00, 0x61, 0x73, 0x8b]);
    assert.deepEqual([decodeText(new TextEncoder().encode('王a')), decodeText(utf16le), decodeText(utf16be)], ['王a', 'a王', 'a王']);
  });
});

describe('formatImportText', () => {
  it('fills numbered placeholders and leaves unknown ones', () => {
    assert.equal(formatImportText({ message: '{0} and {1} but {2}', args: ['x', 'y'] }), 'x and y but {2}');
  });
});
