// Built-in sample tickets: 24 tickets of the main test account (four in each of the six statuses),
// English and Chinese, short and very long threads (50+ notes), with text and image attachments and a
// confidential (encrypted) customer reply; plus two tickets of a second account to prove isolation.
// Times are fixed so tests can filter on them.
import type { AliyunAttachmentFixture, AliyunNoteFixture, AliyunTicketFixture } from './fixtures';
import { DEFAULT_AGENT_NAME } from './lifecycle';

export const MAIN_UID = '1234567890123456';
export const OTHER_UID = '9876543210987654';
/** 2026-09-01T00:00:00Z; ticket i is created i × 3 days + 1 h later. */
const BASE_TIME = Date.UTC(2026, 8, 1);
const HOUR = 3_600_000;
/** A 1×1 transparent PNG. */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

interface Scenario {
  readonly title: string;
  readonly description: string;
  readonly categoryId: string;
  readonly severity?: 2;
  /** Alternating agent/customer lines after the description (agent first). */
  readonly thread: readonly string[];
  /** Extra generated rounds of troubleshooting (2 notes each). */
  readonly longRounds?: number;
  /** Attachments by note index (0 = the description note). */
  readonly attachments?: Readonly<Record<number, readonly AliyunAttachmentFixture[]>>;
  readonly secret?: string;
  /** A customer reply sent as confidential (ReplyTicket Encrypt=true), after the thread. */
  readonly confidentialReply?: string;
}

const log = (name: string, text: string): AliyunAttachmentFixture => ({ Name: name, Text: text });
const screenshot = (name: string): AliyunAttachmentFixture => ({ Name: name, Base64: PNG_1X1 });

const SCENARIOS: readonly Scenario[] = [
  {
    title: 'ECS backup failed',
    description: 'ECS backup fails: every snapshot task ends with error E1001.',
    categoryId: '53812',
    thread: ['Hello, we are looking into it; please bear with us.', 'OK, thanks.', 'Please send us the ID of a failed snapshot task.'],
    attachments: { 0: [log('backup-error.log', '2026-09-01T00:40:12Z snapshot s-bp1 failed: E1001 disk busy\n')] },
  },
  {
    title: 'OSS 403 when uploading from CI',
    description: 'Our CI pipeline gets 403 AccessDenied when it PUTs objects to bucket ci-artifacts since yesterday.',
    categoryId: '793',
    thread: [
      'Hello, could you share the full error XML including the RequestId?',
      'Here it is, see the attached file.',
      'Thanks. The bucket policy denies the RAM role used by CI. Please check the statement added yesterday.',
    ],
    attachments: { 2: [log('oss-error.xml', '<Error><Code>AccessDenied</Code><Message>You have no right to access this object because of bucket acl.</Message></Error>')] },
  },
  {
    title: 'RDS connection timeout from ECS in another zone',
    description: 'Connections from ECS in cn-hangzhou-h to RDS in cn-hangzhou-i time out after 10 s.',
    categoryId: '7301',
    severity: 2,
    thread: ['Please check the RDS whitelist and the security group of the ECS instance.', 'The whitelist contains the VPC CIDR 172.16.0.0/12.'],
    longRounds: 26,
  },
  {
    title: '轻量应用服务器无法远程登录',
    description: '重启之后 SSH 22 端口连接被拒绝，控制台 VNC 可以登录。',
    categoryId: '7601',
    thread: ['您好，请检查防火墙规则中 22 端口是否放行。', '已经放行了，还是不行。', '请在 VNC 中执行 systemctl status sshd 并把结果发给我们。'],
    attachments: { 2: [screenshot('firewall.png')] },
  },
  {
    title: 'Function Compute cold start > 5 s',
    description: 'Java function cold starts take more than 5 seconds, p99 latency is unacceptable.',
    categoryId: '7701',
    thread: ['Have you tried provisioned instances?', 'Not yet, what does it cost?'],
  },
  {
    title: 'ACK 集群升级卡在 50%',
    description: '集群 c-8f3a 从 1.30 升级到 1.31 时卡在 50%，已经 3 小时。',
    categoryId: '7803',
    severity: 2,
    thread: ['您好，后台看到有一个节点池的节点处于 NotReady 状态，导致升级暂停。', '这个节点是我们手工加入的，可以移除吗？', '可以，移除后升级会继续。'],
    longRounds: 30,
  },
  {
    title: 'NAS mount fails with "access denied by server"',
    description: 'mount -t nfs fails on new ECS instances: access denied by server while mounting.',
    categoryId: '7211',
    thread: ['Please check the permission group bound to the mount target.'],
  },
  {
    title: 'Invoice title is wrong',
    description: 'The invoice for order 2026081912345 has the wrong company name. Can it be reissued?',
    categoryId: '11931',
    thread: ['Yes, please send us the correct company name and tax id.', 'Company: Example Tech Ltd., tax id attached.'],
    secret: 'Tax ID: 91330100MA2XXXXXXX',
    confidentialReply: 'Tax ID for the invoice: 91330100MA2XXXXXXX',
  },
  {
    title: 'Redis memory full, keys evicted',
    description: 'Tair instance r-bp1 evicts keys although used memory is only 60%.',
    categoryId: '7321',
    thread: ['The instance uses volatile-lru and the fragmentation ratio is 1.8. We suggest a restart during off-peak hours.'],
  },
  {
    title: 'SLB health check fails intermittently',
    description: 'The load balancer health check fails every few minutes, although nginx on the backend ECS instances is fine.',
    categoryId: '7401',
    thread: ['Please send a screenshot of the health check configuration.', 'Attached.'],
    attachments: { 2: [screenshot('health-check.png')] },
  },
  {
    title: 'CDN certificate not updated',
    description: 'We uploaded a renewed certificate but browsers still see the old one on static.example.com.',
    categoryId: '7421',
    thread: ['The new certificate is deployed now; propagation takes up to 10 minutes.', 'Confirmed, thanks!'],
  },
  {
    title: 'ECS CPU steal time high',
    description: 'Steal time on an ecs.g7.large instance stays above 20% and our service responds slowly.',
    categoryId: '7162',
    thread: ['Hello, we live-migrated the instance to a new physical host; please keep an eye on it.', 'It is back to normal now.'],
  },
  { title: 'ICP 备案被驳回', description: '备案被驳回，原因是网站名称不符合要求，想确认怎么修改。', categoryId: '762', thread: ['网站名称不能包含“平台”“中国”等字样，请修改后重新提交。'] },
  {
    title: 'PolarDB read/write splitting sends writes to read-only node',
    description: 'Some INSERTs fail with "read-only" errors through the cluster endpoint.',
    categoryId: '7312',
    severity: 2,
    thread: ['Are the INSERTs inside a transaction started with START TRANSACTION READ ONLY?', 'No, they use autocommit.', 'We found a proxy bug and deployed a fix. Please verify.'],
    longRounds: 24,
  },
  {
    title: 'VPC NAT gateway SNAT not working',
    description: 'Instances in vsw-2 cannot reach the internet although an SNAT entry exists.',
    categoryId: '7411',
    thread: ['The route table of vsw-2 has no default route to the NAT gateway.'],
  },
  {
    title: 'OSS lifecycle rule did not transition objects',
    description: 'A lifecycle rule moves objects to Infrequent Access after 30 days, but objects from 60 days ago are still Standard.',
    categoryId: '795',
    thread: ['The rule\'s prefix is "logs" without the slash, so it matches a different folder.'],
  },
  {
    title: 'Refund for unused reserved instance',
    description: 'We bought a reserved instance by mistake yesterday. Can we get a refund?',
    categoryId: '11932',
    thread: ['Refunds within 5 days are possible; please confirm the order number.'],
  },
  {
    title: 'Change bound mobile number',
    description: 'The mobile number bound to the account is out of service, so verification codes never arrive. We need to bind a new one.',
    categoryId: '11941',
    thread: ['Please upload proof of identity through the manual appeal process.'],
    secret: 'ID card number: 330102********1234',
  },
  {
    title: 'Disk cannot be attached to instance',
    description: 'AttachDisk returns IncorrectInstanceStatus although the instance is Stopped.',
    categoryId: '7221',
    thread: ['The disk and the instance are in different zones (cn-shanghai-e vs cn-shanghai-f).'],
  },
  {
    title: 'Slow queries after RDS minor version upgrade',
    description: 'After the automatic minor version upgrade, some queries are 10x slower.',
    categoryId: '7302',
    thread: ['The optimizer switch changed; please run ANALYZE TABLE on the affected tables.'],
    longRounds: 4,
  },
  {
    title: 'Trigger does not fire for OSS events',
    description: 'OSS trigger on bucket img-in does not invoke the function for new uploads.',
    categoryId: '7702',
    thread: ['The trigger filters on suffix .JPG while the files end with .jpg.'],
  },
  {
    title: 'NAS throughput lower than expected',
    description: 'Capacity NAS gives 50 MB/s instead of the documented 150 MB/s.',
    categoryId: '7212',
    thread: ['Throughput scales with capacity; at 1 TB the limit is 50 MB/s.'],
  },
  {
    title: 'Cannot connect to ECS after security group change',
    description: 'After changing the security group we cannot connect to instance i-bp1xxxx.',
    categoryId: '7161',
    thread: ['The rule you added with priority 1 denies all inbound traffic.'],
  },
  {
    title: 'Voucher not applied to order',
    description: "A ¥500 voucher was not applied to the renewal order. Emoji test 😀 and symbols * ~ ! ' ( ).",
    categoryId: '11933',
    thread: ['The voucher applies only to new purchases, not renewals.'],
  },
];

/** Rounds of a long thread, in the language of the ticket's title (an English ticket never turns Chinese). */
const CUSTOMER_ROUND = {
  en: [
    'Same problem after following your advice; the latest log is attached.',
    'Still failing after the change. New timestamps: 10:02, 10:07, 10:15 (UTC+8).',
    'We captured packets again: the SYN goes out and gets no answer.',
    'Tried from a different vSwitch, same result.',
  ],
  zh: ['按照建议操作后问题依旧，附上最新的日志。', '修改后仍然失败，新的时间点：10:02、10:07、10:15（UTC+8）。', '我们又做了一次抓包，发现 SYN 包发出去没有回应。', '换了一个交换机重试，结果相同。'],
};
const AGENT_ROUND = {
  en: [
    'Noted; we have passed it to our second-line engineers.',
    'Thanks. Could you run `mtr -rw <host>` from the instance and paste the output?',
    'We saw a brief network jitter at that time and are checking what it affected.',
    'We reproduced it in our lab and are testing a fix.',
  ],
  zh: [
    '收到，我们已经转交二线工程师继续分析。',
    '谢谢。请在实例上执行 `mtr -rw <host>` 并把输出发给我们。',
    '后台看到当时有一次网络抖动，我们正在确认影响范围。',
    '我们已在实验环境复现，正在验证修复方案。',
  ],
};

/** Chinese when the title has Chinese characters: the conversation is written in the title's language. */
const languageOf = (title: string): 'en' | 'zh' => (/[\u4e00-\u9fff]/.test(title) ? 'zh' : 'en');

// Statuses 1..6 four times each, spread over the scenarios.
const statusOf = (index: number) => (index % 6) + 1;

function buildNotes(scenario: Scenario, ticketIndex: number, createTime: number, customer: string): AliyunNoteFixture[] {
  const lines: { role: 2 | 3; content: string; encrypted?: true }[] = [{ role: 3, content: scenario.description }];
  scenario.thread.forEach((content, i) => lines.push({ role: i % 2 === 0 ? 2 : 3, content }));
  if (scenario.confidentialReply) lines.push({ role: 3, content: scenario.confidentialReply, encrypted: true });
  const customerRound = CUSTOMER_ROUND[languageOf(scenario.title)];
  const agentRound = AGENT_ROUND[languageOf(scenario.title)];
  for (let round = 0; round < (scenario.longRounds ?? 0); round++) {
    lines.push({ role: 3, content: `[${round + 1}] ${customerRound[round % customerRound.length]}` });
    lines.push({ role: 2, content: `[${round + 1}] ${agentRound[round % agentRound.length]}` });
  }
  return lines.map((line, i) => ({
    DialogId: 1_000_000 + ticketIndex * 1000 + i,
    CreateTime: createTime + i * 37 * 60_000,
    Role: line.role,
    Name: line.role === 2 ? DEFAULT_AGENT_NAME : customer,
    Content: line.content,
    ...(line.encrypted ? { Encrypt: true } : {}),
    Attachments: scenario.attachments?.[i] ?? [],
  }));
}

function ticketId(index: number, prefix: string): string {
  return `${prefix}${(7_000_000 + index * 7919).toString(36).toUpperCase().padStart(7, '0')}`;
}

export function sampleTickets(): AliyunTicketFixture[] {
  const tickets = SCENARIOS.map((scenario, index): AliyunTicketFixture => {
    const createTime = BASE_TIME + index * 3 * 24 * HOUR + HOUR;
    const status = statusOf(index);
    return {
      TicketId: ticketId(index, '00'),
      Title: scenario.title,
      Description: scenario.description,
      CategoryId: scenario.categoryId,
      Severity: scenario.severity ?? 1,
      Status: status,
      CreatorId: MAIN_UID,
      CreateTime: createTime,
      Email: 'dev@example.com',
      SecretInfo: scenario.secret ? { Content: scenario.secret } : undefined,
      Evaluation: status === 6 && index % 12 === 5 ? { Score: '5', Solved: true, Content: 'Quick and helpful.' } : undefined,
      Notes: buildNotes(scenario, index, createTime, 'user'),
    };
  });
  const foreign = [SCENARIOS[0], SCENARIOS[1]].map(
    (scenario, index): AliyunTicketFixture => ({
      TicketId: ticketId(index, '01'),
      Title: `${scenario.title} (other account)`,
      Description: scenario.description,
      CategoryId: scenario.categoryId,
      Severity: 1,
      Status: 2,
      CreatorId: OTHER_UID,
      CreateTime: BASE_TIME + index * HOUR,
      Notes: buildNotes({ ...scenario, attachments: undefined }, 100 + index, BASE_TIME + index * HOUR, 'other'),
    }),
  );
  return [...tickets, ...foreign];
}
