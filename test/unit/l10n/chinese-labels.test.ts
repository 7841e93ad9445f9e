/**
 * Chinese as a first language on the provider side: every label the Alibaba Cloud and Huawei Cloud
 * providers show (statuses, severities, create-form texts, check problems) has a Chinese form, and a
 * provider built for zh-cn uses it. Schema texts that are l10n keys must be in the zh-cn bundle.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CreateFormSchema, FormField } from '../../../src/core/form-schema';
import { createFormFor } from '../../../src/providers/aliyun/forms';
import { ALIYUN_MAPPING_LABELS, detail2021, status2020, status2021 } from '../../../src/providers/aliyun/mapping';
import { parseCcEmails } from '../../../src/providers/huaweicloud/create-ticket';
import { FORM_TEXTS, formText, type FormText } from '../../../src/providers/huaweicloud/form-texts';
import { buildCreateForm, extendsFields, extendsValues, type CreateFormInputs } from '../../../src/providers/huaweicloud/forms';
import { statusOf } from '../../../src/providers/huaweicloud/mapping';
import { OPERATE_TYPES, OSM_STATUSES } from '../../../src/providers/huaweicloud/status';
import type { ExtendsParamWire } from '../../../src/providers/huaweicloud/wire/catalogue';

const bundleZh: Record<string, string> = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));

const HAN = /\p{Script=Han}/u;
/** An English word of three letters or more: what a Chinese surface must not show in our own texts. */
const ENGLISH_WORD = /\b[A-Za-z]{3,}\b/;

/** Pairs whose Chinese form is missing, has no Chinese in it, or does not keep the English placeholders. */
function badPairs(pairs: readonly (readonly [string, { readonly en: string; readonly zh: string }])[]): string[] {
  const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
  return pairs.filter(([, text]) => !text.zh || !HAN.test(text.zh) || ENGLISH_WORD.test(text.zh) || placeholders(text.zh).join() !== placeholders(text.en).join()).map(([name]) => name);
}

/** Every text a schema carries that a user reads. */
function schemaTexts(fields: readonly FormField[]): string[] {
  return fields.flatMap((field) => [
    field.label,
    ...(field.help ? [field.help] : []),
    ...(field.placeholder ? [field.placeholder] : []),
    ...(field.kind === 'select' ? (field.options ?? []).flatMap((option) => [option.label, ...(option.group ? [option.group] : [])]) : []),
  ]);
}

/** A Huawei create form as a Chinese account sees it: the catalogue answers in Chinese (X-Language zh-cn). */
function huaweiInputs(language: CreateFormInputs['language']): CreateFormInputs {
  return {
    categories: [{ id: '1', name: '技术类', products: [{ id: 'ecs', name: '弹性云服务器', description: '', acronym: 'ECS', canUseSupportPlan: true }] }],
    regions: [
      { id: 'cn-north-4', name: '华北-北京四' },
      { id: 'cn-east-3', name: '华东-上海一' },
    ],
    customerRegions: [{ id: 'cn-north-4', name: '华北-北京四' }],
    areaCodes: [{ code: '86', name: '中国' }],
    ccEmailLimit: 5,
    lastCcEmails: [],
    attachmentLimits: { maxFiles: 3, maxBytesPerFile: 10 * 1024 * 1024, fileTypes: ['png', 'log'], maxZipDecompressBytes: 0 },
    agreementToSign: { id: 'a1', agreement_name: '新建工单', agreement_type: '0', agreement_type_name: '新建工单', content: '<p>协议正文</p>', version: 1 },
    language,
  };
}

const AMOUNT: ExtendsParamWire = { param_key: 'amount', param_name: '数量', param_type: 1, required: 1, min_value: 1, max_value: 10, is_show: 1 };
const WAYS: ExtendsParamWire = { param_key: 'ways', param_name: '登录方式', param_type: 5, required: 0, select_item: '{"ssh":"SSH 登录","vnc":"远程登录"}', is_show: 1 };

describe('Chinese labels of the providers', () => {
  it('gives every Alibaba Cloud status, severity and unknown-code label a Chinese form', () => {
    assert.deepEqual(
      badPairs(ALIYUN_MAPPING_LABELS.map((label) => [label.en, label] as const)),
      [],
    );
  });

  it('labels Alibaba Cloud statuses and severities in Chinese for a zh provider, whatever language the server wrote', () => {
    const statuses = ['1', '2', '3', '4', '5', '6', '42'].map((Value) => status2021({ Value, Label: 'Processing' }, 'zh').label);
    const detail = detail2021({ TicketId: 'T', Title: 't', Status: { Value: '3', Label: 'Waiting for your feedback' }, Severity: { Value: '2', Label: 'Urgent' } }, 'zh');
    const legacy = ['assigned', 'dealing', 'wait_feedback', 'completed'].map((name) => status2020(name, 'zh').label);
    assert.deepEqual(
      [statuses, detail.severity?.label, legacy],
      [['待处理', '处理中', '待您反馈', '已反馈', '待您确认', '已完成', '未知（42）'], '紧急问题', ['待处理', '处理中', '待您反馈', '已完成']],
    );
  });

  it('keeps Alibaba Cloud labels English for an English provider', () => {
    assert.deepEqual(
      [status2021({ Value: '5', Label: '待您确认' }, 'en').label, status2021({ Value: '9' }, 'en').label, detail2021({ Severity: { Value: '1', Label: '一般问题' } }, 'en').severity?.label],
      ['Pending your confirmation', 'Unknown (9)', 'Normal'],
    );
  });

  it('has every static text of both Alibaba Cloud create forms in the Chinese bundle', () => {
    const schemas: CreateFormSchema[] = [createFormFor('2021-06-10'), createFormFor('2020-03-26')];
    const missing = [...new Set(schemas.flatMap((schema) => schemaTexts(schema.fields)))].filter((text) => !(text in bundleZh));
    assert.deepEqual(missing, []);
  });

  it('gives every Huawei Cloud status, operation and create-form text a Chinese form', () => {
    const pairs = [
      ...Object.entries(OSM_STATUSES).map(([code, info]) => [`status ${code}`, info] as const),
      ...Object.entries(OPERATE_TYPES).map(([code, names]) => [`operation ${code}`, names] as const),
      ...Object.entries(FORM_TEXTS).map(([key, text]: [string, FormText]) => [key, text] as const),
    ];
    assert.deepEqual(badPairs(pairs), []);
  });

  it('writes the whole Huawei Cloud create form in Chinese for a zh-cn provider, the agreement included', () => {
    const schema = buildCreateForm(huaweiInputs('zh-cn'));
    const english = schemaTexts(schema.fields).filter((text) => ENGLISH_WORD.test(text.replace(/\((ECS)\)/, '')));
    const agreement = schema.fields.find((field) => field.id === 'agreement')?.label;
    assert.deepEqual([english, agreement], [[], '我已阅读并同意《新建工单》']);
  });

  it('writes the Huawei Cloud create form in English for an en-us provider', () => {
    const labels = buildCreateForm(huaweiInputs('en-us')).fields.map((field) => field.label);
    assert.deepEqual(labels.slice(1, 3).concat(labels.slice(-1)), ['Problem type', 'Template', 'I accept the agreement "新建工单"']);
  });

  it("reports Huawei Cloud parameter and CC problems in the provider's language", () => {
    const problems = [
      ...extendsValues([AMOUNT, WAYS], [], { 'ext.amount': '70', 'ext.ways': 'rdp' }, 'zh-cn').problems,
      ...extendsValues([AMOUNT], [], {}, 'zh-cn').problems,
      parseCcEmails('not-an-address', 5, 'zh-cn').problem ?? '',
      parseCcEmails('a@b.cn;c@d.cn', 1, 'zh-cn').problem ?? '',
    ];
    const help = extendsFields([WAYS], [], 'zh-cn')[0]?.help ?? '';
    assert.deepEqual(
      [problems, help],
      [['“数量”必须介于 1 和 10 之间。', '请从给出的选项中选择“登录方式”。', '请填写“数量”。', '“not-an-address”不是有效的抄送邮箱地址。', '最多只能抄送 1 个邮箱。'], '(ssh = SSH 登录, vnc = 远程登录；多个值以“,”分隔)'],
    );
  });

  it('labels an unknown Huawei Cloud status in the UI language', () => {
    assert.deepEqual([statusOf(99, 'zh-cn').label, statusOf(99, 'en-us').label], ['未知（99）', 'Unknown (99)']);
  });

  it('fills form-text placeholders once, leaving braces in the values alone', () => {
    assert.equal(formText('agreement', 'zh-cn', '{1}协议'), '我已阅读并同意《{1}协议》');
  });
});
