/** Wire shapes of case creation, queries and case-level writes (spec §3.3, §3.4, §3.7, §3.8, §3.9). */
import type { AccessoryRef, CaseLabelInfo, IncidentSatisfaction, LooseBoolean, LooseNumber } from './common';
import type { MessageWire } from './messages';

export interface CreateCaseRequest {
  business_type_id: string;
  simple_description: string;
  source_id: string;
  incident_sub_type_id?: string;
  product_category_id?: string;
  region_id?: string;
  remind_mobile?: string;
  remind_mail?: string;
  remind_time?: string;
  project_id?: string;
  /** Omitted entirely when there are no attachments (doc 4.1). */
  accessory_ids?: string[];
  extends_map?: Record<string, unknown>;
  extension_map?: Record<string, unknown>;
  severity_id?: string;
  verify_code?: string;
  area_code?: string;
  incident_service_type?: string;
  agreement_signed_record_id?: number;
}
export interface CreateCaseResponse {
  incident_id?: string;
}

/** Query of 5.11.9 ListCases (arrays are sent as repeated keys). */
export interface ListCasesQuery {
  search_key?: readonly string[];
  label_id_list?: readonly string[];
  app_key?: string;
  incident_id?: string;
  query_start_time?: string;
  query_end_time?: string;
  status?: number;
  incident_statuses?: string;
  x_customer_id?: string;
  x_customer_name?: string;
  group_id?: string;
  offset?: number;
  limit?: number;
  product_category_id?: string;
  business_type_id?: string;
  incident_sub_type_id?: string;
  trim_osm_rich_text_label?: boolean;
}

/** IncidentInfoV2 (list item). */
export interface IncidentInfoWire {
  incident_id: string;
  status: LooseNumber;
  xcustomer_id?: string;
  xcustomer_name?: string;
  business_type_name?: string;
  product_category_name?: string;
  incident_service_type?: string;
  incident_type_name?: string;
  customer_id?: string;
  dc_name?: string;
  simple_description?: string;
  root_cause?: string;
  resolution?: string;
  create_time?: string | number | null;
  confirmed_time?: string | number | null;
  label_list?: CaseLabelInfo[];
  gray?: LooseBoolean;
  type?: number;
}
export interface ListCasesResponse {
  total_count?: number;
  count?: number;
  incident_info_list?: IncidentInfoWire[];
}

export interface DetailExtInfo {
  area_code?: string;
  remind_mobile?: string;
  remind_mail?: string;
  contact_type?: string;
  remind_time?: string;
  cc_email?: string;
  commodity_id?: string;
}

/** IncidentMessageV2 inside the detail. */
export interface DetailMessageWire {
  type: number;
  replier?: string;
  content?: string;
  message_id?: string;
  replier_name?: string;
  create_time?: string | number;
  is_first_message?: number;
  accessory_list?: AccessoryRef[];
}

/** IncidentDetailInfoV2. */
export interface IncidentDetailWire extends IncidentInfoWire {
  judgement?: string;
  source_name?: string;
  message_list?: DetailMessageWire[];
  incident_satisfaction?: IncidentSatisfaction[];
  severity_name?: string;
  business_ownership?: number;
  resolve_time?: LooseNumber | null;
  ext_info?: DetailExtInfo | DetailExtInfo[] | null;
  incident_sub_type_name?: string;
  case_type_id?: number;
  case_subtype_id?: string;
  business_type_id?: string;
  problem_type_id?: string;
  product_category_id?: string;
  is_authorized?: number;
}
export interface CaseDetailResponse {
  incident_detail_info?: IncidentDetailWire;
}
export interface CaseStatusResponse {
  status?: LooseNumber;
}

export interface StatusCountWire {
  status: LooseNumber;
  count: LooseNumber;
}
export interface CaseCountsResponse {
  incident_status_counts?: StatusCountWire[];
  incident_statuses_counts?: StatusCountWire[];
}

export interface OperateLogWire {
  incident_log_id?: string;
  incident_id?: string;
  operate_type: number;
  operator_type?: number;
  operator_id?: string;
  operator_name?: string;
  operate_desc?: string;
  operate_time?: string;
  timestamp_operate_time?: string;
}
export interface OperateLogsResponse {
  total_count?: number;
  count?: number;
  incident_operate_log_list?: OperateLogWire[];
}

export interface CcEmailInfoWire {
  user_id?: string;
  customer_id?: string;
  cc_email?: string;
}
export interface CcEmailsResponse {
  cc_email_info?: CcEmailInfoWire | CcEmailInfoWire[] | null;
  mc_email_infos?: string[];
  mc_email_info?: string[];
}

export type CaseActionId = 'press' | 'close' | 'cancel' | 'delete';
export interface CaseActionBody {
  judgement?: string;
  operate_desc?: string;
  group_id?: string;
  incident_satisfaction_list?: IncidentSatisfaction[];
}
export interface ScoreBody {
  judgement: string;
  incident_satisfaction_list: IncidentSatisfaction[];
  group_id?: string;
}

export interface ContactInfoBody {
  area_code?: string;
  remind_mobile?: string;
  remind_mail?: string;
  remind_time?: string;
  group_id?: string;
  extension_map?: Record<string, unknown>;
}

export interface CaseExtParamWire {
  param_key: string;
  rela_object_properties_value?: string;
  param_name?: string;
  param_desc?: string;
  param_type?: number;
  select_item?: string;
}
export interface CaseExtendsParamResponse {
  ext_params?: CaseExtParamWire[];
}
export interface SubmitExtendsParamBody {
  group_id?: string;
  message_id?: string;
  extends_map: Record<string, unknown>;
}

export interface ListLabelsResponse {
  total_count?: number;
  label_list?: CaseLabelInfo[];
}
export interface CaseLabelsResponse {
  case_label_list?: CaseLabelInfo[];
}

export interface CaseRelationWire {
  case_id: string;
  simple_description?: string;
  user_name?: string;
}
export interface CaseRelationsResponse {
  case_relation_list?: CaseRelationWire[];
}

/** Re-exported so callers can import every case-level shape from one module. */
export type { MessageWire };
