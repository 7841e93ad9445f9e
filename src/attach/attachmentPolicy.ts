// What one reply may carry, and the check of the chosen files against it before any byte is sent.
// vscode-free, so the rules are unit-tested in plain Node.
import type { Capabilities } from '../core/capabilities';
import type { TicketProvider } from '../core/provider';

export interface AttachmentPolicy {
  readonly maxFiles: number;
  readonly maxBytesPerFile: number;
  /** Lower-case extensions without the dot; empty means any type. */
  readonly allowedExtensions: readonly string[];
  /** Upper bound for the unpacked size of a zip archive, where the cloud checks it. */
  readonly maxZipUnpackedBytes?: number;
}

/** A file about to be attached: its name and size (and, for an archive we built, its unpacked size). */
export interface CandidateFile {
  readonly name: string;
  readonly size: number;
  readonly unpackedSize?: number;
}

export type AttachmentProblem =
  | { readonly kind: 'too-many'; readonly count: number; readonly limit: number }
  | { readonly kind: 'too-large'; readonly file: string; readonly size: number; readonly limit: number }
  | { readonly kind: 'empty'; readonly file: string }
  | { readonly kind: 'type'; readonly file: string; readonly extension: string; readonly allowed: readonly string[] }
  | { readonly kind: 'unpacked-too-large'; readonly file: string; readonly size: number; readonly limit: number };

/** Limits a cloud publishes through its API (Huawei OSM ShowAccessoryLimits, spec §3.6.1). */
interface PublishedLimits {
  readonly maxFiles: number;
  readonly maxBytesPerFile: number;
  readonly fileTypes: readonly string[];
  readonly maxZipDecompressBytes?: number;
}

type LimitsReader = (signal?: AbortSignal) => Promise<PublishedLimits>;

/** The documented caps of a provider, from its capabilities. */
export function policyFromCapabilities(capabilities: Capabilities): AttachmentPolicy {
  return { maxFiles: capabilities.maxAttachmentsPerMessage, maxBytesPerFile: capabilities.maxAttachmentBytes, allowedExtensions: [] };
}

/**
 * The policy for one account: the capabilities, tightened by the limits the cloud publishes when the
 * provider exposes them. A failed limits request falls back to the capabilities (the upload itself
 * would then report the real problem).
 */
export async function loadAttachmentPolicy(provider: TicketProvider, signal?: AbortSignal): Promise<AttachmentPolicy> {
  const base = policyFromCapabilities(provider.capabilities);
  const read = publishedLimitsReader(provider);
  if (!read) return base;
  let published: PublishedLimits;
  try {
    published = await read(signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    return base;
  }
  return mergePolicy(base, published);
}

/** The stricter of two bounds, where 0 or less means "not stated". */
function stricter(a: number, b: number): number {
  if (!(b > 0)) return a;
  if (!(a > 0)) return b;
  return Math.min(a, b);
}

/** Capabilities tightened by the published limits. */
export function mergePolicy(base: AttachmentPolicy, published: PublishedLimits): AttachmentPolicy {
  const extensions = published.fileTypes.map((type) => type.trim().replace(/^\./, '').toLowerCase()).filter((type) => type !== '');
  return {
    maxFiles: stricter(base.maxFiles, published.maxFiles),
    maxBytesPerFile: stricter(base.maxBytesPerFile, published.maxBytesPerFile),
    allowedExtensions: extensions.length > 0 ? extensions : base.allowedExtensions,
    ...(published.maxZipDecompressBytes && published.maxZipDecompressBytes > 0 ? { maxZipUnpackedBytes: published.maxZipDecompressBytes } : {}),
  };
}

/**
 * Finds where a provider publishes its limits. `TicketProvider` has no such method yet, so this looks
 * for `attachmentLimits(signal)` (the shape proposed for core) and then for the OSM client's
 * `attachments.limits(signal)`; providers without either keep their capabilities.
 */
function publishedLimitsReader(provider: TicketProvider): LimitsReader | undefined {
  const candidate = provider as unknown as { attachmentLimits?: unknown; client?: { attachments?: { limits?: unknown } } };
  if (typeof candidate.attachmentLimits === 'function') return (signal) => (candidate.attachmentLimits as LimitsReader).call(provider, signal);
  const attachments = candidate.client?.attachments;
  if (attachments && typeof attachments.limits === 'function') return (signal) => (attachments.limits as LimitsReader).call(attachments, signal);
  return undefined;
}

/** Lower-case extension without the dot ('' when the name has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** True when the policy accepts files with this name's type. */
export function typeAllowed(policy: AttachmentPolicy, fileName: string): boolean {
  return policy.allowedExtensions.length === 0 || policy.allowedExtensions.includes(extensionOf(fileName));
}

/** Every reason the files cannot go into one reply; empty when they all fit. */
export function checkAttachments(files: readonly CandidateFile[], policy: AttachmentPolicy): AttachmentProblem[] {
  const problems: AttachmentProblem[] = [];
  if (files.length > policy.maxFiles) problems.push({ kind: 'too-many', count: files.length, limit: policy.maxFiles });
  for (const file of files) {
    if (!typeAllowed(policy, file.name)) problems.push({ kind: 'type', file: file.name, extension: extensionOf(file.name), allowed: policy.allowedExtensions });
    else if (file.size === 0) problems.push({ kind: 'empty', file: file.name });
    else if (file.size > policy.maxBytesPerFile) problems.push({ kind: 'too-large', file: file.name, size: file.size, limit: policy.maxBytesPerFile });
    else if (file.unpackedSize !== undefined && policy.maxZipUnpackedBytes !== undefined && file.unpackedSize > policy.maxZipUnpackedBytes) {
      problems.push({ kind: 'unpacked-too-large', file: file.name, size: file.unpackedSize, limit: policy.maxZipUnpackedBytes });
    }
  }
  return problems;
}
