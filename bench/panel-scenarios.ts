/**
 * The tickets bench/panel-render.ts opens in the ticket page: a 500-message thread, a normal ticket, and
 * the same ticket with hostile long fields (DESIGN.md §6: a 100 KB title and a 1 MB description open as
 * fast as a normal ticket).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyForPage } from '../src/panels/ticketPanelView';
import type { TicketHeaderView, TicketMessageView, TicketPanelInit } from '../src/shared/protocol/ticket';

export interface PanelScenario {
  readonly name: string;
  readonly init: TicketPanelInit;
  /** Messages the page shows once everything is painted. */
  readonly messages: number;
}

const BODIES = [
  'Connections from ECS in cn-hangzhou-h to RDS time out after 10 s.\nPlease see https://help.example.com/rds/whitelist for the whitelist rules.',
  '按照建议操作后问题依旧，附上最新的日志。我们又做了一次抓包，发现 SYN 包发出去没有回应。',
  'Thanks. Could you run `mtr -rw <host>` from the instance and paste the output?\nmtr output:\n  1. 10.0.0.1  0.0%\n  2. 100.64.0.1  0.0%\n  3. ???',
  'We reproduced it in our lab and are testing a fix. ETA tomorrow 10:00 (UTC+8).',
];

function thread(count: number): TicketMessageView[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(1_000_000 + i),
    role: i % 2 === 0 ? 'customer' : 'support',
    author: i % 2 === 0 ? 'user' : '工单小二',
    displayType: i % 97 === 5 ? 'qa-bot' : 'normal',
    ...bodyForPage(`[${i}] ${BODIES[i % BODIES.length]}`),
    createdAt: Date.UTC(2026, 8, 1) + i * 37 * 60_000,
    attachments: i % 10 === 3 ? [{ name: `capture-${i}.pcap`, sizeBytes: 12_345 * (i + 1), available: true, kind: 'other' as const }] : [],
    secret: i % 50 === 7,
    withdrawn: false,
    unread: i > count - 3,
  }));
}

function header(title: string, labels: readonly string[]): TicketHeaderView {
  return {
    ticketId: 'BENCH01',
    title,
    providerName: 'Alibaba Cloud',
    accountLabel: 'Bench',
    status: { label: 'Waiting for your feedback', group: 'needs-action', code: '3', known: true },
    severity: 'Normal',
    product: 'ApsaraDB RDS',
    createdAt: Date.UTC(2026, 8, 1),
    updatedAt: Date.UTC(2026, 8, 20),
    labels,
    fields: [],
  };
}

function init(strings: Record<string, string>, title: string, messages: TicketMessageView[], labels: readonly string[] = []): TicketPanelInit {
  return {
    accountId: 'bench',
    ticketId: 'BENCH01',
    strings: strings as unknown as TicketPanelInit['strings'],
    locale: 'en',
    draft: { body: '', secret: false, attachments: [] },
    snapshot: {
      header: header(title, labels),
      actions: {
        available: ['refresh', 'close', 'export', 'openInConsole', 'copyId'],
        canReply: true,
        secretReply: true,
        canWithdraw: false,
        maxAttachments: 3,
        maxAttachmentBytes: 20 * 1024 * 1024,
        maxReplyLength: 10_000,
        hasEarlier: false,
        ratingForm: false,
        requestForms: false,
        authorizations: false,
      },
      messages,
    },
  };
}

/** Every string key gets its own key as text: enough for layout, no localisation needed here. */
export function placeholderStrings(root: string): Record<string, string> {
  const source = readFileSync(join(root, 'src/shared/protocol/ticketStrings.ts'), 'utf8');
  const keys = [...source.matchAll(/readonly (\w+): string;/g)].map((m) => m[1]);
  return Object.fromEntries(keys.map((key) => [key, key === 'attachLimit' ? 'Up to {0} files of at most {1} each.' : key]));
}

const TITLE = 'RDS connection timeout from ECS in another zone';
const DESCRIPTION = `${'Since 09:00 our ECS instances in cn-hangzhou-h cannot reach the RDS instance rm-bp1x (see https://help.example.com/rds). '.repeat(5)}\nWhat we tried: whitelist, security group, a new connection string.`;
/** Messages after the description in the normal and the long-field ticket. */
const REPLIES = 20;

/** A string of exactly `length` UTF-16 units made of `unit` repeated. */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * 100 KB title: an unterminated right-to-left override, zero-width characters and one unbroken "word".
 * 1 MB description: what makes naive linkifying and layout slow — links without spaces between them, a
 * long run of one letter, long lines and no break opportunity.
 */
export function hostileFields(): { title: string; description: string } {
  const title = `\u202EURGENT\u200B invoice ${repeatTo('ab\u200Bcd', 4_000)} ${repeatTo('x', 100 * 1024 - 4_020)}`.slice(0, 100 * 1024);
  const description = [
    repeatTo('http://a', 256 * 1024),
    repeatTo('a', 256 * 1024),
    repeatTo('https://help.example.com/x?y=(z)... ', 256 * 1024),
    repeatTo('word \u00A0\u202E\u2066 ', 256 * 1024),
  ].join('');
  return { title, description };
}

/**
 * What follows an unterminated override on the same line must keep its order: the label after a label,
 * an attachment's size after its name (bench/panel-render.ts checks both in Chromium).
 */
export const OVERRIDE_PROBES = { labels: ['\u202Eurgent', 'billing'], attachment: { name: 'invoice\u202Etxt.exe', sizeBytes: 12_345, available: true, kind: 'other' } } as const;

function ticketWith(description: string, hostile = false): TicketMessageView[] {
  const [first, ...rest] = thread(REPLIES + 1);
  // Through the host's own cut, as the shipped panel sends it.
  return [{ ...first, ...bodyForPage(description), attachments: hostile ? [OVERRIDE_PROBES.attachment] : first.attachments }, ...rest];
}

/** The scenarios in measuring order; names are used in the rows. */
export function panelScenarios(root: string, threadLength: number): PanelScenario[] {
  const strings = placeholderStrings(root);
  const hostile = hostileFields();
  return [
    { name: 'thread', init: init(strings, TITLE, thread(threadLength)), messages: threadLength },
    { name: 'normal', init: init(strings, TITLE, ticketWith(DESCRIPTION)), messages: REPLIES + 1 },
    { name: 'long', init: init(strings, hostile.title, ticketWith(hostile.description, true), OVERRIDE_PROBES.labels), messages: REPLIES + 1 },
  ];
}
