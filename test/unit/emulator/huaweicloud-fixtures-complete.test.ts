/**
 * A `huaweicloud` section that sets every field the emulator keeps, written in the printed form: loading
 * and printing it must give it back unchanged, so no field is lost by the reader, the seed or the printer.
 */
import assert from 'node:assert/strict';
import { startEmulator } from '../../../src/emulator';
import type { OsmFixtures } from '../../../src/emulator/huaweicloud/fixtures/format';

const L = (zh: string, en: string) => ({ zh, en });

const COMPLETE: OsmFixtures = {
  account: {
    domainId: 'd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0',
    domainName: 'acme\u202e',
    customerId: 'cust-1',
    subUserId: 'user-1',
    subUserName: 'alice',
    projectIdCnSouth1: 'proj-1',
    registeredMobile: '13800000001',
    registeredMail: 'alice@example.com',
  },
  accessKeys: [
    { accessKeyId: 'AK1', accessKeySecret: 'SK1', domainId: 'd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0', principalName: 'alice' },
    { accessKeyId: 'AK2', accessKeySecret: 'SK2', domainId: 'other', principalName: 'bob', securityToken: 'tok', securityTokenExpiration: '2030-01-01T00:00:00.000Z', disabled: true },
  ],
  supportEngineer: { id: 'eng-1', name: 'Engineer \u200bZhang' },
  ignoreSignatureDate: true,
  dailyUploadBytes: 1234,
  quota: { total: 5, unUsed: 0, measure: 'DAY' },
  ccEmails: ['cc@example.com'],
  userGroups: ['g-1', 'g-2'],
  signedAgreements: { 901: 4 },
  catalogue: {
    subTypes: [{ id: 's1', name: L('计算', 'Compute'), products: [{ id: 'p1', name: L('云服务器', 'ECS'), acronym: 'ECS', desc: L('虚拟机', 'VMs'), canUseSupportPlan: true }] }],
    problemTypes: [
      {
        id: 'b1',
        productId: 'p1',
        name: L('登录', 'Login'),
        caseType: '5',
        templates: [{ id: 't1', name: L('模板', 'Template'), content: L('实例:', 'Instance:') }],
        extendsParams: [
          { key: 'k1', name: L('数量', 'Amount'), type: 1, required: true, length: 6, tips: L('1-9', '1-9'), min: 1, max: 9 },
          { key: 'k2', name: L('方式', 'Method'), type: 5, required: false, length: 64, tips: L('', ''), options: { a: L('甲', 'A') }, regex: '^.*$', sensitive: true },
        ],
      },
    ],
    commonParams: [{ key: 'c1', name: L('联系人', 'Contact'), show: false, required: true }],
    severities: [{ id: '1', name: L('一般', 'Normal') }],
    regions: [{ type: 1, id: 'r1', name: L('区域', 'Region'), sensitive: 1 }],
    customerRegionIds: ['r1'],
    areaCodes: [{ id: 1, code: '86', name: L('中国', 'China') }],
    agreements: { 0: { id: 901, name: L('协议', 'Agreement'), typeName: L('类型', 'Type'), content: L('<p>甲</p>', '<p>A</p><script>x()</script>'), version: 4 } },
    ccEmailMaxCount: 3,
  },
  labels: [{ id: 3, name: 'l\u2066', color: '#000000' }],
  attachments: [
    { id: 'f1', name: 'a.txt', from: 'message', size: 3, text: 'abc', uploadedAt: '2026-02-01T00:00:00.000Z', boundTo: 'C1' },
    { id: 'f2', name: 'b.bin', from: 'incident', size: 2, base64: 'AAE=', uploadedAt: '2026-02-02T00:00:00.000Z' },
  ],
  cases: [
    {
      id: 'C1',
      status: 2,
      businessTypeId: 'b1',
      productCategoryId: 'p1',
      subTypeId: 's1',
      regionId: 'r1',
      severityId: '1',
      description: 'desc',
      createTime: '2026-02-01T00:00:00.000Z',
      confirmedTime: '2026-02-03T00:00:00.000Z',
      resolution: 'fixed',
      rootCause: 'cause',
      serviceType: 'IntelligentCustomerService',
      labelIds: [3],
      relatedIds: ['C0'],
      judgement: 'good',
      satisfaction: [{ satisfaction_id: 6, satisfaction_value: 5, satisfaction_name: 'n', sat_category_id: 'sc', parent_category_id: 'pc', instance_name: 'i' }],
      contact: { areaCode: '65', remindMobile: '1', remindMail: 'm@example.com', remindTime: '9-18', contactType: '1', ccEmail: 'cc@example.com' },
      extendsMap: { k1: 3, nested: { a: [1, 'b'] } },
      lastPressedAt: '2026-02-02T12:00:00.000Z',
      messages: [
        {
          id: 'm1',
          type: 0,
          replierId: 'user-1',
          replierName: 'alice',
          iamUserType: 1,
          content: 'desc',
          createTime: '2026-02-01T00:00:00.000Z',
          accessoryIds: ['f1'],
          status: 0,
          displayType: 'NORMAL',
          isFirst: true,
          readByCustomer: true,
        },
        {
          id: 'm2',
          type: 1,
          replierId: 'eng-1',
          replierName: 'Engineer',
          iamUserType: 0,
          content: '<b>x</b>',
          createTime: '2026-02-01T01:00:00.000Z',
          accessoryIds: [],
          status: 0,
          displayType: 'EXT_PARAM_REQUEST',
          extension: '{"param_keys":["k1"]}',
          isFirst: false,
          readByCustomer: false,
        },
        {
          id: 'm3',
          type: 0,
          replierId: 'user-1',
          replierName: 'alice',
          iamUserType: 0,
          content: 'gone',
          createTime: '2026-02-01T02:00:00.000Z',
          accessoryIds: [],
          status: -1,
          displayType: 'QA_BOT',
          isFirst: false,
          readByCustomer: true,
        },
      ],
      logs: [{ id: '77', operateType: 2, operatorType: 1, operatorId: 'op', operatorName: 'Op', description: L('催单', 'Urged'), time: '2026-02-02T12:00:00.000Z' }],
    },
  ],
};

describe('emulator fixtures: a huaweicloud section with every field set', () => {
  it('prints back exactly as loaded', async () => {
    const emulator = await startEmulator({ providers: ['huaweicloud'], fixtures: { huaweicloud: COMPLETE } });
    const printed = JSON.parse(JSON.stringify(emulator.control.fixturesDocument())) as { huaweicloud: unknown };
    await emulator.close();
    assert.deepEqual(printed.huaweicloud, COMPLETE);
  });

  it('gives the credential table the keys as written', async () => {
    const emulator = await startEmulator({ providers: ['huaweicloud'], fixtures: { huaweicloud: COMPLETE } });
    const keys = emulator.credentials.huaweicloud;
    await emulator.close();
    assert.deepEqual(keys, [
      {
        provider: 'huaweicloud',
        accessKeyId: 'AK1',
        accessKeySecret: 'SK1',
        accountId: COMPLETE.account.domainId,
        principalName: 'alice',
        securityToken: undefined,
        disabled: undefined,
        securityTokenExpiresAt: undefined,
      },
      {
        provider: 'huaweicloud',
        accessKeyId: 'AK2',
        accessKeySecret: 'SK2',
        accountId: 'other',
        principalName: 'bob',
        securityToken: 'tok',
        disabled: true,
        securityTokenExpiresAt: Date.UTC(2030, 0, 1),
      },
    ]);
  });
});
