/**
 * Create-ticket forms as data. A provider describes its fields; one webview renders any schema.
 * Labels, help texts and placeholders are either English source strings that the host passes through
 * its localisation (they double as l10n keys), or texts the provider wrote in the UI language it was
 * built with (`ProviderOptions.locale`) — needed where a text is composed with data, such as an
 * agreement's name; such a text has no l10n key and passes through unchanged.
 */

/** One choice of a select field. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
  /** Optional heading the option is listed under (e.g. a product directory). */
  readonly group?: string;
  readonly description?: string;
}

interface FieldBase {
  /** Key of the value in `FormValues`. */
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
  readonly help?: string;
  readonly placeholder?: string;
}

export interface TextField extends FieldBase {
  readonly kind: 'text' | 'textarea';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly defaultValue?: string;
  /** A regular expression (ECMAScript source) the whole trimmed value must match, checked as the user leaves the field. */
  readonly pattern?: string;
  /** The value must be a whole number, within these bounds when given. */
  readonly wholeNumber?: { readonly min?: number; readonly max?: number };
  /**
   * What a valid value looks like, in words the user reads ("36 characters: digits 0–9, letters a–f and -"):
   * shown under the field and in the problem when `pattern` or `wholeNumber` refuses a value.
   */
  readonly formatHint?: string;
}

export interface ContactField extends FieldBase {
  readonly kind: 'email' | 'phone';
  readonly maxLength?: number;
  readonly defaultValue?: string;
  /**
   * A value other than the account's registered one must be proven with a code before filing
   * (`Capabilities.contactVerification`); the form offers "Send code" and "Verify" under the field.
   */
  readonly verification?: boolean;
  /** For a phone: the field holding its country/area code (without "+"). */
  readonly areaCodeField?: string;
}

export interface SelectField extends FieldBase {
  readonly kind: 'select';
  /** Static options. Absent when options are loaded on demand via `TicketProvider.loadFieldOptions`. */
  readonly options?: readonly FieldOption[];
  /**
   * Ids of the fields this one's options depend on. When any of them changes, the form clears this
   * field and asks the provider for fresh options (a cascade: product → category).
   */
  readonly dependsOn?: readonly string[];
  readonly defaultValue?: string;
}

export interface FileField extends FieldBase {
  readonly kind: 'file';
  readonly maxFiles: number;
  readonly maxBytesPerFile: number;
  /** Accepted extensions (".png") or MIME types; empty means any. */
  readonly accept?: readonly string[];
}

export interface CheckboxField extends FieldBase {
  readonly kind: 'checkbox';
  readonly defaultValue?: boolean;
}

export type FormField = TextField | ContactField | SelectField | FileField | CheckboxField;

export interface CreateFormSchema {
  readonly fields: readonly FormField[];
}

/**
 * Values the user entered, keyed by field id: strings for text/select/contact fields, booleans for
 * checkboxes, and for file fields the attachment ids returned by `TicketProvider.uploadAttachment`.
 */
export type FormValue = string | boolean | readonly string[];
export type FormValues = Readonly<Record<string, FormValue | undefined>>;

/** A validation failure of one field, with an English sentence for the user. */
export interface FieldProblem {
  readonly fieldId: string;
  readonly message: string;
}
