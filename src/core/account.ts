/**
 * Account metadata and credentials. Metadata is safe to store in plain settings/globalState;
 * `Credentials` are secrets and live in SecretStorage only (DESIGN.md §7).
 */

/** Identifier of a cloud provider. Known ones are listed; the open string keeps adding a cloud a one-folder change. */
export type ProviderId = 'aliyun' | 'huaweicloud' | (string & {});

/** Non-secret description of one configured account. */
export interface AccountMetadata {
  /** Stable id chosen by the account store (e.g. a UUID). */
  readonly id: string;
  readonly providerId: ProviderId;
  /** Name the user sees in the tree ("Production", "alice@corp"). */
  readonly label: string;
  /** Provider API version to speak, e.g. Alibaba `2021-06-10` or `2020-03-26`; the provider picks its default when absent. */
  readonly apiVersion?: string;
  /** Endpoint override: a host (`workorder.aliyuncs.com`) or a full URL (`http://127.0.0.1:8080`). */
  readonly endpoint?: string;
  /** Region id, used to pick a regional endpoint when no override is given. */
  readonly region?: string;
  /** Site selector where a cloud has several (Huawei: China / International). */
  readonly site?: string;
  /** Huawei domain (account) id; unused by Alibaba. */
  readonly domainId?: string;
  /** Provider-specific, non-secret settings (project id, IAM endpoint …). */
  readonly extra?: Readonly<Record<string, string>>;
}

/** Secret material used to sign requests. Never logged, never put in an error. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  /** STS / temporary security token, when the key is temporary. */
  readonly securityToken?: string;
  /** ISO-8601 UTC expiry of a temporary credential. */
  readonly expiration?: string;
}

/**
 * Supplies the current credentials for every request, so temporary (STS) credentials can be
 * refreshed by the account layer without rebuilding the provider.
 */
export type CredentialsSupplier = () => Promise<Credentials>;
