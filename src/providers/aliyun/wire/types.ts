/** Shapes of the Workorder wire protocol (spec §4, §5, §7) that the client code names. */

export type AliyunApiVersion = '2021-06-10' | '2020-03-26';

export const DEFAULT_API_VERSION: AliyunApiVersion = '2021-06-10';

/** Response envelope common to both versions (spec §7.1); `Data` is read defensively per action. */
export interface AliyunEnvelope {
  readonly RequestId?: string;
  readonly Success?: boolean;
  readonly Code?: number | string;
  readonly Message?: string;
  readonly AccessDeniedDetail?: string;
  readonly Data?: unknown;
  /** 2021 paging, top level. */
  readonly PageNumber?: number;
  readonly PageSize?: number;
  readonly TotalCount?: number;
}

/** A successful call: the envelope plus the request id however it arrived (body or header). */
export interface AliyunResult {
  readonly envelope: AliyunEnvelope;
  readonly requestId?: string;
}

/** `Language` values the API knows (spec §10.2). */
export type AliyunLanguage = 'zh' | 'en' | 'jp';

/** Signature algorithm used for requests (spec §8). */
export type AliyunSignatureAlgorithm = 'ACS3-HMAC-SHA256' | 'HMAC-SHA1';
