/**
 * The OSM account settings the add-account and edit-settings flows offer (spec §1.2–1.8, §6.4): the site
 * (sent as `X-Site`), the account (domain) id sent as `X-Domain-Id`, the IAM endpoint that looks the id
 * up when it is not given, and the IAM user group for tickets of other group members (`group_id`).
 */
import type { AccountSetting } from '../../core/account-settings';

export const OSM_ACCOUNT_SETTINGS: readonly AccountSetting[] = [
  {
    key: 'site',
    label: 'Site',
    prompt: 'Which Huawei Cloud site the account is registered on',
    choices: [
      { value: 'china', label: 'China site (huaweicloud.com)', description: 'X-Site: 0' },
      { value: 'international', label: 'International site', description: 'X-Site: 1' },
    ],
  },
  {
    key: 'domainId',
    label: 'Account ID',
    prompt: 'Account (domain) ID, 32 hexadecimal characters; leave empty to look it up through IAM',
    pattern: /^[0-9a-fA-F]{32}$/,
    invalid: 'An account ID has 32 hexadecimal characters.',
    placeholder: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
  },
  {
    key: 'extra.iamEndpoint',
    label: 'IAM endpoint',
    prompt: 'IAM endpoint used to look up the account ID; leave empty for the global IAM endpoint of the site',
    pattern: /^https:\/\/[\w.-]+(:\d+)?\/?$|^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/,
    invalid: 'Enter an https URL such as https://iam.myhuaweicloud.com.',
    placeholder: 'https://iam.myhuaweicloud.com',
  },
  {
    key: 'extra.groupId',
    label: 'IAM user group',
    prompt: 'IAM user group ID, to work on tickets of other members of the group; leave empty for your own tickets',
    pattern: /^[\w-]{1,64}$/,
    invalid: 'A group ID has up to 64 letters, digits, "-" or "_".',
  },
];
