/** Wire shapes of the message operations (spec §3.5) and attachments (spec §3.6). */
import type { AccessoryRef, LooseNumber } from './common';

/** `display_type` values (spec §2.4); anything else is treated as NORMAL. */
export type DisplayTypeWire = 'NORMAL' | 'QA_BOT' | 'EXT_PARAM_REQUEST' | 'AUTH';

/** QueryMessageInfoV2. `type`: 0 customer, 1 support. `status` -1 = withdrawn. */
export interface MessageWire {
  type: number | null;
  replier_type?: number | null;
  replier?: string | null;
  content?: string | null;
  create_time?: string | number | null;
  replier_name?: string | null;
  iam_user_type?: number | null;
  accessory_list?: AccessoryRef[] | null;
  message_id: string;
  status?: number | null;
  display_type?: string | null;
  extension?: string | null;
  is_first_message?: number | null;
}
export interface MessagesResponse {
  count?: LooseNumber;
  message_list?: MessageWire[];
}

export interface SubmitMessageBody {
  message: { content: string; accessory_ids?: string[] };
  group_id?: string;
}

export interface ImStatusWire {
  status: number | null;
  incident_id: string | null;
}
export interface UpdatedMessageWire {
  message_id: string;
  status: number | null;
}
export interface ImMessagesWire {
  incident_id: string;
  message_list?: MessageWire[];
  update_messages?: UpdatedMessageWire[];
}
export interface NewMessagesResponse {
  imstatus?: ImStatusWire[];
  immsg?: ImMessagesWire[];
  last_message_time_id?: string | null;
}
export interface UnreadWire {
  status?: number | null;
  incident_id: string;
  unread_num?: LooseNumber | null;
}
export interface UnreadResponse {
  imunread?: UnreadWire[];
}

export interface AccessoryLimitWire {
  limit_count: LooseNumber;
  limit_size: LooseNumber;
  limit_file_type: string;
  limit_zip_decompress_size?: LooseNumber;
}
export interface AccessoryLimitsResponse {
  accessory_limit?: AccessoryLimitWire;
}

export type AccessoryFrom = 'incident' | 'message';
/** The JSON string of the multipart `form_data` field (camelCase, unlike the rest of v2). */
export interface UploadFormData {
  fileName: string;
  accessoryFrom: AccessoryFrom;
  uploadType: 0 | 1;
}
export interface UploadJsonBody {
  accessory_name: string;
  accessory_from: AccessoryFrom;
  upload_type?: 0 | 1;
  accessory_data: string;
}
export interface UploadResponse {
  accessory_id?: string;
}

export interface AccessUrlWire {
  accessory_id: string;
  accessory_name?: string;
  accessory_url: string;
}
export interface AccessUrlsResponse {
  accessory_urls?: AccessUrlWire[];
}
