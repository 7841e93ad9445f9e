/**
 * Create-ticket forms as data (DESIGN.md §3): product directory → product → category cascades whose
 * options load on demand, then severity, title, description, contact and confidential information.
 */
import type { CreateFormSchema, FieldOption, FormField, FormValues } from '../../core/form-schema';
import { formString } from '../../core/form-validation';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_TEXT_LENGTH } from './capabilities';
import type { AliyunApiVersion } from './wire/types';

/** Field ids shared by both versions' forms and by `createTicket`. */
export const FIELD = {
  directory: 'directory',
  product: 'product',
  category: 'category',
  severity: 'severity',
  title: 'title',
  description: 'description',
  email: 'email',
  phone: 'phone',
  notifyTimeRange: 'notifyTimeRange',
  secretInfo: 'secretInfo',
  attachments: 'attachments',
  secretAttachments: 'secretAttachments',
} as const;

/** Undocumented by the API; keeps titles to one readable line. */
const MAX_TITLE_LENGTH = 128;

export interface CatalogProduct {
  /** 2021: numeric ProductId as text; 2020: ProductCode. */
  readonly key: string;
  readonly name: string;
  readonly description?: string;
}

export interface CatalogDirectory {
  readonly key: string;
  readonly name: string;
  readonly products: readonly CatalogProduct[];
}

/** Where the cascading options come from; each API version implements it. */
export interface ProductCatalog {
  directories(signal?: AbortSignal): Promise<readonly CatalogDirectory[]>;
  categories(productKey: string, signal?: AbortSignal): Promise<readonly FieldOption[]>;
}

const cascade: readonly FormField[] = [
  { id: FIELD.directory, kind: 'select', label: 'Product group', required: true },
  { id: FIELD.product, kind: 'select', label: 'Product', required: true, dependsOn: [FIELD.directory] },
  { id: FIELD.category, kind: 'select', label: 'Question category', required: true, dependsOn: [FIELD.product] },
];

const title: FormField = { id: FIELD.title, kind: 'text', label: 'Title', required: false, maxLength: MAX_TITLE_LENGTH };
const description: FormField = {
  id: FIELD.description,
  kind: 'textarea',
  label: 'Description',
  required: true,
  maxLength: MAX_TEXT_LENGTH,
  help: 'Plain text. Describe what you did, what happened and what you expected.',
};
const secretInfo: FormField = {
  id: FIELD.secretInfo,
  kind: 'textarea',
  label: 'Confidential information',
  required: false,
  maxLength: MAX_TEXT_LENGTH,
  help: 'Passwords, keys or personal data support needs; stored at a higher security level.',
};

const SCHEMA_2021: CreateFormSchema = {
  fields: [
    ...cascade,
    {
      id: FIELD.severity,
      kind: 'select',
      label: 'Severity',
      required: true,
      defaultValue: '1',
      options: [
        { value: '1', label: 'Normal' },
        { value: '2', label: 'Urgent' },
      ],
    },
    title,
    description,
    { id: FIELD.email, kind: 'email', label: 'Contact e-mail', required: false, maxLength: 128 },
    secretInfo,
    { id: FIELD.attachments, kind: 'file', label: 'Attachments', required: false, maxFiles: MAX_ATTACHMENTS, maxBytesPerFile: MAX_ATTACHMENT_BYTES },
    {
      id: FIELD.secretAttachments,
      kind: 'file',
      label: 'Confidential attachments',
      required: false,
      maxFiles: MAX_ATTACHMENTS,
      maxBytesPerFile: MAX_ATTACHMENT_BYTES,
    },
  ],
};

const SCHEMA_2020: CreateFormSchema = {
  fields: [
    ...cascade,
    title,
    description,
    {
      id: FIELD.email,
      kind: 'email',
      label: 'Contact e-mail',
      required: true,
      maxLength: 128,
      help: 'Must be a contact registered to receive messages for this account.',
    },
    { id: FIELD.phone, kind: 'phone', label: 'Mobile phone for SMS updates', required: false, maxLength: 32 },
    {
      id: FIELD.notifyTimeRange,
      kind: 'select',
      label: 'Notify me',
      required: false,
      defaultValue: 'all',
      options: [
        { value: 'all', label: 'At any time' },
        { value: 'normal', label: 'Office hours (09:00–18:00)' },
        { value: 'never', label: 'Never' },
      ],
    },
    secretInfo,
  ],
};

/** The create form of one API version. */
export function createFormFor(version: AliyunApiVersion): CreateFormSchema {
  return version === '2020-03-26' ? SCHEMA_2020 : SCHEMA_2021;
}

/** Options of a cascading field given the values chosen so far; other fields have none to load. */
export async function loadCascadeOptions(catalog: ProductCatalog, fieldId: string, values: FormValues, signal?: AbortSignal): Promise<readonly FieldOption[]> {
  switch (fieldId) {
    case FIELD.directory:
      return (await catalog.directories(signal)).map((directory) => ({ value: directory.key, label: directory.name }));
    case FIELD.product: {
      const chosen = formString(values, FIELD.directory);
      const directory = (await catalog.directories(signal)).find((entry) => entry.key === chosen);
      return (directory?.products ?? []).map((product) => ({
        value: product.key,
        label: product.name,
        group: directory?.name,
        ...(product.description ? { description: product.description } : {}),
      }));
    }
    case FIELD.category: {
      const product = formString(values, FIELD.product);
      return product ? catalog.categories(product, signal) : [];
    }
    default:
      return [];
  }
}
