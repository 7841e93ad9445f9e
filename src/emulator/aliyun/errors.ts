// Alibaba Cloud POP error envelopes (spec §7.2): the gateway's codes with their exact messages and HTTP
// statuses, and the Workorder business codes. Every error body carries RequestId, HostId, Code, Message
// and Recommend; RAM denials add AccessDeniedDetail.
import type { EmulatorResponse } from '../types';

export interface AliyunError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  /** JSON document inside a string (spec §7.3). */
  readonly accessDeniedDetail?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export const DEFAULT_HOST_ID = 'workorder.aliyuncs.com';

const e = (status: number, code: string, message: string): AliyunError => ({ status, code, message });

/** Gateway errors, common to every POP RPC product. */
export const gatewayErrors = {
  accessKeyNotFound: e(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.'),
  accessKeyInactive: e(400, 'InvalidAccessKeyId.Inactive', 'Specified access key is disabled.'),
  timestampExpired: e(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.'),
  timestampIllegal: e(400, 'IllegalTimestamp', 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.'),
  nonceUsed: e(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.'),
  incompleteSignature: e(400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.'),
  tokenExpired: e(400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.'),
  tokenMalformed: e(400, 'InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.'),
  tokenMismatch: e(400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.'),
  invalidVersion: e(400, 'InvalidVersion', 'Specified parameter Version is not valid.'),
  actionNotFound: e(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.'),
  throttlingUser: e(400, 'Throttling.User', 'Request was denied due to user flow control.'),
  throttlingApi: e(400, 'Throttling.Api', 'Request was denied due to api flow control.'),
  forbiddenRam: e(403, 'Forbidden.RAM', 'User not authorized to operate on the specified resource.'),
  serviceUnavailable: e(503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.'),
} as const;

/** v1 mismatch: the message echoes the server's string-to-sign (spec §7.2). */
export function signatureMismatchV1(stringToSign: string): AliyunError {
  return e(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`);
}

export function signatureMismatchV3(): AliyunError {
  return e(400, 'SignatureDoesNotMatch', 'Specified signature does not match our calculation.');
}

/** Gateway validation of a required parameter. */
export function missingParameter(name: string): AliyunError {
  return e(400, `Missing${name}`, `${name} is mandatory for this action.`);
}

/** Workorder business validation errors; 2020 uses its own message text (spec §5). */
export function paramIllegal(version: string, action?: string): AliyunError {
  if (version === '2020-03-26') return e(400, 'param.illegal', 'The specified parameter is invalid. Please check the parameter.');
  if (action === 'GetTicket') return e(400, 'illegal.param', 'Illegal param.');
  return e(400, 'param.illegal', 'Params illegal.');
}

export const workorderErrors = {
  notAuthorized: e(401, 'illegal.auth', 'You are not authorized to perform the operation.'),
  emailOrPhone: e(400, 'illegalParam.emailOrPhone', 'The specified contact email or mobile phone number must be the data received by the account messenger.'),
  systemError: e(500, 'System.error', 'An error occurred while processing your request.'),
} as const;

/** RAM denial with its AccessDeniedDetail document (spec §7.3). */
export function forbiddenRam(action: string, principal: string, ownerId: string): AliyunError {
  const detail = {
    AuthAction: `ram:${action}`,
    AuthPrincipalDisplayName: principal,
    AuthPrincipalOwnerId: ownerId,
    AuthPrincipalType: 'SubUser',
    NoPermissionType: 'ImplicitDeny',
    PolicyType: 'AccountLevelIdentityBasedPolicy',
  };
  return { ...gatewayErrors.forbiddenRam, accessDeniedDetail: JSON.stringify(detail) };
}

/** Thrown inside route handlers; the plugin turns it into the envelope. */
export class AliyunRequestError extends Error {
  constructor(readonly error: AliyunError) {
    super(error.code);
  }
}

export function renderAliyunError(error: AliyunError, requestId: string, hostId: string = DEFAULT_HOST_ID): EmulatorResponse {
  const body: Record<string, string> = {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Workorder&requestId=${requestId}`,
  };
  if (error.accessDeniedDetail !== undefined) body.AccessDeniedDetail = error.accessDeniedDetail;
  return {
    status: error.status,
    headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': requestId, ...error.headers },
    body: JSON.stringify(body),
  };
}
