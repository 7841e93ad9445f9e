// The one attachment policy of every upload path (attach command, ticket panel, create form,
// diagnostics bundle): what one message may carry, checked from file metadata before any byte is
// read or sent, with the same problems (and so the same sentences) everywhere. The cloud's limits come
// from the provider's capabilities, tightened by what the cloud publishes. vscode-free, so the rules
// are unit-tested and benchmarked in plain Node.
import type { Capabilities } from '../core/capabilities';
import type { FileField } from '../core/form-schema';
import type { AttachmentLimits, TicketProvider } from '../core/provider';
import { operationIfOffered } from '../core/provider-operations';

export interface AttachmentPolicy {
  readonly maxFiles: number;
  readonly maxBytesPerFile: number;
  /** Lower-case extensions without the dot; empty means any type. */
  readonly allowedExtensions: readonly string[];
  /** Upper bound for the unpacked size of a zip archive, where the cloud checks it. */
  readonly maxZipUnpackedBytes?: number;
}

/** A file about to be attached, as its metadata describes it (and, for an archive we built, its unpacked size). */
export interface CandidateFile {
  readonly name: string;
  readonly size: number;
  readonly unpackedSize?: number;
  /** The path names a folder (only the attach command zips folders; elsewhere this is a problem). */
  readonly isFolder?: boolean;
  /** Its metadata could not be read (gone, no permission). */
  readonly unreadable?: boolean;
}

export type AttachmentProblem =
  /** `leftOut`: the files refused for the count alone, when the others were accepted. */
  | { readonly kind: 'too-many'; readonly count: number; readonly limit: number; readonly leftOut?: readonly string[] }
  | { readonly kind: 'folder'; readonly file: string }
  | { readonly kind: 'unreadable'; readonly file: string }
  | { readonly kind: 'too-large'; readonly file: string; readonly size: number; readonly limit: number }
  | { readonly kind: 'empty'; readonly file: string }
  | { readonly kind: 'type'; readonly file: string; readonly extension: string; readonly allowed: readonly string[] }
  | { readonly kind: 'unpacked-too-large'; readonly file: string; readonly size: number; readonly limit: number };

/** The documented caps of a provider, from its capabilities. */
export function policyFromCapabilities(capabilities: Capabilities): AttachmentPolicy {
  return { maxFiles: capabilities.maxAttachmentsPerMessage, maxBytesPerFile: capabilities.maxAttachmentBytes, allowedExtensions: [] };
}

/**
 * The policy for one account: the capabilities, tightened by the limits the cloud publishes when its
 * capabilities say it does (`attachmentLimits`). A failed limits request falls back to the
 * capabilities (the upload itself would then report the real problem).
 */
export async function loadAttachmentPolicy(provider: TicketProvider, signal?: AbortSignal): Promise<AttachmentPolicy> {
  const base = policyFromCapabilities(provider.capabilities);
  const read = operationIfOffered(provider, 'attachmentLimits');
  if (!read) return base;
  let published: AttachmentLimits;
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
export function mergePolicy(base: AttachmentPolicy, published: AttachmentLimits): AttachmentPolicy {
  const extensions = published.fileTypes.map((type) => type.trim().replace(/^\./, '').toLowerCase()).filter((type) => type !== '');
  return {
    maxFiles: stricter(base.maxFiles, published.maxFiles),
    maxBytesPerFile: stricter(base.maxBytesPerFile, published.maxBytesPerFile),
    allowedExtensions: extensions.length > 0 ? extensions : base.allowedExtensions,
    ...(published.maxZipDecompressBytes && published.maxZipDecompressBytes > 0 ? { maxZipUnpackedBytes: published.maxZipDecompressBytes } : {}),
  };
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

/** What is wrong with one file on its own, from its metadata; undefined when it may be attached. */
export function problemOf(file: CandidateFile, policy: AttachmentPolicy): AttachmentProblem | undefined {
  if (file.unreadable) return { kind: 'unreadable', file: file.name };
  if (file.isFolder) return { kind: 'folder', file: file.name };
  if (!typeAllowed(policy, file.name)) return { kind: 'type', file: file.name, extension: extensionOf(file.name), allowed: policy.allowedExtensions };
  if (file.size === 0) return { kind: 'empty', file: file.name };
  if (file.size > policy.maxBytesPerFile) return { kind: 'too-large', file: file.name, size: file.size, limit: policy.maxBytesPerFile };
  if (file.unpackedSize !== undefined && policy.maxZipUnpackedBytes !== undefined && file.unpackedSize > policy.maxZipUnpackedBytes) {
    return { kind: 'unpacked-too-large', file: file.name, size: file.unpackedSize, limit: policy.maxZipUnpackedBytes };
  }
  return undefined;
}

/** Every reason the files cannot go into one message together (all or nothing); empty when they all fit. */
export function checkAttachments(files: readonly CandidateFile[], policy: AttachmentPolicy): AttachmentProblem[] {
  const problems: AttachmentProblem[] = [];
  if (files.length > policy.maxFiles) problems.push({ kind: 'too-many', count: files.length, limit: policy.maxFiles });
  for (const file of files) {
    const problem = problemOf(file, policy);
    if (problem) problems.push(problem);
  }
  return problems;
}

/**
 * The files that may join a message which already carries `alreadyAttached` files, in the order
 * given, and why the others may not (the ticket panel and the create form attach what fits).
 */
export function admitAttachments<T extends CandidateFile>(files: readonly T[], policy: AttachmentPolicy, alreadyAttached = 0): { accepted: T[]; problems: AttachmentProblem[] } {
  const problems: AttachmentProblem[] = [];
  const fitting: T[] = [];
  for (const file of files) {
    const problem = problemOf(file, policy);
    if (problem) problems.push(problem);
    else fitting.push(file);
  }
  const room = Math.max(0, policy.maxFiles - alreadyAttached);
  const accepted = fitting.slice(0, room);
  const leftOut = fitting.slice(room).map((file) => file.name);
  if (leftOut.length > 0) problems.push({ kind: 'too-many', count: alreadyAttached + fitting.length, limit: policy.maxFiles, leftOut });
  return { accepted, problems };
}

/**
 * A create form's file field tightens the account's policy (its own count, size and accepted types).
 * Accepted MIME types cannot be checked from a file name, so a field that lists one restricts no type.
 */
export function policyForField(policy: AttachmentPolicy, field: Pick<FileField, 'maxFiles' | 'maxBytesPerFile' | 'accept'>): AttachmentPolicy {
  const accept = field.accept ?? [];
  const extensions = accept.every((entry) => entry.startsWith('.')) ? accept.map((entry) => entry.slice(1).toLowerCase()).filter((entry) => entry !== '') : [];
  const shared = policy.allowedExtensions.length === 0 ? extensions : extensions.filter((extension) => policy.allowedExtensions.includes(extension));
  // Lists that share nothing would leave no type at all; the cloud's own list is the one it enforces.
  const allowedExtensions = shared.length > 0 ? shared : policy.allowedExtensions;
  return {
    ...policy,
    maxFiles: stricter(policy.maxFiles, field.maxFiles),
    maxBytesPerFile: stricter(policy.maxBytesPerFile, field.maxBytesPerFile),
    allowedExtensions,
  };
}

/**
 * Upper bound for what a folder may hold before it is zipped. Where the cloud states none, ten times
 * the per-file limit: logs and source compress about that well, so a larger folder could not make an
 * archive that fits, and zipping it would only cost memory.
 */
export function folderLimit(policy: AttachmentPolicy): number {
  return policy.maxZipUnpackedBytes ?? policy.maxBytesPerFile * 10;
}
