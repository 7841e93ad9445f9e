// The built-in Alibaba sample data (used when the fixtures document has no `aliyun` section). Print it
// with `npm run emulator -- --print-fixtures` to start a custom scenario from it.
import type { AliyunAccountFixture, AliyunFixtures } from './fixtures';
import { DEFAULT_AGENT_NAME } from './lifecycle';
import { sampleCategories, sampleDirectories } from './sample-catalogue';
import { MAIN_UID, OTHER_UID, sampleTickets } from './sample-tickets';

/** Test key pairs. `testid`/`testsecret` are the public signature vectors' credentials. */
export const sampleAccounts: readonly AliyunAccountFixture[] = [
  { accessKeyId: 'testid', accessKeySecret: 'testsecret', uid: MAIN_UID, principalName: 'user', contactEmails: ['dev@example.com', 'ops@example.com'] },
  {
    accessKeyId: 'STS.NTestSessionKey0001',
    accessKeySecret: 'teststssecret',
    uid: MAIN_UID,
    securityToken: 'CAIS8gF1q6Ft5B2yfSjIr5bTEMLRnuwX+ZKkZWHrjEMNf9tJn/Hmizz2IHhMeXNtAeAdsvg1mW1Q6/0Zlr1oSoRFSFLZaI8u1psNqVj4tGSI3B3ZhOK7bAZo==',
    securityTokenExpiration: '2099-01-01T00:00:00Z',
    principalName: 'sts-session',
  },
  {
    accessKeyId: 'LTAI5tReadOnlySubUser01',
    accessKeySecret: 'readonlysubusersecret0000000001',
    uid: MAIN_UID,
    principalName: '2146216584788xxxxx',
    deniedActions: ['CreateTicket', 'ReplyTicket', 'CloseTicket', 'ReopenTicket', 'EvaluateTicket', 'GetAttachmentUploadUrl'],
  },
  { accessKeyId: 'LTAI5tDisabledKey000001', accessKeySecret: 'disabledsecret', uid: MAIN_UID, disabled: true },
  { accessKeyId: 'otherid', accessKeySecret: 'othersecret', uid: OTHER_UID, principalName: 'other' },
];

export function sampleAliyunFixtures(): AliyunFixtures {
  return {
    accounts: sampleAccounts,
    directories: sampleDirectories,
    categories: sampleCategories,
    tickets: sampleTickets(),
    behaviour: { replyToClosed: 'reject', evaluateOnlyClosed: true, evaluateOnce: true, presignedUrlTtlSeconds: 900 },
    agentName: DEFAULT_AGENT_NAME,
  };
}
