/**
 * Account metadata and credentials. Metadata is safe to store in plain settings/globalState;
 * `Credentials` are secrets and live in SecretStorage only (DESIGN.md §7).
 */

/**
 * Identifier of a cloud provider (`ProviderDescriptor.id`). Deliberately a plain string: the clouds are
 * listed once, in the provider registry, and an id read from storage is checked against it at run time
 * (an account saved by a newer version may name a cloud this one does not know).
 */
export type ProviderId = string;

/** Non-secret description of one configured account. */
export interface AccountMetadata {
  /** Stable id chosen by the account store (e.g. a UUID). */
  readonly id: string;
  readonly providerId: ProviderId;
  /** Name the user sees in the tree ("Production", "alice@corp"). */
  readonly label: string;
  /** Provider API version to speak (one of the descriptor's `apiVersions`); the provider picks its default when absent. */
  readonly apiVersion?: string;
  /** Endpoint override: a host (`api.example.com`) or a full URL (`http://127.0.0.1:8080`). */
  readonly endpoint?: string;
  /** Region id, used to pick a regional endpoint when no override is given. */
  readonly region?: string;
  /** Site selector where a cloud has several (e.g. a China and an International site). */
  readonly site?: string;
  /** The cloud's account (domain) id, where its API needs one. */
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
