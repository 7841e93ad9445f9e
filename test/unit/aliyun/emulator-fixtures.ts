/**
 * A small, fully known Workorder world for provider tests: tests derive their expectations from
 * these values instead of hard-coding results.
 */

export const OWNER_UID = '1000000000000001';
export const OTHER_UID = '1000000000000002';
export const KEY = { accessKeyId: 'LTAItestOwner0001', accessKeySecret: 'owner-secret-0001' };
export const OTHER_KEY = { accessKeyId: 'LTAItestOther0002', accessKeySecret: 'other-secret-0002' };
export const STS_KEY = { accessKeyId: 'STS.testTemporary', accessKeySecret: 'sts-secret-0003', securityToken: 'CAIS-test-token+/=' };
export const REGISTERED_EMAIL = 'ops@example.com';

/** Status codes 1..6 cycled over the owner's tickets. */
export const TICKET_COUNT = 25;
const DAY = 86_400_000;
const BASE_TIME = Date.UTC(2026, 0, 1);

export interface TicketSeed {
  readonly TicketId: string;
  readonly Title: string;
  readonly Description: string;
  readonly Status: number;
  readonly CreatorId: string;
  readonly CreateTime: number;
  readonly CategoryId: string;
  readonly ProductCode: string;
}

function ticketId(index: number): string {
  return `T${String(index).padStart(6, '0')}X`;
}

export const OWNER_TICKETS: readonly TicketSeed[] = Array.from({ length: TICKET_COUNT }, (_, index) => ({
  TicketId: ticketId(index),
  Title: index % 5 === 0 ? `Backup job ${index} failed` : `ECS question ${index}`,
  Description: index % 5 === 0 ? `快照备份失败 backup error E10${index}` : `Instance ${index} cannot be reached`,
  Status: (index % 6) + 1,
  CreatorId: OWNER_UID,
  CreateTime: BASE_TIME + index * DAY,
  CategoryId: '53812',
  ProductCode: 'ecs',
}));

export const FOREIGN_TICKET: TicketSeed = {
  TicketId: 'FOREIGN01',
  Title: 'Not yours',
  Description: 'belongs to another account',
  Status: 2,
  CreatorId: OTHER_UID,
  CreateTime: BASE_TIME,
  CategoryId: '7161',
  ProductCode: 'ecs',
};

/** Ticket 1 (status 2, in progress) carries a two-note thread with an agent attachment. */
export const THREAD_TICKET = OWNER_TICKETS[1];
export const THREAD_ATTACHMENT = { Name: 'backup-error.log', Text: 'snapshot s-1 failed: E1001\n' };

export const DIRECTORIES = [
  {
    DirectoryId: 1,
    DirectoryName: 'Elastic Computing',
    DirectoryNameZh: '弹性计算',
    ProductList: [
      { ProductId: 18550, ProductName: 'Elastic Compute Service (ECS)', ProductNameZh: '云服务器 ECS', ProductCode: 'ecs', Hot: true },
      { ProductId: 7160, ProductName: 'Simple Application Server', ProductCode: 'swas' },
    ],
  },
  {
    DirectoryId: 2,
    DirectoryName: 'Storage',
    ProductList: [{ ProductId: 7200, ProductName: 'Object Storage Service (OSS)', ProductCode: 'oss' }],
  },
];

export const CATEGORIES: Readonly<Record<string, readonly { CategoryId: number; CategoryName: string; CategoryNameZh?: string }[]>> = {
  '18550': [
    { CategoryId: 7161, CategoryName: 'ECS instance cannot be connected', CategoryNameZh: 'ECS 实例无法连接' },
    { CategoryId: 53812, CategoryName: 'Backup and snapshot' },
  ],
  '7160': [{ CategoryId: 7170, CategoryName: 'Server cannot be reached' }],
  '7200': [{ CategoryId: 793, CategoryName: 'Bucket access denied (403)' }],
};

function notesFor(ticket: TicketSeed, index: number): unknown[] {
  const notes: unknown[] = [{ DialogId: index * 10 + 1, CreateTime: ticket.CreateTime, Role: 3, Name: 'user', Content: ticket.Description }];
  if (ticket === THREAD_TICKET) {
    // Listed out of order on purpose: the client sorts by time.
    notes.unshift({ DialogId: index * 10 + 2, CreateTime: ticket.CreateTime + 60_000, Role: 2, Name: '工单小二', Content: '您好，我们正在排查。', Attachments: [THREAD_ATTACHMENT] });
  }
  return notes;
}

/** The fixtures document passed to `startEmulator`. */
export function fixturesDocument(): unknown {
  const tickets = [...OWNER_TICKETS, FOREIGN_TICKET].map((ticket, index) => ({
    ...ticket,
    Severity: index % 7 === 0 ? 2 : 1,
    Notes: notesFor(ticket, index),
  }));
  return {
    aliyun: {
      accounts: [
        { ...KEY, uid: OWNER_UID, principalName: 'owner', contactEmails: [REGISTERED_EMAIL] },
        { ...OTHER_KEY, uid: OTHER_UID },
        { ...STS_KEY, uid: OWNER_UID, securityTokenExpiration: new Date(Date.now() + 3_600_000).toISOString() },
      ],
      directories: DIRECTORIES,
      categories: CATEGORIES,
      tickets,
    },
  };
}

/** Owner tickets whose status code is in `codes`. */
export function ownerTicketsWithStatus(...codes: number[]): TicketSeed[] {
  return OWNER_TICKETS.filter((ticket) => codes.includes(ticket.Status));
}
