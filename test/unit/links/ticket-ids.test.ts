import * as assert from 'node:assert/strict';
import { findTicketIdCandidates, normalizeTicketId, providersMatchingId, recognizeTicketIds, ticketIdFromInput } from '../../../src/core/ticket-ids';
import { TICKET_ID_FORMATS as FORMATS } from '../../../src/providers';

const [ALIYUN_TICKET_ID_FORMAT, HUAWEICLOUD_TICKET_ID_FORMAT] = FORMATS;

const ids = (text: string, known: readonly string[] = []) => recognizeTicketIds(text, { formats: FORMATS, isKnown: (id) => known.includes(id) }).map((found) => found.id);
const reasons = (text: string, known: readonly string[] = []) => recognizeTicketIds(text, { formats: FORMATS, isKnown: (id) => known.includes(id) }).map((found) => `${found.id}:${found.reason}`);

describe('ticket id formats', () => {
  it('accepts the ids of the specs and of the emulator, each for its own cloud', () => {
    const aliyun = ['0005PYGCW', '0006S6ZL6E', '001571BTXC', 'G2BKRWG', '3EBYRY7', '001ET1BU1P', '00A7K2M9Q', 'XSS0000001', 'RTARNP'];
    const huawei = ['TS202603275SQAIEFGS0404', 'TT201801020526', 'TS20260320PENDING0000002', 'TS20260212LONGTHREAD0009', 'TS20260101UNKNOWN0000001'];
    assert.deepEqual(
      {
        aliyun: aliyun.map((id) => providersMatchingId(id, FORMATS).join()),
        huawei: huawei.map((id) => providersMatchingId(id, FORMATS).join()),
      },
      { aliyun: aliyun.map(() => 'aliyun'), huawei: huawei.map(() => 'huaweicloud') },
    );
  });

  it('refuses what is not an id of either cloud', () => {
    const refused = ['', 'ABC12', '0005PYGCW0005PYGCW', 'TS-123456', 'case-123', '0005pygcw', '0005 PYGCW', 'TS2026032', 'TX202603275SQAIEFGS0404'];
    assert.deepEqual(
      refused.filter((id) => providersMatchingId(id, FORMATS).length > 0),
      ['TS2026032'],
    );
  });

  it('normalises what a user typed: trimmed and upper case', () => {
    assert.equal(normalizeTicketId('  0005pygcw \n'), '0005PYGCW');
  });

  it('wants a digit and a letter in running text, so words and numbers are not ids', () => {
    assert.deepEqual(
      [
        ALIYUN_TICKET_ID_FORMAT.inText.test('WARNING'),
        ALIYUN_TICKET_ID_FORMAT.inText.test('20260327'),
        ALIYUN_TICKET_ID_FORMAT.inText.test('0005PYGCW'),
        HUAWEICLOUD_TICKET_ID_FORMAT.inText.test('TS202603275SQAIEFGS0404'),
      ],
      [false, false, true, true],
    );
  });
});

describe('ticket ids in running text', () => {
  it('finds every id-shaped token with its offsets, case-sensitively', () => {
    const text = 'see 0005PYGCW and ts202603275sqaiefgs0404, then TS202603275SQAIEFGS0404.';
    assert.deepEqual(
      findTicketIdCandidates(text, FORMATS).map((c) => [c.id, c.start, c.end, c.providerIds.join()]),
      [
        ['0005PYGCW', 4, 13, 'aliyun'],
        ['TS202603275SQAIEFGS0404', 48, 71, 'huaweicloud'],
      ],
    );
  });

  it('takes an id after a context word, in English and Chinese, with id/no/number and punctuation between', () => {
    const lines = [
      'ticket 0005PYGCW',
      'Ticket ID: 0005PYGCW',
      'see case #0005PYGCW',
      'incident no. TS202603275SQAIEFGS0404',
      '工单号：0005PYGCW',
      '工单0005PYGCW 已解决',
      'work order 0005PYGCW',
      '"TicketId": "0005PYGCW"',
      'ticket_id=0005PYGCW',
      'Tickets: (0005PYGCW)',
      '服务单编号 TS202603275SQAIEFGS0404',
      'fix/ticket-0005PYGCW-login',
    ];
    assert.deepEqual(
      lines.filter((line) => ids(line).length !== 1),
      [],
    );
  });

  it('ignores an id-shaped token without context or cache', () => {
    const lines = [
      'build 0005PYGCW passed',
      'ticket system down; 0005PYGCW later in the same line',
      'showcase 0005PYGCW',
      'ticket\n0005PYGCW',
      'the ticket was about A1B2C3D4E'.replace('about ', 'about the server '),
    ];
    assert.deepEqual(
      lines.flatMap((line) => ids(line)),
      [],
    );
  });

  it('takes a known id anywhere, and says why each id was taken', () => {
    assert.deepEqual(reasons('0005PYGCW; ticket 0006S6ZL6E, 001571BTXC and 001ET1BU1P; #G2BKRWG1', ['0005PYGCW']), [
      '0005PYGCW:known',
      '0006S6ZL6E:context',
      '001571BTXC:list',
      '001ET1BU1P:list',
      'G2BKRWG1:hash',
    ]);
  });

  it('does not take an 8-digit hex colour after # for an id, nor a list across lines', () => {
    assert.deepEqual(ids('color: #A1B2C3D4;\nticket 0005PYGCW,\n0006S6ZL6E'), ['0005PYGCW']);
  });

  it('stops after maxResults', () => {
    const text = Array.from({ length: 50 }, () => 'ticket 0005PYGCW').join(' ');
    assert.equal(recognizeTicketIds(text, { formats: FORMATS, maxResults: 7 }).length, 7);
  });
});

describe('ticket ids in hostile text', () => {
  it('keeps bidi controls, invisibles and look-alikes out of ids', () => {
    const cases = {
      override: 'ticket \u202E0005PYGCW',
      inside: 'ticket 0005\u202EPYGCW',
      zeroWidth: 'ticket 0005PY\u200BGCW',
      cyrillic: 'ticket 0005\u0420YGCW',
      fullWidth: 'ticket ０００５PYGCW',
      nul: 'ticket\u00000005PYGCW',
      loneSurrogate: 'ticket \uD8000005PYGCW',
    };
    const found = Object.fromEntries(Object.entries(cases).map(([name, text]) => [name, ids(text, ['0005PYGCW'.replace('P', 'X')])]));
    // A control between the context word and the id breaks the context; split tokens are no id at all.
    assert.deepEqual(found, { override: [], inside: [], zeroWidth: [], cyrillic: [], fullWidth: [], nul: [], loneSurrogate: [] });
    // A cached id next to a control is still the same ASCII token, and nothing of the control is in the link.
    assert.deepEqual(
      recognizeTicketIds('x\u202E0005PYGCW\u202C', { formats: FORMATS, isKnown: (id) => id === '0005PYGCW' }).map((c) => [c.id, c.start, c.end]),
      [['0005PYGCW', 2, 11]],
    );
  });

  it('finds the one id in a 10 MB hostile line (the bench measures how long it takes)', function () {
    this.timeout(60_000);
    const line = `${'x'.repeat(5_000_000)} ticket 0005PYGCW ${'\u202E#'.repeat(2_500_000)}`;
    assert.deepEqual(ids(line), ['0005PYGCW']);
  });
});

describe('an id typed or pasted into Open Ticket by ID', () => {
  const read = (text: string) => {
    const parsed = ticketIdFromInput(text, FORMATS);
    return parsed.kind === 'id' ? `${parsed.id}@${parsed.providerIds.join()}` : parsed.kind;
  };

  it('takes a bare id in any case, a console link, or text holding one id', () => {
    assert.deepEqual(
      [
        read(' 0005pygcw '),
        read('https://smartservice.console.aliyun.com/service/pre-sales-detail?ticketId=0006S6ZL6E'),
        read('https://console.huaweicloud.com/ticket/?#/ticketindex/serviceTicketDetail?id=TS202603275SQAIEFGS0404'),
        read('Hi, about ticket 0005PYGCW: the ECS still fails'),
        read('#001571btxc'),
        read('ecs-7X2K9Q1 failed, see ticket 0005PYGCW'),
      ],
      ['0005PYGCW@aliyun', '0006S6ZL6E@aliyun', 'TS202603275SQAIEFGS0404@huaweicloud', '0005PYGCW@aliyun', '001571BTXC@aliyun', '0005PYGCW@aliyun'],
    );
  });

  it('says when there is nothing, too much, or more than one id', () => {
    assert.deepEqual([read(''), read('   '), read('hello world'), read('x'.repeat(10_001)), read('0005PYGCW and 0006S6ZL6E')], ['empty', 'empty', 'none', 'too-long', 'several']);
  });

  it('ignores URL parameters that do not name a ticket', () => {
    assert.equal(read('https://example.com/?page=A1B2C3D4E&ticketId=0005PYGCW'), '0005PYGCW@aliyun');
  });
});
