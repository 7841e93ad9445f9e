/**
 * The OSM create-ticket form as data (spec §3.2 cascade): product category → problem (business) type
 * → template / severity, region, description, contact (area code, phone, e-mail, time), CC e-mails,
 * attachments, agreement. Extends parameters depend on the problem type, so they are separate fields
 * (`ext.<param_key>`) that `extendsFields` builds and `extendsValues` checks.
 */
import type { CheckboxField, CreateFormSchema, FieldOption, FormField, FormValues, SelectField, TextField } from '../../core/form-schema';
import type { AttachmentLimits } from './ops/attachments';
import type { SubTypeCategory } from './ops/catalogue';
import type { AgreementVO, CommonParamWire, ExtendsParamWire } from './wire/catalogue';
import { MAX_DESCRIPTION_LENGTH } from './capabilities';
import { readNumber } from './wire-readers';
import { htmlToText } from '../../core/html-text';
import { formText } from './form-texts';
import { describePattern, describeWholeNumber } from './pattern-hint';
import type { OsmLanguage } from './mapping';

export const FIELD = {
  product: 'product',
  businessType: 'businessType',
  template: 'template',
  description: 'description',
  region: 'region',
  severity: 'severity',
  areaCode: 'areaCode',
  mobile: 'remindMobile',
  mail: 'remindMail',
  remindTime: 'remindTime',
  cc: 'ccEmails',
  attachments: 'attachments',
  agreement: 'agreement',
} as const;

export const EXTENDS_PREFIX = 'ext.';

/** The product option value carries its sub-type: `<incident_sub_type_id>/<product_category_id>`. */
export function productValue(subTypeId: string, productId: string): string {
  return `${subTypeId}/${productId}`;
}

export function parseProductValue(value: string): { subTypeId: string; productId: string } | undefined {
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) return undefined;
  return { subTypeId: value.slice(0, slash), productId: value.slice(slash + 1) };
}

export interface CreateFormInputs {
  readonly categories: readonly SubTypeCategory[];
  readonly regions: readonly { id: string; name: string }[];
  /** Regions where the account has resources: listed first. */
  readonly customerRegions: readonly { id: string; name: string }[];
  readonly areaCodes: readonly { code: string; name: string }[];
  readonly ccEmailLimit: number;
  readonly lastCcEmails: readonly string[];
  readonly attachmentLimits: AttachmentLimits;
  /** The agreement to accept, when the user has not signed its latest version. */
  readonly agreementToSign?: AgreementVO;
  readonly language: OsmLanguage;
}

function regionOptions(inputs: CreateFormInputs): FieldOption[] {
  const mine = new Set(inputs.customerRegions.map((r) => r.id));
  const yours = formText('yourRegions', inputs.language);
  const all = formText('allRegions', inputs.language);
  return [
    ...inputs.regions.filter((r) => mine.has(r.id)).map((r) => ({ value: r.id, label: r.name, group: yours })),
    ...inputs.regions.filter((r) => !mine.has(r.id)).map((r) => ({ value: r.id, label: r.name, group: all })),
  ];
}

/** The base form, labelled in the provider's UI language; options of business type, template and severity load on demand. */
export function buildCreateForm(inputs: CreateFormInputs): CreateFormSchema {
  const text = (key: Parameters<typeof formText>[0], ...args: (string | number)[]) => formText(key, inputs.language, ...args);
  const dependent = (id: string, label: string, dependsOn: string[], required: boolean, help?: string): SelectField => ({ kind: 'select', id, label, required, dependsOn, ...(help ? { help } : {}) });
  const fields: FormField[] = [
    {
      kind: 'select',
      id: FIELD.product,
      label: text('product'),
      required: true,
      options: inputs.categories.flatMap((s) =>
        s.products.map((p) => ({
          value: productValue(s.id, p.id),
          label: p.acronym ? `${p.name} (${p.acronym})` : p.name,
          group: s.name,
          ...(p.description ? { description: p.description } : {}),
        })),
      ),
    },
    dependent(FIELD.businessType, text('businessType'), [FIELD.product], true),
    dependent(FIELD.template, text('template'), [FIELD.businessType], false, text('templateHelp')),
    { kind: 'textarea', id: FIELD.description, label: text('description'), required: true, minLength: 1, maxLength: MAX_DESCRIPTION_LENGTH },
    { kind: 'select', id: FIELD.region, label: text('region'), required: false, options: regionOptions(inputs), help: text('regionHelp') },
    dependent(FIELD.severity, text('severity'), [FIELD.product, FIELD.businessType], false, text('severityHelp')),
    { kind: 'select', id: FIELD.areaCode, label: text('areaCode'), required: false, defaultValue: '86', options: inputs.areaCodes.map((a) => ({ value: a.code, label: `+${a.code} ${a.name}` })) },
    { kind: 'phone', id: FIELD.mobile, label: text('mobile'), required: false, maxLength: 32, verification: true, areaCodeField: FIELD.areaCode },
    { kind: 'email', id: FIELD.mail, label: text('mail'), required: false, maxLength: 128, verification: true },
    { kind: 'text', id: FIELD.remindTime, label: text('remindTime'), required: false, maxLength: 16, placeholder: '9:00-18:00' },
    {
      kind: 'text',
      id: FIELD.cc,
      label: text('cc'),
      required: false,
      maxLength: 5000,
      help: text('ccHelp', inputs.ccEmailLimit),
      defaultValue: inputs.lastCcEmails.join(';'),
    },
    {
      kind: 'file',
      id: FIELD.attachments,
      label: text('attachments'),
      required: false,
      maxFiles: inputs.attachmentLimits.maxFiles,
      maxBytesPerFile: inputs.attachmentLimits.maxBytesPerFile,
      accept: inputs.attachmentLimits.fileTypes.map((t) => `.${t}`),
    },
  ];
  if (inputs.agreementToSign) {
    const agreement: CheckboxField = {
      kind: 'checkbox',
      id: FIELD.agreement,
      required: true,
      label: text('agreement', inputs.agreementToSign.agreement_name),
      help: htmlToText(inputs.agreementToSign.content).slice(0, 2000),
    };
    fields.push(agreement);
  }
  return { fields };
}

function selectOptions(selectItem: string | null | undefined): FieldOption[] {
  if (!selectItem) return [];
  try {
    const parsed: unknown = JSON.parse(selectItem);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
    return Object.entries(parsed as Record<string, unknown>).map(([value, label]) => ({ value, label: String(label) }));
  } catch {
    return [];
  }
}

/** Form fields for the extends parameters of a problem type (hidden ones left out). */
export function extendsFields(params: readonly ExtendsParamWire[], common: readonly CommonParamWire[] = [], language: OsmLanguage = 'en-us'): FormField[] {
  const fields: FormField[] = [];
  for (const p of params) {
    if (readNumber(p.is_show, 1) !== 1) continue;
    const base = { id: `${EXTENDS_PREFIX}${p.param_key}`, label: p.param_name, required: readNumber(p.required, 0) === 1, ...(p.tips ? { help: p.tips } : {}) };
    const type = readNumber(p.param_type, 3);
    const maxLength = readNumber(p.length, 0) || undefined;
    if (type === 4) fields.push({ ...base, kind: 'select', options: selectOptions(p.select_item) });
    else if (type === 7) fields.push({ ...base, kind: 'checkbox' });
    else if (type === 8) fields.push({ ...base, kind: 'textarea', maxLength });
    else if (type === 5)
      fields.push({
        ...base,
        kind: 'text',
        maxLength,
        help: `${p.tips ? `${p.tips} ` : ''}(${formText(
          'offeredValues',
          language,
          selectOptions(p.select_item)
            .map((o) => `${o.value} = ${o.label}`)
            .join(', '),
        )})`,
      });
    else fields.push({ ...base, kind: 'text', maxLength, ...(p.default_value ? { defaultValue: p.default_value } : {}), ...shapeOf(p, language) });
  }
  for (const c of common) {
    if (readNumber(c.is_show, 1) !== 1 || params.some((p) => p.param_key === c.param_key)) continue;
    fields.push({ kind: 'text', id: `${EXTENDS_PREFIX}${c.param_key}`, label: c.param_name, required: readNumber(c.is_required, 0) === 1 });
  }
  return fields;
}

/**
 * The shape a text parameter needs (a whole number in bounds, or its pattern), checked by the form as the
 * user leaves the field and said in words under it, instead of only by the server on submit.
 */
function shapeOf(p: ExtendsParamWire, language: OsmLanguage): Pick<TextField, 'pattern' | 'wholeNumber' | 'formatHint' | 'help'> {
  const { min, max } = boundsOf(p);
  const wholeNumber = readNumber(p.param_type, 3) === 1;
  const formatHint = wholeNumber ? describeWholeNumber(min, max, language) : p.regex ? describePattern(p.regex, language) : undefined;
  if (!formatHint) return {};
  const expected = formText('expectedShape', language, formatHint);
  return {
    ...(wholeNumber ? { wholeNumber: { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) } } : {}),
    ...(!wholeNumber && p.regex ? { pattern: p.regex } : {}),
    formatHint,
    help: p.tips ? `${asSentence(p.tips, language)} ${expected}` : expected,
  };
}

/** The cloud's tip as a sentence of its own, so the shape that follows does not run into it. */
function asSentence(text: string, language: OsmLanguage): string {
  const trimmed = text.trim();
  return /[.。!！?？:：]$/.test(trimmed) ? trimmed : `${trimmed}${language === 'zh-cn' ? '。' : '.'}`;
}

function boundsOf(p: ExtendsParamWire): { min?: number; max?: number } {
  const min = p.min_value === null || p.min_value === undefined ? undefined : readNumber(p.min_value, Number.NEGATIVE_INFINITY);
  const max = p.max_value === null || p.max_value === undefined ? undefined : readNumber(p.max_value, Number.POSITIVE_INFINITY);
  return { ...(min !== undefined && Number.isFinite(min) ? { min } : {}), ...(max !== undefined && Number.isFinite(max) ? { max } : {}) };
}

function checkParam(p: ExtendsParamWire, raw: string | boolean | readonly string[] | undefined, language: OsmLanguage): { value?: unknown; problem?: string } {
  const label = p.param_name;
  const problem = (key: Parameters<typeof formText>[0], ...args: (string | number)[]) => ({ problem: formText(key, language, label, ...args) });
  const type = readNumber(p.param_type, 3);
  const text = typeof raw === 'string' ? raw.trim() : Array.isArray(raw) ? raw.join(',') : raw === true ? 'true' : '';
  if (text === '') return readNumber(p.required, 0) === 1 && readNumber(p.is_show, 1) === 1 ? problem('required') : {};
  const maxLength = readNumber(p.length, 0);
  if (maxLength > 0 && text.length > maxLength) return problem('tooLong', maxLength);
  if (type === 1) {
    if (!/^-?\d+$/.test(text)) return problem('wholeNumber');
    const n = Number(text);
    const min = p.min_value === null || p.min_value === undefined ? undefined : readNumber(p.min_value, Number.NEGATIVE_INFINITY);
    const max = p.max_value === null || p.max_value === undefined ? undefined : readNumber(p.max_value, Number.POSITIVE_INFINITY);
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) return problem('between', min ?? '…', max ?? '…');
    return { value: n };
  }
  if (type === 4 || type === 5) {
    const allowed = new Set(selectOptions(p.select_item).map((o) => o.value));
    const chosen = text
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (allowed.size > 0 && chosen.some((v) => !allowed.has(v))) return problem('offeredOnly');
    if (type === 4 && chosen.length !== 1) return problem('oneValue');
    return { value: type === 4 ? chosen[0] : chosen.join(',') };
  }
  if (p.regex) {
    try {
      if (!new RegExp(p.regex).test(text)) return problem('unexpectedFormat');
    } catch {
      // A server regex this engine cannot compile is left to the server to check.
    }
  }
  return { value: text };
}

/** The `extends_map` of a new case from the form's `ext.*` values, or the problems to show the user. */
export function extendsValues(
  params: readonly ExtendsParamWire[],
  common: readonly CommonParamWire[],
  values: FormValues,
  language: OsmLanguage = 'en-us',
): { map: Record<string, unknown>; problems: string[] } {
  const map: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const p of params) {
    const result = checkParam(p, values[`${EXTENDS_PREFIX}${p.param_key}`], language);
    if (result.problem) problems.push(result.problem);
    else if (result.value !== undefined) map[p.param_key] = result.value;
  }
  for (const c of common) {
    if (params.some((p) => p.param_key === c.param_key)) continue;
    const raw = values[`${EXTENDS_PREFIX}${c.param_key}`];
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text) map[c.param_key] = text;
    else if (readNumber(c.is_required, 0) === 1 && readNumber(c.is_show, 1) === 1) problems.push(formText('required', language, c.param_name));
  }
  return { map, problems };
}
