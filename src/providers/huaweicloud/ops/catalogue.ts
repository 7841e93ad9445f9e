/**
 * The filing catalogue (spec §3.1, §3.2, §3.4.6, §3.7.3): agreements, categories, product categories,
 * problem types, templates, extends params, severities, regions, area codes, limits, quota, privileges,
 * satisfaction dimensions, last CC e-mails. Loose wire values are normalised here.
 */
import type {
  AgreementVO,
  AreaCodesResponse,
  CaseLimitsResponse,
  CategoriesResponse,
  CustomerRegionsResponse,
  ExtendsParamsResponse,
  ExtendsParamWire,
  CommonParamWire,
  PrivilegeName,
  PrivilegePolicyResponse,
  PrivilegesResponse,
  ProblemTypesResponse,
  ProductCategoriesResponse,
  ProductCategoryWire,
  PublishedAgreementResponse,
  QuotaResponse,
  RegionsResponse,
  SatisfactionDimensionsResponse,
  SeveritiesResponse,
  SignAgreementResponse,
  SignedLatestResponse,
  TemplatesResponse,
  IncidentSubTypeWire,
  TemplateWire,
  DataCenterWire,
} from '../wire/catalogue';
import type { CcEmailsResponse } from '../wire/cases';
import { firstDefined, readBoolean, readList, readNumber } from '../wire-readers';
import type { OsmTransport } from '../transport';

export interface ProductCategory {
  id: string;
  name: string;
  description: string;
  acronym: string;
  canUseSupportPlan: boolean;
}
export interface SubTypeCategory {
  id: string;
  name: string;
  products: ProductCategory[];
}
export interface ProblemType {
  id: string;
  name: string;
  /** true for faults (`case_type` 5): region then required. */ isFault: boolean;
}
export interface Severities {
  show: boolean;
  list: { id: string; name: string }[];
}
export interface Quota {
  total: number;
  unUsed: number;
  measure?: string;
  specialApproval: { used: number; maxQuota: number }[];
}
export interface ExtendsParams {
  params: ExtendsParamWire[];
  common: CommonParamWire[];
}
export interface CcEmails {
  lastCcEmail: string;
  emails: string[];
}

function product(p: ProductCategoryWire): ProductCategory {
  return {
    id: p.incident_product_category_id,
    name: p.incident_product_category_name,
    description: p.incident_product_category_desc ?? '',
    acronym: p.incident_product_category_acronym ?? '',
    canUseSupportPlan: readBoolean(p.can_use_support_plan),
  };
}

export class OsmCatalogueApi {
  constructor(private readonly t: OsmTransport) {}

  /** 5.1.1: the latest published agreement of a type ("0" new ticket – normal user). */
  async latestAgreement(agreementType: string, signal?: AbortSignal): Promise<AgreementVO | undefined> {
    const body = await this.t.json<PublishedAgreementResponse>({
      op: 'ShowLatestPublishedAgreement',
      method: 'GET',
      path: '/v2/servicerequest/agreements/published-agreement',
      query: { agreement_type: agreementType },
      intent: 'read',
      signal,
    });
    return body.case_agreement ?? undefined;
  }

  /** 5.1.2: has the user signed the latest agreement of this type? */
  async isLatestAgreementSigned(agreementType: string, signal?: AbortSignal): Promise<boolean> {
    const body = await this.t.json<SignedLatestResponse>({
      op: 'ShowSignedLatestPublishedAgreement',
      method: 'GET',
      path: '/v2/servicerequest/agreements/signed-latest',
      query: { agreement_type: agreementType },
      intent: 'read',
      signal,
    });
    return readBoolean(body.is_signed_latest);
  }

  /** 5.1.3: signs an agreement; returns the record id to pass when creating the case. */
  async signAgreement(agreementId: string, relationId?: string, signal?: AbortSignal): Promise<number> {
    const body = await this.t.json<SignAgreementResponse>({
      op: 'SignPublishedAgreement',
      method: 'POST',
      path: `/v2/servicerequest/agreements/${encodeURIComponent(agreementId)}/signed`,
      body: relationId ? { relation_id: relationId } : {},
      intent: 'write',
      signal,
    });
    return readNumber(body.agreement_signed_record_id, 0);
  }

  async categories(signal?: AbortSignal): Promise<SubTypeCategory[]> {
    const body = await this.t.json<CategoriesResponse>({ op: 'ListCaseCategories', method: 'GET', path: '/v2/servicerequest/config/categories', intent: 'read', signal });
    return readList<IncidentSubTypeWire>(body.incident_sub_type_list).map((s) => ({
      id: s.incident_sub_type_id,
      name: s.incident_sub_type_name,
      products: readList(s.incident_product_category_list).map(product),
    }));
  }

  async productCategories(search: { name?: string; acronym?: string; precise?: boolean } = {}, signal?: AbortSignal): Promise<ProductCategory[]> {
    const body = await this.t.json<ProductCategoriesResponse>({
      op: 'ListProductCategories',
      method: 'GET',
      path: '/v2/servicerequest/config/product-categories',
      intent: 'read',
      signal,
      query: { product_category_name: search.name, product_category_acronym: search.acronym, precise_search: search.precise },
    });
    return readList(body.incident_product_category_list).map(product);
  }

  async problemTypes(productCategoryId: string, subTypeId?: string, signal?: AbortSignal): Promise<ProblemType[]> {
    const body = await this.t.json<ProblemTypesResponse>({
      op: 'ListProblemTypes',
      method: 'GET',
      path: '/v2/servicerequest/config/problems',
      intent: 'read',
      signal,
      query: { product_category_id: productCategoryId, incident_sub_type_id: subTypeId },
    });
    return readList(body.incident_business_type_list).map((p) => ({ id: p.business_type_id, name: p.business_type_name, isFault: String(p.case_type) === '5' }));
  }

  async templates(businessTypeId: string, signal?: AbortSignal): Promise<{ id: string; name: string; content: string }[]> {
    const body = await this.t.json<TemplatesResponse>({
      op: 'ListCaseTemplates',
      method: 'GET',
      path: '/v2/servicerequest/config/templates',
      query: { business_type_id: businessTypeId },
      intent: 'read',
      signal,
    });
    return readList<TemplateWire>(body.incident_template_list).map((t) => ({ id: t.incident_template_id, name: t.incident_template_name, content: t.incident_template_content }));
  }

  async extendsParams(businessTypeId: string, context: { subTypeId?: string; productCategoryId?: string } = {}, signal?: AbortSignal): Promise<ExtendsParams> {
    const body = await this.t.json<ExtendsParamsResponse>({
      op: 'ListExtendsParams',
      method: 'GET',
      path: '/v2/servicerequest/config/extends-map',
      intent: 'read',
      signal,
      query: { business_type_id: businessTypeId, incident_sub_type_id: context.subTypeId, product_category_id: context.productCategoryId },
    });
    return { params: readList(body.extends_params), common: readList(body.common_params) };
  }

  async severities(productCategoryId: string, businessTypeId: string, signal?: AbortSignal): Promise<Severities> {
    const body = await this.t.json<SeveritiesResponse>({
      op: 'ListSeverities',
      method: 'GET',
      path: '/v2/servicerequest/config/severities',
      intent: 'read',
      signal,
      query: { product_category_id: productCategoryId, business_type_id: businessTypeId },
    });
    return { show: readBoolean(body.show), list: readList(body.severity_list).map((s) => ({ id: s.severity_id, name: s.severity_name })) };
  }

  async regions(signal?: AbortSignal): Promise<{ id: string; name: string; type: number }[]> {
    const body = await this.t.json<RegionsResponse>({ op: 'ListRegions', method: 'GET', path: '/v2/servicerequest/config/regions', intent: 'read', signal });
    return readList<DataCenterWire>(body.data_center_list).map((r) => ({ id: r.region_id, name: r.region_name, type: readNumber(r.type, 0) }));
  }

  /** 5.3.4: regions where the account has resources (to prioritise in the form). */
  async customerRegions(signal?: AbortSignal): Promise<{ id: string; name: string }[]> {
    const body = await this.t.json<CustomerRegionsResponse>({ op: 'ListCustomersRegions', method: 'GET', path: '/v2/servicerequest/customers/regions', intent: 'read', signal });
    return readList(body.region_infos).map((r) => ({ id: r.region_id, name: r.region_name }));
  }

  async areaCodes(signal?: AbortSignal): Promise<{ code: string; name: string }[]> {
    const body = await this.t.json<AreaCodesResponse>({ op: 'ListAreaCodes', method: 'GET', path: '/v2/servicerequest/config/area-codes', intent: 'read', signal });
    return readList(body.area_code_list).map((a) => ({ code: String(a.area_code), name: a.area_name }));
  }

  /** 5.8.10: the most CC e-mails a new case may carry. */
  async ccEmailLimit(signal?: AbortSignal): Promise<number> {
    const body = await this.t.json<CaseLimitsResponse>({ op: 'ListCaseLimits', method: 'GET', path: '/v2/servicerequest/config/limits', intent: 'read', signal });
    return readNumber(body.config?.create_case_ccemail_max_count, 10);
  }

  async quota(productCategoryId: string, businessTypeId: string, signal?: AbortSignal): Promise<Quota> {
    const body = await this.t.json<QuotaResponse>({
      op: 'ListCaseQuotas',
      method: 'GET',
      path: '/v2/servicerequest/quotas',
      intent: 'read',
      signal,
      query: { product_category_id: productCategoryId, business_type_id: businessTypeId },
    });
    return {
      total: readNumber(body.total, -1),
      unUsed: readNumber(body.un_used, -1),
      measure: body.measure,
      specialApproval: readList(body.special_approval_case_info).map((s) => ({ used: readNumber(s.used, 0), maxQuota: readNumber(s.max_quota, 0) })),
    };
  }

  /** 5.4.1: has the main account switched on the restriction for this privilege? */
  async privilegePolicy(privilege: PrivilegeName, signal?: AbortSignal): Promise<boolean> {
    const body = await this.t.json<PrivilegePolicyResponse>({
      op: 'ShowCustomerPrivilegePolicy',
      method: 'GET',
      path: '/v2/servicerequest/privileges/privilege-policy',
      query: { privilege },
      intent: 'read',
      signal,
    });
    return readBoolean(body.policy_switch);
  }

  /** 5.4.2: does the caller hold this privilege? */
  async hasPrivilege(privilege: PrivilegeName, signal?: AbortSignal): Promise<boolean> {
    const body = await this.t.json<PrivilegesResponse>({ op: 'ListPrivileges', method: 'GET', path: '/v2/servicerequest/privileges', query: { privilege }, intent: 'read', signal });
    return readBoolean(body.has_privilege);
  }

  async satisfactionDimensions(signal?: AbortSignal): Promise<SatisfactionDimensionsResponse> {
    const body = await this.t.json<SatisfactionDimensionsResponse>({
      op: 'ListSatisfactionDimensions',
      method: 'GET',
      path: '/v2/servicerequest/config/satisfaction-dimensions',
      intent: 'read',
      signal,
    });
    return { ...body, satisfaction_dimension_list: readList(body.satisfaction_dimension_list), satisfaction_categories: readList(body.satisfaction_categories) };
  }

  /** 5.11.6: CC addresses used last time (pre-fill for the form). */
  async ccEmails(signal?: AbortSignal): Promise<CcEmails> {
    const body = await this.t.json<CcEmailsResponse>({ op: 'ListCaseCcEmails', method: 'GET', path: '/v2/servicerequest/carbon-copy-emails', intent: 'read', signal });
    const info = readList(body.cc_email_info)[0];
    return { lastCcEmail: info?.cc_email ?? '', emails: firstDefined(body.mc_email_infos, body.mc_email_info) ?? [] };
  }
}
