/**
 * What the case administration (labels, contact, verification, filing checks) says when it refuses
 * something before a request, in both UI languages the provider speaks (its `X-Language`).
 */
import type { ContactProblem } from '../../core/contact';
import type { FormText } from './form-texts';
import type { OsmLanguage } from './mapping';

const TEXTS = {
  labelCount: { en: 'Choose 1 to {0} labels.', zh: '请选择 1 到 {0} 个标签。' },
  unknownLabel: { en: '"{0}" is not a label of this account.', zh: '“{0}”不是该账号的标签。' },
  duplicateLabel: { en: 'A label named "{0}" already exists.', zh: '已存在名为“{0}”的标签。' },
  badLabel: { en: 'A label needs a name of 1 to 64 characters and a colour like #1BA1E2.', zh: '标签需要 1 到 64 个字符的名称和形如 #1BA1E2 的颜色。' },
  labelNotReadBack: { en: 'The label "{0}" was created but could not be read back. Refresh the list of labels.', zh: '标签“{0}”已创建，但未能读取。请刷新标签列表。' },
  nothingToChange: { en: 'Change at least one contact detail.', zh: '请至少修改一项联系方式。' },
  tooManyCc: { en: 'At most {0} CC e-mail addresses are allowed.', zh: '最多可填写 {0} 个抄送邮箱。' },
  phone: { en: 'A phone number has 5 to 20 digits and nothing else.', zh: '手机号为 5 到 20 位数字，不能包含其他字符。' },
  areaCode: { en: 'A country/area code has 1 to 4 digits.', zh: '国家/地区码为 1 到 4 位数字。' },
  email: { en: 'Enter one e-mail address, like name@example.com.', zh: '请输入一个邮箱地址，例如 name@example.com。' },
  contactTime: { en: 'Write the contact time as a range, like 9:00-18:00.', zh: '联系时间请按时间段填写，例如 9:00-18:00。' },
  ccEmail: { en: 'One of the CC addresses is not an e-mail address.', zh: '抄送邮箱中有地址格式不正确。' },
  masked: { en: 'Type the whole phone number or e-mail address; a masked one (with *) cannot be sent back.', zh: '请输入完整的手机号或邮箱；带 * 的掩码值不能提交。' },
  phoneNotVerified: { en: "{0} is not the account's registered phone number; verify it with a code first.", zh: '{0} 不是该账号注册的手机号，请先用验证码验证。' },
  emailNotVerified: { en: "{0} is not the account's registered e-mail address; verify it with a code first.", zh: '{0} 不是该账号注册的邮箱，请先用验证码验证。' },
  codeShape: { en: 'The verification code has 6 characters.', zh: '验证码为 6 位。' },
  noPrivilege: {
    en: 'The main account allows only users with the ticket privilege to file tickets; ask its administrator for it.',
    zh: '主账号只允许拥有工单权限的用户提交工单，请联系账号管理员授予该权限。',
  },
  quotaUsedUp: {
    en: 'The ticket quota of this problem type is used up for this period; choose another problem type or file when it renews.',
    zh: '该问题类型本周期的工单配额已用完；请选择其他问题类型，或在配额恢复后再提交。',
  },
} as const satisfies Record<string, FormText>;

export type AdministrationTextKey = keyof typeof TEXTS;

/** The text in the provider's UI language, with `{n}` filled from `args`. */
export function administrationText(key: AdministrationTextKey, language: OsmLanguage, ...args: (string | number)[]): string {
  const text: FormText = TEXTS[key];
  return (language === 'zh-cn' ? text.zh : text.en).replace(/\{(\d+)\}/g, (whole, index: string) => String(args[Number(index)] ?? whole));
}

const CONTACT_PROBLEMS: Readonly<Record<Exclude<ContactProblem, 'nothing' | 'cc-count'>, AdministrationTextKey>> = {
  phone: 'phone',
  'area-code': 'areaCode',
  email: 'email',
  'contact-time': 'contactTime',
  'cc-email': 'ccEmail',
  masked: 'masked',
};

/** The sentence for a contact problem found before the request. */
export function contactProblemText(problem: Exclude<ContactProblem, 'nothing' | 'cc-count'>, language: OsmLanguage): string {
  return administrationText(CONTACT_PROBLEMS[problem], language);
}
