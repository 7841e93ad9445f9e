/**
 * Everything the product needs to know about one cloud, as data. The rest of the extension reads a
 * descriptor instead of switching on a provider id, so adding a cloud means a provider folder (with its
 * descriptor), an emulator folder and one line in each registry (DESIGN.md §3). vscode-free.
 */
import type { AccountMetadata, CredentialsSupplier, ProviderId } from './account';
import type { TicketIdFormat } from './ticket-ids';
import type { AccountSetting } from './account-settings';
import type { ImportEnvironment, ImportReport } from './credential-import/types';
import type { TicketProvider } from './provider';
import type { ConcurrencyLimiter } from './limiter';

/** What building a provider for one account needs. */
export interface ProviderOptions {
  readonly account: AccountMetadata;
  readonly credentials: CredentialsSupplier;
  /** UI locale, e.g. VS Code's display language ("zh-cn"). */
  readonly locale?: string;
  readonly timeoutMs?: number;
  /** The account's request slots (adaptive, with the user's ceiling and the limiter all accounts share). */
  readonly limiter?: ConcurrencyLimiter;
}

/** How one credential value of a cloud looks. Patterns are tested against the trimmed value. */
export interface CredentialFieldShape {
  /** A genuine value, exactly: tells this cloud's values from another's and checks imported ones. */
  readonly shape: RegExp;
  /** A looser shape for the hint shown while the user types (never a block); `shape` when absent. */
  readonly plausible?: RegExp;
}

/** The credentials a cloud signs with: key id, secret and, for temporary keys, a token. */
export interface CredentialFields {
  readonly keyId: CredentialFieldShape & {
    /** The start of a typical key id, shown as a placeholder ("ABCD…"). */
    readonly example: string;
  };
  readonly secret: CredentialFieldShape;
  /** The token of temporary credentials; absent when the cloud issues none. */
  readonly token?: CredentialFieldShape;
}

/** One place a cloud's CLI or SDK keeps credentials (environment variables, a config file). */
export interface CredentialSource {
  /** Shown in the scan list and in warnings ("~/.example/config.json"). */
  readonly name: string;
  /** Reads the source; never writes, and turns a bad file into a warning instead of throwing. */
  readonly scan: (environment: ImportEnvironment) => ImportReport | Promise<ImportReport>;
}

/** What tells a credentials CSV downloaded from this cloud's console from another cloud's. */
export interface ConsoleCsvFormat {
  /**
   * Secret-column headers that only this cloud's console writes, lower-cased without spaces, `_`,
   * `-` or brackets. A file with one of them is this cloud's; the other columns have common names.
   */
  readonly secretHeaders: readonly string[];
}

/** What a secret value is to the cloud that issued it. */
export type SecretRole = 'key-id' | 'secret' | 'token';

/** One shape of secret the cloud issues, for redaction. */
export interface SecretFormat {
  /** The redaction marker, `<provider id>-<what>` (`example-access-key-id`). */
  readonly kind: `${string}-${string}`;
  readonly role: SecretRole;
  /** Matches a value of this format; the engine tests it on a value it already found plausible. */
  readonly value: RegExp;
  /** Finds it in free text without a field name (global flag); only for shapes distinctive enough. */
  readonly inText?: RegExp;
  /** Field names (lower-case, separators removed) only this cloud uses for this value; a name ending in one counts. */
  readonly fieldNames?: readonly string[];
  /** The cloud's own command-line tools take this value after a flag (`<tool> -k VALUE`, `-k=VALUE`). */
  readonly commandLine?: { readonly programs: readonly string[]; readonly flag: string };
  /** Container registry logins use `<region>@<value>` as the user name (`cn-north-4@…`). */
  readonly registryUser?: boolean;
}

/** A cloud's secrets as the redaction engine needs to know them. */
export interface SecretFormats {
  /** Words in a field name that point at this cloud (`HUAWEICLOUD_SDK_SK` → "huaweicloud"). */
  readonly fieldWords: readonly string[];
  readonly formats: readonly SecretFormat[];
  /**
   * Key id and secret written side by side without names (CSV rows, `id:secret`): the shapes of both
   * halves, unanchored, to be found on one line; each found half is then checked with `value`.
   */
  readonly keyPair?: { readonly id: RegExp; readonly secret: RegExp };
  /** Authorization schemes of the cloud's own request signing (`Authorization: <scheme> <key id>:<signature>`). */
  readonly authSchemes?: readonly string[];
}

/** A cloud, as the rest of the product sees it. */
export interface ProviderDescriptor {
  readonly id: ProviderId;
  /** English name; also its l10n key (hosts show `vscode.l10n.t(displayName)`). */
  readonly displayName: string;
  /** API versions the user may choose; the first is the default. Empty when the cloud has one. */
  readonly apiVersions: readonly string[];
  readonly credentialFields: CredentialFields;
  /** Where the cloud's CLIs and SDKs keep credentials on a developer's machine, in scan order. */
  readonly credentialSources: readonly CredentialSource[];
  readonly consoleCsv: ConsoleCsvFormat;
  readonly secretFormats: SecretFormats;
  /** Origin requests of an account go to when it has no endpoint override (what diagnostics probe). */
  readonly defaultEndpoint: (account: AccountMetadata) => string;
  /** Where the user finds the ticket in the cloud's web console. */
  readonly consoleTicketUrl: (ticketId: string) => string;
  /** How the cloud's ticket ids look, typed alone and inside text (links, Open Ticket by ID). */
  readonly ticketIds: TicketIdFormat;
  /** Settings beyond keys and endpoint (site, account id …) the account flows offer; empty when none. */
  readonly accountSettings: readonly AccountSetting[];
  /** Loads the provider code lazily, so activation does not pay for it. */
  readonly create: (options: ProviderOptions) => Promise<TicketProvider>;
}

/** Whether a typed value looks like this field (the loose shape), for a hint while typing. */
export function looksLikeCredentialField(field: CredentialFieldShape, value: string): boolean {
  return (field.plausible ?? field.shape).test(value.trim());
}
