/** A fixtures file is user input: each mistake is refused with the path of the bad field. */
import assert from 'node:assert/strict';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';

const CASE = { id: 'C1', status: 1, businessTypeId: 'b', description: 'd', createTime: '2026-01-01T00:00:00Z' };
const MESSAGE = { type: 0, content: 'c', createTime: '2026-01-01T00:00:00Z' };
const TICKET = {
  TicketId: 'T1',
  Title: 't',
  Description: 'd',
  CategoryId: '1',
  Severity: 1,
  Status: 1,
  CreatorId: 'u',
  CreateTime: 0,
  Notes: [{ DialogId: 1, CreateTime: 0, Role: 3, Name: 'n', Content: 'c' }],
};
const huawei = (section: Record<string, unknown>) => ({ huaweicloud: section });
const aliyun = (section: Record<string, unknown>) => ({ aliyun: section });
const withCase = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => huawei({ ...extra, cases: [{ ...CASE, ...fields }] });
const withMessage = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => withCase({ messages: [{ ...MESSAGE, ...fields }] }, extra);
const withTicket = (fields: Record<string, unknown>) => aliyun({ tickets: [{ ...TICKET, ...fields }] });
const withNote = (fields: Record<string, unknown>) => withTicket({ Notes: [{ ...TICKET.Notes[0], ...fields }] });

const CASES: readonly [string, unknown, string][] = [
  ['a document that is not an object', [], 'the fixtures document must be a JSON object with one section per provider (aliyun, huaweicloud)'],
  ['a misspelt provider', { huawei: {} }, '"huawei" is not a provider; the document has one section per provider (aliyun, huaweicloud)'],
  ['a section that is not an object', { huaweicloud: 'x' }, 'huaweicloud must be an object'],
  [
    'an unknown status',
    withCase({ status: 'open' }),
    'huaweicloud.cases[0].status must be a status code 0-20 or one of pending, accepted, in-progress, pending-confirmation, completed, cancelled, suspended, invalid, deleted, awaiting-feedback',
  ],
  ['a date that is not ISO-8601', withCase({ createTime: 'yesterday' }), 'huaweicloud.cases[0].createTime must be an ISO-8601 date-time string such as "2026-03-27T09:20:11Z"'],
  ['a repeated case id', huawei({ cases: [CASE, CASE] }), 'huaweicloud.cases[1].id repeats "C1"; it must be unique'],
  ['a missing description', withCase({ description: undefined }), 'huaweicloud.cases[0].description must be a string'],
  ['a label the document lacks', withCase({ labelIds: [7] }), 'huaweicloud.cases[0].labelIds[0] names no label of huaweicloud.labels (7)'],
  ['a contact field of the wrong type', withCase({ contact: { remindMail: 5 } }), 'huaweicloud.cases[0].contact.remindMail must be a string'],
  ['a rating without a value', withCase({ satisfaction: [{ satisfaction_id: 6 }] }), 'huaweicloud.cases[0].satisfaction[0].satisfaction_value must be an integer'],
  ['an unknown message type', withMessage({ type: 2 }), 'huaweicloud.cases[0].messages[0].type must be one of 0, 1'],
  ['an unknown display type', withMessage({ displayType: 'HTML' }), 'huaweicloud.cases[0].messages[0].displayType must be one of "NORMAL", "QA_BOT", "EXT_PARAM_REQUEST", "AUTH"'],
  ['a message status other than 0 or -1', withMessage({ status: 1 }), 'huaweicloud.cases[0].messages[0].status must be one of 0, -1'],
  ['an attachment the document lacks', withMessage({ accessoryIds: ['nope'] }), 'huaweicloud.cases[0].messages[0].accessoryIds[0] names no attachment of huaweicloud.attachments ("nope")'],
  [
    'an attachment used by two cases',
    huawei({
      attachments: [{ id: 'a', name: 'f.txt', text: 'x' }],
      cases: [
        { ...CASE, messages: [{ ...MESSAGE, accessoryIds: ['a'] }] },
        { ...CASE, id: 'C2', messages: [{ ...MESSAGE, id: 'm2', accessoryIds: ['a'] }] },
      ],
    }),
    'huaweicloud.cases[1].messages[0].accessoryIds[0] "a" is already used by case "C1"; an attachment belongs to one case',
  ],
  [
    'a repeated message id',
    huawei({
      cases: [
        {
          ...CASE,
          messages: [
            { ...MESSAGE, id: 'm' },
            { ...MESSAGE, id: 'm' },
          ],
        },
      ],
    }),
    'huaweicloud.cases[0].messages[1].id repeats message id "m"; message ids must be unique',
  ],
  [
    'a log without a description',
    withCase({ logs: [{ operateType: 0, time: '2026-01-01T00:00:00Z' }] }),
    'huaweicloud.cases[0].logs[0].description must be a string or { "zh": string, "en": string }',
  ],
  ['an attachment with text and base64', huawei({ attachments: [{ id: 'a', name: 'f', text: 'x', base64: 'eA==' }] }), 'huaweicloud.attachments[0] must have either "text" or "base64", not both'],
  ['an attachment without content', huawei({ attachments: [{ id: 'a', name: 'f' }] }), 'huaweicloud.attachments[0] needs "text", "base64" or "size"'],
  ['bad base64', huawei({ attachments: [{ id: 'a', name: 'f', base64: 'not base64!' }] }), 'huaweicloud.attachments[0].base64 must be standard base64'],
  ['a size that contradicts the content', huawei({ attachments: [{ id: 'a', name: 'f', text: 'hello', size: 3 }] }), 'huaweicloud.attachments[0].size is 3 but the content has 5 bytes'],
  ['an unlisted attachment without a time', huawei({ attachments: [{ id: 'a', name: 'f', text: 'x' }] }), 'huaweicloud.attachments[0].uploadedAt is required for an attachment that no message lists'],
  [
    'an attachment bound to no case',
    huawei({ attachments: [{ id: 'a', name: 'f', text: 'x', uploadedAt: '2026-01-01T00:00:00Z', boundTo: 'C9' }] }),
    'huaweicloud.attachments[0].boundTo names no case of the document ("C9")',
  ],
  ['a label id that is not a number', huawei({ labels: [{ id: '1', name: 'x' }] }), 'huaweicloud.labels[0].id must be an integer of at least 1'],
  [
    'a repeated access key',
    huawei({
      accessKeys: [
        { accessKeyId: 'k', accessKeySecret: 's' },
        { accessKeyId: 'k', accessKeySecret: 't' },
      ],
    }),
    'huaweicloud.accessKeys[1].accessKeyId repeats "k"; it must be unique',
  ],
  ['an empty domain id', huawei({ account: { domainId: '' } }), 'huaweicloud.account.domainId must be a non-empty string'],
  ['a name without its English text', huawei({ catalogue: { severities: [{ id: '1', name: { zh: '一般' } }] } }), 'huaweicloud.catalogue.severities[0].name.en must be a string'],
  ['an unknown case type', huawei({ catalogue: { problemTypes: [{ id: 'b', productId: 'p', name: 'n', caseType: '3' }] } }), 'huaweicloud.catalogue.problemTypes[0].caseType must be one of "0", "5"'],
  [
    'a parameter type out of range',
    huawei({ catalogue: { problemTypes: [{ id: 'b', productId: 'p', name: 'n', caseType: '0', extendsParams: [{ key: 'k', name: 'n', type: 11 }] }] } }),
    'huaweicloud.catalogue.problemTypes[0].extendsParams[0].type must be an integer from 0 to 10',
  ],
  ['an agreement without content', huawei({ catalogue: { agreements: { 0: { id: 1, name: 'n' } } } }), 'huaweicloud.catalogue.agreements.0.content must be a string or { "zh": string, "en": string }'],
  [
    'two agreements with one id',
    huawei({ catalogue: { agreements: { 0: { id: 1, name: 'n', content: 'c' }, 1: { id: 1, name: 'n', content: 'c' } } } }),
    'huaweicloud.catalogue.agreements.1.id repeats the id of agreement type "0"; it must be unique',
  ],
  [
    'a product without a name',
    huawei({ catalogue: { subTypes: [{ id: 's', name: 'n', products: [{ id: 'p' }] }] } }),
    'huaweicloud.catalogue.subTypes[0].products[0].name must be a string or { "zh": string, "en": string }',
  ],
  [
    'an Alibaba status name that does not exist',
    withTicket({ Status: 'open' }),
    'aliyun.tickets[0].Status must be 1-6 or a status name (assigned, dealing, wait_feedback, feedback, wait_confirm, confirmed)',
  ],
  ['an Alibaba severity of 3', withTicket({ Severity: 3 }), 'aliyun.tickets[0].Severity must be one of 1, 2'],
  ['an Alibaba note role of 1', withNote({ Role: 1 }), 'aliyun.tickets[0].Notes[0].Role must be one of 2, 3'],
  ['a repeated DialogId', withTicket({ Notes: [TICKET.Notes[0], TICKET.Notes[0]] }), 'aliyun.tickets[0].Notes[1].DialogId repeats 1; it must be unique'],
  ['an Alibaba attachment without a name', withNote({ Attachments: [{ Text: 'x' }] }), 'aliyun.tickets[0].Notes[0].Attachments[0].Name must be a non-empty string'],
  ['bad Alibaba base64', withNote({ Attachments: [{ Name: 'f', Base64: '@@' }] }), 'aliyun.tickets[0].Notes[0].Attachments[0].Base64 must be standard base64'],
  ['an Alibaba rating score of 9', withTicket({ Evaluation: { Score: '9', Solved: true } }), 'aliyun.tickets[0].Evaluation.Score must be one of "1", "2", "3", "4", "5"'],
  [
    'an STS expiry that is not a date',
    aliyun({ accounts: [{ accessKeyId: 'k', accessKeySecret: 's', uid: 'u', securityTokenExpiration: 'soon' }] }),
    'aliyun.accounts[0].securityTokenExpiration must be an ISO-8601 date-time string such as "2026-03-27T09:20:11Z"',
  ],
  [
    'a product listed twice',
    aliyun({
      directories: [
        { DirectoryId: 1, DirectoryName: 'd', ProductList: [{ ProductId: 5, ProductName: 'p', ProductCode: 'c' }] },
        { DirectoryId: 2, DirectoryName: 'e', ProductList: [{ ProductId: 5, ProductName: 'q', ProductCode: 'd' }] },
      ],
    }),
    'aliyun.directories list ProductId 5 twice; product ids must be unique',
  ],
  ['categories keyed by name', aliyun({ categories: { ecs: [] } }), 'aliyun.categories.ecs must be keyed by a ProductId (digits)'],
  ['an unknown reply-to-closed behaviour', aliyun({ behaviour: { replyToClosed: 'maybe' } }), 'aliyun.behaviour.replyToClosed must be one of "reject", "allow"'],
];

describe('emulator fixtures: validation', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator();
  });
  after(() => emulator.close());

  for (const [what, document, message] of CASES) {
    it(`refuses ${what}`, () => {
      assert.throws(
        () => emulator.control.loadFixtures(document),
        (error: unknown) => {
          assert.equal(error instanceof Error && error.name === 'FixtureError' ? error.message : String(error), message);
          return true;
        },
      );
    });
  }

  it('refuses at start-up with the same message', async () => {
    await assert.rejects(startEmulator({ fixtures: withMessage({ type: 2 }) }), { message: 'huaweicloud.cases[0].messages[0].type must be one of 0, 1' });
  });

  it('accepts long, odd and hostile text where the API would limit its input', () => {
    const label = { id: 1, name: `${'\u202e'.repeat(3)}${'l'.repeat(5_000)}`, color: 'not a colour' };
    const document = withCase({ labelIds: [1], description: '\u0000'.repeat(2_000_000) }, { labels: [label] });
    assert.deepEqual(emulator.control.loadFixtures(document), ['huaweicloud']);
  });
});
