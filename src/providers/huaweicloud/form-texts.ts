/**
 * The create form's own texts and the problems its checks report (also for support's parameter requests),
 * in both UI languages the provider speaks (its `X-Language`). Catalogue names (products, problem types,
 * regions, parameters) come from the server already in that language; these are the words around them.
 * The Chinese follows the words Huawei Cloud's console uses for the same fields.
 */
import type { OsmLanguage } from './mapping';

/** One text in each UI language; `{0}`, `{1}` … are filled by `formText`. */
export interface FormText {
  readonly en: string;
  readonly zh: string;
}

export const FORM_TEXTS = {
  product: { en: 'Product', zh: '产品' },
  businessType: { en: 'Problem type', zh: '问题类型' },
  template: { en: 'Template', zh: '问题模板' },
  templateHelp: { en: 'A template suggests what to write in the description.', zh: '选择模板后，可按模板提示填写问题描述。' },
  description: { en: 'Description', zh: '问题描述' },
  region: { en: 'Region', zh: '区域' },
  regionHelp: { en: 'Required for fault reports.', zh: '报障类问题必须选择区域。' },
  yourRegions: { en: 'Your regions', zh: '我的区域' },
  allRegions: { en: 'All regions', zh: '全部区域' },
  severity: { en: 'Severity', zh: '严重程度' },
  severityHelp: { en: 'Offered with a support plan.', zh: '购买支持计划后可选。' },
  areaCode: { en: 'Country/area code', zh: '国家/地区码' },
  mobile: { en: 'Mobile phone for reminders', zh: '接收提醒的手机号码' },
  mail: { en: 'E-mail for reminders', zh: '接收提醒的邮箱' },
  remindTime: { en: 'Preferred contact time', zh: '方便联系的时间' },
  cc: { en: 'CC e-mails', zh: '抄送邮箱' },
  ccHelp: { en: 'Separate addresses with ";" (at most {0}).', zh: '多个邮箱以“;”分隔（最多 {0} 个）。' },
  attachments: { en: 'Attachments', zh: '附件' },
  agreement: { en: 'I accept the agreement "{0}"', zh: '我已阅读并同意《{0}》' },
  faultReport: { en: 'Fault report: choose a region', zh: '报障：需选择区域' },
  consultation: { en: 'Consultation', zh: '咨询' },
  offeredValues: { en: '{0}; separate with ","', zh: '{0}；多个值以“,”分隔' },
  required: { en: '{0} is required.', zh: '请填写“{0}”。' },
  tooLong: { en: '{0} allows at most {1} characters.', zh: '“{0}”最多 {1} 个字符。' },
  wholeNumber: { en: '{0} must be a whole number.', zh: '“{0}”必须是整数。' },
  between: { en: '{0} must be between {1} and {2}.', zh: '“{0}”必须介于 {1} 和 {2} 之间。' },
  offeredOnly: { en: 'Choose {0} from the offered values.', zh: '请从给出的选项中选择“{0}”。' },
  oneValue: { en: 'Choose one value for {0}.', zh: '“{0}”只能选择一个值。' },
  unexpectedFormat: { en: '{0} has an unexpected format.', zh: '“{0}”的格式不正确。' },
  chooseProduct: { en: 'Choose a product and a problem type.', zh: '请选择产品和问题类型。' },
  typeOfOtherProduct: { en: 'The chosen problem type does not belong to the chosen product; choose it again.', zh: '所选问题类型不属于所选产品，请重新选择。' },
  regionForFault: { en: 'Choose the region of the affected resources (required for fault reports).', zh: '请选择受影响资源所在的区域（报障类问题必填）。' },
  badCcEmail: { en: '"{0}" is not a valid CC e-mail address.', zh: '“{0}”不是有效的抄送邮箱地址。' },
  tooManyCcEmails: { en: 'At most {0} CC e-mail addresses are allowed.', zh: '最多只能抄送 {0} 个邮箱。' },
  nothingRequested: { en: 'Support asks for no parameters on this ticket any more; refresh the ticket.', zh: '技术支持已不再需要此工单的参数，请刷新工单。' },
  emptyAnswer: { en: 'Fill in at least one of the requested values.', zh: '请至少填写一项所需的值。' },
  // The shape a parameter's pattern asks for (pattern-hint.ts), shown under the field and in its problem.
  expectedShape: { en: 'Expected: {0}.', zh: '格式：{0}。' },
  patternExactly: { en: '{0} characters: {1}', zh: '{0} 个字符（{1}）' },
  patternBetween: { en: '{0} to {1} characters: {2}', zh: '{0}–{1} 个字符（{2}）' },
  patternAtLeast: { en: 'at least {0} characters: {1}', zh: '至少 {0} 个字符（{1}）' },
  patternOneOrMore: { en: 'one or more characters: {0}', zh: '一个或多个字符（{0}）' },
  patternLiteral: { en: '“{0}”', zh: '字符“{0}”' },
  patternThen: { en: ', then ', zh: '，然后是 ' },
  patternAsIs: { en: 'text matching the pattern {0}', zh: '符合规则 {0} 的文本' },
  classDigits: { en: 'digits 0–9', zh: '数字 0–9' },
  classLetters: { en: 'letters {0}–{1}', zh: '字母 {0}–{1}' },
  wholeNumberBetween: { en: 'a whole number from {0} to {1}', zh: '{0} 到 {1} 之间的整数' },
  wholeNumberAtLeast: { en: 'a whole number of at least {0}', zh: '不小于 {0} 的整数' },
  wholeNumberAtMost: { en: 'a whole number of at most {0}', zh: '不大于 {0} 的整数' },
  wholeNumberAny: { en: 'a whole number', zh: '整数' },
} as const satisfies Record<string, FormText>;

export type FormTextKey = keyof typeof FORM_TEXTS;

/** The text in the provider's UI language, with `{n}` filled from `args`. */
export function formText(key: FormTextKey, language: OsmLanguage, ...args: (string | number)[]): string {
  const text: FormText = FORM_TEXTS[key];
  const template = language === 'zh-cn' ? text.zh : text.en;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
