/**
 * Support's requests for parameters (`EXT_PARAM_REQUEST` messages): the case's requested parameters
 * (5.3.2) become form fields, built like the create form's extends parameters, and the answer is
 * checked the same way before it is sent (5.3.3).
 */
import type { FormField, FormValues } from '../../core/form-schema';
import type { ParamRequest } from '../../core/support-requests';
import { EXTENDS_PREFIX, extendsFields, extendsValues } from './forms';
import { formText } from './form-texts';
import type { OsmLanguage } from './mapping';
import type { OsmCasesApi } from './ops/cases';
import { invalidInputSaying } from './provider-errors';
import type { CaseExtParamWire } from './wire/cases';
import type { ExtendsParamWire } from './wire/catalogue';

/** A requested parameter in the create form's shape (which the field builder and checker read). */
function asExtendsParam(wire: CaseExtParamWire): ExtendsParamWire {
  return {
    param_key: wire.param_key,
    param_name: wire.param_name?.trim() || wire.param_key,
    param_type: wire.param_type ?? 3,
    ...(wire.param_desc ? { tips: wire.param_desc } : {}),
    ...(wire.select_item ? { select_item: wire.select_item } : {}),
  };
}

const currentValue = (wire: CaseExtParamWire) => (wire.rela_object_properties_value ?? '').trim();

/** The field with the value already given as its default. */
function withCurrent(field: FormField, value: string): FormField {
  if (!value) return field;
  if (field.kind === 'checkbox') return { ...field, defaultValue: value === 'true' || value === '1' };
  if (field.kind === 'file') return field;
  return { ...field, defaultValue: value };
}

/** The requested parameters of the case as a form, its hints in the provider's UI language. */
export async function paramRequestOf(cases: OsmCasesApi, caseId: string, messageId: string, language: OsmLanguage, signal?: AbortSignal): Promise<ParamRequest> {
  const params = (await cases.extendsParams(caseId, signal)).filter((p) => p?.param_key);
  const values = new Map(params.map((p) => [p.param_key, currentValue(p)]));
  const fields = extendsFields(params.map(asExtendsParam), [], language).map((field) => withCurrent(field, values.get(field.id.slice(EXTENDS_PREFIX.length)) ?? ''));
  return { messageId, fields, answered: params.length > 0 && params.every((p) => currentValue(p) !== '') };
}

/** Checks the answer against the requested parameters and sends what was filled in. */
export async function answerParamRequest(cases: OsmCasesApi, caseId: string, messageId: string, values: FormValues, language: OsmLanguage, signal?: AbortSignal): Promise<void> {
  const params = (await cases.extendsParams(caseId, signal)).filter((p) => p?.param_key).map(asExtendsParam);
  if (params.length === 0) throw invalidInputSaying('NothingRequested', formText('nothingRequested', language));
  const { map, problems } = extendsValues(params, [], values, language);
  if (problems.length > 0) throw invalidInputSaying('InvalidParams', problems.join(' '));
  if (Object.keys(map).length === 0) throw invalidInputSaying('EmptyAnswer', formText('emptyAnswer', language));
  await cases.submitExtendsParams(caseId, map, messageId, signal);
}
