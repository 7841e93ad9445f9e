/** Filing-catalogue routes (spec §3.1, §3.2, §3.4.6, §3.7.3): agreements, config lists, quota, privileges. */
import type { AgreementVO, ExtendsParamWire } from '../../../providers/huaweicloud/wire/catalogue';
import type { OsmAgreement, OsmExtendsParam, OsmProduct } from '../fixtures/format';
import { satisfactionDimensions } from '../fixtures/satisfaction';
import { businessError, ok } from '../http';
import type { OsmRoute, RouteContext } from '../router';

const PRIVILEGES = new Set(['export', 'createCase', 'assumeCaseAll']);

/** The stored restriction of a privilege (already checked to be a known one; absent = createCase). */
function privilegeState(rc: RouteContext, privilege: string | undefined): { restricted: boolean; granted: boolean } {
  const privileges = rc.state.privileges;
  return privilege === 'export' || privilege === 'assumeCaseAll' ? privileges[privilege] : privileges.createCase;
}

function productWire(p: OsmProduct, rc: RouteContext) {
  return {
    incident_product_category_id: p.id,
    incident_product_category_name: rc.name(p.name),
    incident_product_category_desc: rc.name(p.desc),
    incident_product_category_acronym: p.acronym,
    can_use_support_plan: p.canUseSupportPlan,
  };
}

function extendsParamWire(p: OsmExtendsParam, rc: RouteContext): ExtendsParamWire {
  const options = p.options && JSON.stringify(Object.fromEntries(Object.entries(p.options).map(([k, v]) => [k, rc.name(v)])));
  return {
    tips: rc.name(p.tips),
    required: p.required ? 1 : 0,
    length: p.length,
    language: rc.language,
    param_key: p.key,
    param_name: rc.name(p.name),
    param_type: p.type,
    param_desc: rc.name(p.name),
    default_value: null,
    max_value: p.max ?? null,
    min_value: p.min ?? null,
    select_item: options ?? null,
    is_show: 1,
    is_sensitive: p.sensitive ? 1 : 0,
    regex: p.regex ?? null,
  };
}

function agreementOf(rc: RouteContext): { type: string; agreement: OsmAgreement } {
  const type = rc.query.required('agreement_type', 32);
  const agreement = Object.hasOwn(rc.state.catalogue.agreements, type) ? rc.state.catalogue.agreements[type] : undefined;
  if (!agreement) throw businessError('OSM.01010031');
  return { type, agreement };
}

function problemOf(rc: RouteContext) {
  const id = rc.query.required('business_type_id', 32);
  const problem = rc.state.catalogue.problemTypes.find((p) => p.id === id);
  if (!problem) throw businessError('OSM.01010028');
  return problem;
}

export const configRoutes: OsmRoute[] = [
  {
    method: 'GET',
    pattern: '/v2/servicerequest/agreements/published-agreement',
    op: 'ShowLatestPublishedAgreement',
    handle: (rc) => {
      const { type, agreement } = agreementOf(rc);
      const vo: AgreementVO = {
        id: String(agreement.id),
        agreement_name: rc.name(agreement.name),
        agreement_type: type,
        agreement_type_name: rc.name(agreement.typeName),
        content: rc.name(agreement.content),
        version: agreement.version,
      };
      return ok({ case_agreement: vo });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/agreements/signed-latest',
    op: 'ShowSignedLatestPublishedAgreement',
    handle: (rc) => {
      const { agreement } = agreementOf(rc);
      return ok({ is_signed_latest: rc.state.signedAgreements.get(String(agreement.id)) === agreement.version });
    },
  },
  {
    method: 'POST',
    pattern: '/v2/servicerequest/agreements/{id}/signed',
    op: 'SignPublishedAgreement',
    handle: (rc) => {
      const agreement = Object.values(rc.state.catalogue.agreements).find((a) => String(a.id) === rc.params.id);
      if (!/^\d+$/.test(rc.params.id) || !agreement) throw businessError('OSM.01010001');
      rc.json();
      rc.state.signedAgreements.set(rc.params.id, agreement.version);
      return ok({ agreement_signed_record_id: rc.state.nextSeq() });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/config/categories',
    op: 'ListCaseCategories',
    handle: (rc) =>
      ok({
        total_count: rc.state.catalogue.subTypes.length,
        incident_sub_type_list: rc.state.catalogue.subTypes.map((s) => ({
          incident_sub_type_id: s.id,
          incident_sub_type_name: rc.name(s.name),
          incident_product_category_list: s.products.map((p) => productWire(p, rc)),
        })),
      }),
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/config/product-categories',
    op: 'ListProductCategories',
    handle: (rc) => {
      const name = (rc.query.string('product_category_name') ?? '').toLowerCase();
      const acronym = (rc.query.string('product_category_acronym') ?? '').toLowerCase();
      const precise = rc.query.bool('precise_search', false);
      const matches = (text: string, wanted: string) => wanted === '' || (precise ? text.toLowerCase() === wanted : text.toLowerCase().includes(wanted));
      const list = rc.state.catalogue.subTypes.flatMap((s) => s.products).filter((p) => (matches(rc.name(p.name), name) || matches(p.acronym, name)) && matches(p.acronym, acronym));
      return ok({ total_count: list.length, incident_product_category_list: list.map((p) => productWire(p, rc)) });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/config/problems',
    op: 'ListProblemTypes',
    handle: (rc) => {
      const product = rc.query.string('product_category_id');
      const subType = rc.query.string('incident_sub_type_id');
      const inSubType = (productId: string) => !subType || rc.state.catalogue.subTypes.some((s) => s.id === subType && s.products.some((p) => p.id === productId));
      const list = rc.state.catalogue.problemTypes.filter((p) => (!product || p.productId === product) && inSubType(p.productId));
      return ok({
        total_count: list.length,
        gray: false,
        incident_business_type_list: list.map((p) => ({ business_type_id: p.id, business_type_name: rc.name(p.name), case_type: p.caseType, can_use_support_plan: true })),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/config/templates',
    op: 'ListCaseTemplates',
    handle: (rc) => {
      const problem = problemOf(rc);
      return ok({
        total_count: problem.templates.length,
        incident_template_list: problem.templates.map((t) => ({ incident_template_id: t.id, incident_template_name: rc.name(t.name), incident_template_content: rc.name(t.content) })),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/config/extends-map',
    op: 'ListExtendsParams',
    handle: (rc) => {
      const problem = problemOf(rc);
      return ok({
        extends_params: problem.extendsParams.map((p) => extendsParamWire(p, rc)),
        common_params: rc.state.catalogue.commonParams.map((p) => ({ param_key: p.key, param_name: rc.name(p.name), is_show: p.show ? 1 : 0, is_required: p.required ? 1 : 0 })),
      });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/config/severities',
    op: 'ListSeverities',
    handle: (rc) => {
      rc.query.required('product_category_id', 64);
      const problem = problemOf(rc);
      // Severity matters for faults; consultations hide the selector.
      return ok({ show: problem.caseType === '5', severity_list: rc.state.catalogue.severities.map((s) => ({ language: rc.language, severity_name: rc.name(s.name), severity_id: s.id })) });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/config/regions',
    op: 'ListRegions',
    handle: (rc) =>
      ok({
        total_count: rc.state.catalogue.regions.length,
        data_center_list: rc.state.catalogue.regions.map((r) => ({ type: r.type, region_id: r.id, region_name: rc.name(r.name), is_sensitive: r.sensitive })),
      }),
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/customers/regions',
    op: 'ListCustomersRegions',
    handle: (rc) => {
      const regions = rc.state.catalogue.regions.filter((r) => rc.state.catalogue.customerRegionIds.includes(r.id));
      return ok({ count: regions.length, region_infos: regions.map((r) => ({ region_id: r.id, region_name: rc.name(r.name) })) });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/config/area-codes',
    op: 'ListAreaCodes',
    handle: (rc) =>
      ok({
        area_code_list: rc.state.catalogue.areaCodes.map((a) => ({ id: a.id, area_code: a.code, area_name: rc.name(a.name) })),
      }),
  },
  { method: 'GET', pattern: '/v2/servicerequest/config/limits', op: 'ListCaseLimits', handle: (rc) => ok({ config: { create_case_ccemail_max_count: rc.state.catalogue.ccEmailMaxCount } }) },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/quotas',
    op: 'ListCaseQuotas',
    handle: (rc) => {
      problemOf(rc);
      const q = rc.state.quota;
      return ok({ total: q.total, un_used: q.unUsed, measure: q.measure, special_approval_case_info: [{ used: 0, max_quota: 2 }] });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/privileges/privilege-policy',
    op: 'ShowCustomerPrivilegePolicy',
    handle: (rc) => {
      const privilege = rc.query.string('privilege');
      if (privilege !== undefined && !PRIVILEGES.has(privilege)) throw businessError('OSM.01010001');
      // The SDK sends no privilege here (spec §9 item 32): then the filing privilege is meant.
      return ok({ policy_switch: privilegeState(rc, privilege).restricted });
    },
  },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/privileges',
    op: 'ListPrivileges',
    handle: (rc) => {
      const privilege = rc.query.string('privilege');
      if (privilege !== undefined && !PRIVILEGES.has(privilege)) throw businessError('OSM.01010001');
      const state = privilegeState(rc, privilege);
      return ok({ has_privilege: !state.restricted || state.granted ? 1 : 0 });
    },
  },
  { method: 'GET', pattern: '/v2/servicerequest/config/satisfaction-dimensions', op: 'ListSatisfactionDimensions', handle: (rc) => ok(satisfactionDimensions(rc.language)) },
  {
    method: 'GET',
    pattern: '/v2/servicerequest/carbon-copy-emails',
    op: 'ListCaseCcEmails',
    handle: (rc) => {
      const emails = rc.state.lastCcEmails;
      return ok({
        cc_email_info: { user_id: rc.state.account.subUserId, customer_id: rc.state.account.customerId, cc_email: emails.join(';') },
        mc_email_infos: emails.slice(0, 5),
      });
    },
  },
];
