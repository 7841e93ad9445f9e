/**
 * Files a case from the create form (5.3.5): validates everything before any write, resolves the
 * problem type's rules (fault ⇒ region), the extends parameters and the CC list, signs the agreement
 * when the user accepted it, and after an ambiguous failure looks the case up instead of filing twice.
 */
import { DUPLICATE_LOOK_BACK_MS } from '../../core/duplicate-guard';
import { invalidFormReason } from '../../core/error-reasons';
import { isTicketError } from '../../core/errors';
import type { CreateFormSchema, FormValues } from '../../core/form-schema';
import { formList, formString, validateForm } from '../../core/form-validation';
import type { OsmClient } from './client';
import { contactProofs } from './case-administration';
import { extendsValues, FIELD, parseProductValue } from './forms';
import { formText } from './form-texts';
import type { OsmLanguage } from './mapping';
import { invalidInput, invalidInputSaying } from './provider-errors';
import type { CreateCaseRequest } from './wire/cases';
import { formatQueryTime } from './wire-readers';

/** Fixed `source_id` of 5.3.5 ("当前固定为"). */
export const OSM_SOURCE_ID = '83aeb0f2834c4df49826c781d32a963e';
/** Agreement type "0": new ticket – normal user. */
export const NEW_TICKET_AGREEMENT_TYPE = '0';

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/** CC addresses from the form (`;` or `,` separated), checked against the account's limit. */
export function parseCcEmails(text: string, limit: number, language: OsmLanguage = 'en-us'): { emails: string[]; problem?: string } {
  const emails = text
    .split(/[;,\s]+/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const bad = emails.find((e) => !EMAIL.test(e));
  if (bad) return { emails, problem: formText('badCcEmail', language, bad) };
  if (emails.length > limit) return { emails, problem: formText('tooManyCcEmails', language, limit) };
  return { emails };
}

export interface CreateTicketContext {
  readonly client: OsmClient;
  /** The base schema shown to the user (for the generic field checks). */
  readonly schema: CreateFormSchema;
  readonly ccEmailLimit: number;
}

/** Everything checked and resolved; nothing written yet. */
async function buildRequest(ctx: CreateTicketContext, values: FormValues, signal?: AbortSignal): Promise<CreateCaseRequest> {
  const language = ctx.client.language;
  const invalid = validateForm(ctx.schema, values);
  if (invalid.length > 0) throw invalidInput('InvalidForm', invalidFormReason(ctx.schema, invalid));
  const product = parseProductValue(formString(values, FIELD.product));
  const businessTypeId = formString(values, FIELD.businessType);
  if (!product || !businessTypeId) throw invalidInputSaying('InvalidForm', formText('chooseProduct', language));
  const problems: string[] = [];
  const [types, params] = await Promise.all([
    ctx.client.catalogue.problemTypes(product.productId, product.subTypeId, signal),
    ctx.client.catalogue.extendsParams(businessTypeId, { subTypeId: product.subTypeId, productCategoryId: product.productId }, signal),
  ]);
  const type = types.find((t) => t.id === businessTypeId);
  if (!type) problems.push(formText('typeOfOtherProduct', language));
  const region = formString(values, FIELD.region);
  if (type?.isFault && !region) problems.push(formText('regionForFault', language));
  const extendsResult = extendsValues(params.params, params.common, values, language);
  problems.push(...extendsResult.problems);
  const cc = parseCcEmails(formString(values, FIELD.cc), ctx.ccEmailLimit, language);
  if (cc.problem) problems.push(cc.problem);
  if (problems.length > 0) throw invalidInputSaying('InvalidForm', problems.join(' '));
  const request: CreateCaseRequest = {
    business_type_id: businessTypeId,
    simple_description: formString(values, FIELD.description),
    source_id: OSM_SOURCE_ID,
    incident_sub_type_id: product.subTypeId,
    product_category_id: product.productId,
    extends_map: extendsResult.map,
    extension_map: cc.emails.length > 0 ? { remindCCEmail: cc.emails.join(';') } : {},
  };
  const optional: [keyof CreateCaseRequest, string][] = [
    ['region_id', region],
    ['severity_id', formString(values, FIELD.severity)],
    ['remind_mobile', formString(values, FIELD.mobile)],
    ['remind_mail', formString(values, FIELD.mail)],
    ['remind_time', formString(values, FIELD.remindTime)],
  ];
  for (const [key, value] of optional) if (value) Object.assign(request, { [key]: value });
  if (request.remind_mobile) request.area_code = formString(values, FIELD.areaCode) || '86';
  const attachments = formList(values, FIELD.attachments);
  if (attachments.length > 0) request.accessory_ids = [...attachments];
  return request;
}

/** A case filed just now with exactly this description, if the server has one. */
async function findJustFiled(client: OsmClient, description: string, since: number, signal?: AbortSignal): Promise<string | undefined> {
  const { items } = await client.cases.list(
    {
      search_key: [description.slice(0, 64)],
      query_start_time: formatQueryTime(new Date(since), client.utcOffsetMinutes),
      limit: 10,
      offset: 0,
    },
    signal,
  );
  return items.find((c) => c.simple_description === description)?.incident_id;
}

/** Validates, signs the agreement if accepted, files the case; returns its id. */
export async function createTicketFromForm(ctx: CreateTicketContext, values: FormValues, signal?: AbortSignal): Promise<string> {
  const request = await buildRequest(ctx, values, signal);
  if (values[FIELD.agreement] === true) {
    const agreement = await ctx.client.catalogue.latestAgreement(NEW_TICKET_AGREEMENT_TYPE, signal);
    if (agreement) request.agreement_signed_record_id = await ctx.client.catalogue.signAgreement(agreement.id, undefined, signal);
  }
  const proofs = await contactProofs(ctx.client, request, signal);
  // Case times are the server's: the look-up window is placed on its clock, and is the one window of every provider.
  const startedAt = ctx.client.transport.serverClock.now() - DUPLICATE_LOOK_BACK_MS;
  try {
    return await ctx.client.cases.create(request, proofs, signal);
  } catch (error) {
    // The write may have landed although the answer was lost: look before letting the user retry.
    if (!isTicketError(error) || !error.ambiguous) throw error;
    const found = await findJustFiled(ctx.client, request.simple_description, startedAt, signal).catch(() => undefined);
    if (found) return found;
    throw error;
  }
}
