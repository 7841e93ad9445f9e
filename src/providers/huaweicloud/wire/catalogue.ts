/** Wire shapes of the filing catalogue (spec §3.1, §3.2, §3.7.3): agreements, config lists, quota, privileges. */
import type { LooseBoolean, LooseNumber } from './common';

export interface AgreementVO {
  id: string;
  agreement_name: string;
  agreement_type: string;
  agreement_type_name: string;
  content: string;
  version: LooseNumber;
}
export interface PublishedAgreementResponse {
  case_agreement?: AgreementVO | null;
}
export interface SignedLatestResponse {
  is_signed_latest?: LooseBoolean;
}
export interface SignAgreementResponse {
  agreement_signed_record_id?: LooseNumber;
}

export interface ProductCategoryWire {
  incident_product_category_id: string;
  incident_product_category_name: string;
  incident_product_category_desc?: string;
  incident_product_category_acronym?: string;
  can_use_support_plan?: LooseBoolean;
}
export interface IncidentSubTypeWire {
  incident_sub_type_id: string;
  incident_sub_type_name: string;
  incident_product_category_list?: ProductCategoryWire[];
}
export interface CategoriesResponse {
  total_count?: number;
  incident_sub_type_list?: IncidentSubTypeWire[];
}
export interface ProductCategoriesResponse {
  total_count?: number;
  incident_product_category_list?: ProductCategoryWire[];
}

export interface ProblemTypeWire {
  business_type_id: string;
  business_type_name: string;
  /** "0" consultation, "5" fault (region then required at creation). */
  case_type: LooseNumber;
  can_use_support_plan?: LooseBoolean;
}
export interface ProblemTypesResponse {
  total_count?: number;
  count?: number;
  incident_business_type_list?: ProblemTypeWire[];
  gray?: LooseBoolean;
}

export interface TemplateWire {
  incident_template_id: string;
  incident_template_name: string;
  incident_template_content: string;
}
export interface TemplatesResponse {
  total_count?: number;
  incident_template_list?: TemplateWire[];
}

export interface ExtendsParamWire {
  tips?: string | null;
  required?: LooseNumber | null;
  length?: LooseNumber | null;
  language?: string | null;
  param_key: string;
  param_name: string;
  param_type: LooseNumber;
  param_desc?: string | null;
  default_value?: string | null;
  max_value?: LooseNumber | null;
  min_value?: LooseNumber | null;
  /** JSON object string: submitted value → label. */
  select_item?: string | null;
  is_show?: LooseNumber | null;
  is_sensitive?: LooseNumber | null;
  regex?: string | null;
}
export interface CommonParamWire {
  param_key: string;
  param_name: string;
  is_show?: LooseNumber;
  is_required?: LooseNumber;
}
export interface ExtendsParamsResponse {
  extends_params?: ExtendsParamWire[] | ExtendsParamWire | null;
  common_params?: CommonParamWire[] | CommonParamWire | null;
}

export interface SeverityWire {
  language?: string;
  severity_name: string;
  severity_id: string;
}
export interface SeveritiesResponse {
  show?: LooseBoolean;
  severity_list?: SeverityWire[];
}

export interface DataCenterWire {
  type?: number;
  region_id: string;
  region_name: string;
  is_sensitive?: LooseNumber;
}
export interface RegionsResponse {
  total_count?: number;
  data_center_list?: DataCenterWire[];
}
export interface CustomerRegionsResponse {
  count?: number;
  region_infos?: { region_id: string; region_name: string }[];
}

export interface AreaCodeWire {
  id?: number;
  area_code: string | number;
  area_name: string;
}
export interface AreaCodesResponse {
  area_code_list?: AreaCodeWire[];
}

export interface CaseLimitsResponse {
  config?: { create_case_ccemail_max_count?: LooseNumber };
}

export interface SpecialApprovalQuota {
  used?: number;
  max_quota?: number;
}
export interface QuotaResponse {
  total?: LooseNumber;
  un_used?: LooseNumber;
  measure?: string;
  special_approval_case_info?: SpecialApprovalQuota[] | SpecialApprovalQuota | null;
}

export type PrivilegeName = 'export' | 'createCase' | 'assumeCaseAll';
export interface PrivilegePolicyResponse {
  policy_switch?: LooseBoolean;
}
export interface PrivilegesResponse {
  has_privilege?: LooseBoolean;
}

export interface ConfigName {
  name: string;
  language: string;
}
export interface SatisfactionDimensionWire {
  value: number;
  satisfaction_id: number;
  satisfaction_desc?: string;
  satisfaction_name?: string;
  per_value?: number;
  sat_category_id?: string;
}
export interface SatisfactionInstanceWire {
  instance_id: string;
  start_num: number;
  points?: number;
  instance_names?: ConfigName[];
}
export interface SatisfactionDimensionNodeWire {
  dimension_id: string;
  satisfaction_dimension_instances?: SatisfactionInstanceWire[];
  dimension_names?: ConfigName[];
}
export interface SatisfactionCategoryWire {
  category_id: string;
  is_valid?: number;
  type?: string;
  sub_satisfactions?: SatisfactionCategoryWire[];
  satisfaction_dimensions?: SatisfactionDimensionNodeWire[];
  category_names?: ConfigName[];
}
export interface SatisfactionDimensionsResponse {
  total_count?: number;
  satisfaction_dimension_list?: SatisfactionDimensionWire[];
  satisfaction_categories?: SatisfactionCategoryWire[];
}
