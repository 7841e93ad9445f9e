/**
 * Attachment operations (spec §3.6): limits, multipart upload (UNSIGNED-PAYLOAD), JSON/base64 upload,
 * download of one or several files, inline image, delete, temporary URLs. Uses the SDK's `accessorys`
 * paths, not the documented `accessory` ones (spec §9 item 2).
 */
import type { AccessoryFrom, AccessoryLimitsResponse, AccessUrlsResponse, UploadResponse } from '../wire/messages';
import { readList, readNumber } from '../wire-readers';
import { osmPath, type BinaryResult, type OsmTransport } from '../transport';
import { unexpectedResponse } from '../errors';
import { bytesBody } from '../../http/streamed-body';
import type { StreamedBody } from '../../http/types';

export interface AttachmentLimits {
  readonly maxFiles: number;
  readonly maxBytesPerFile: number;
  /** Lower-case extensions without the dot. */
  readonly fileTypes: readonly string[];
  readonly maxZipDecompressBytes: number;
}

const MB = 1024 * 1024;

interface AttachmentFileBase {
  readonly fileName: string;
  readonly contentType?: string;
  readonly onProgress?: (sentBytes: number, totalBytes: number) => void;
}

/** A file to upload: bytes in memory, or a source its bytes are read from while they are sent. */
export type AttachmentFile = AttachmentFileBase & ({ readonly data: Uint8Array } | { readonly content: StreamedBody });

/** The file's bytes as a source for the streamed multipart body. */
function contentOf(file: AttachmentFile): StreamedBody {
  return 'content' in file ? file.content : bytesBody(file.data);
}

export class OsmAttachmentsApi {
  constructor(
    private readonly t: OsmTransport,
    private readonly groupId?: string,
  ) {}

  async limits(signal?: AbortSignal): Promise<AttachmentLimits> {
    const body = await this.t.json<AccessoryLimitsResponse>({ op: 'ShowAccessoryLimits', method: 'GET', path: '/v2/servicerequest/accessorys/limits', intent: 'read', signal });
    const l = body.accessory_limit;
    return {
      maxFiles: readNumber(l?.limit_count, 5),
      maxBytesPerFile: readNumber(l?.limit_size, 4) * MB,
      fileTypes: (l?.limit_file_type ?? '')
        .split(',')
        .map((t) => t.trim().toLowerCase())
        .filter((t) => t !== ''),
      maxZipDecompressBytes: readNumber(l?.limit_zip_decompress_size, 100) * MB,
    };
  }

  /** 5.5.1: multipart upload, streamed; the body is not hashed (UNSIGNED-PAYLOAD). Returns the attachment id. */
  async upload(file: AttachmentFile, from: AccessoryFrom, signal?: AbortSignal): Promise<string> {
    const body = await this.t.json<UploadResponse>({
      op: 'UploadAccessory',
      method: 'POST',
      path: '/v2/servicerequest/accessorys',
      intent: 'write',
      signal,
      multipart: {
        fields: { form_data: JSON.stringify({ fileName: file.fileName, accessoryFrom: from, uploadType: 0 }) },
        file: { field: 'file', fileName: file.fileName, contentType: file.contentType ?? 'application/octet-stream', content: contentOf(file) },
        onProgress: file.onProgress,
      },
    });
    if (!body.accessory_id) throw unexpectedResponse('UploadAccessory', 200, undefined, true);
    return body.accessory_id;
  }

  /** 5.5.2: upload as base64 JSON, fully signed (no progress events; the bytes are in memory). */
  async uploadJson(file: AttachmentFileBase & { readonly data: Uint8Array }, from: AccessoryFrom, signal?: AbortSignal): Promise<string> {
    const body = await this.t.json<UploadResponse>({
      op: 'UploadJsonAccessories',
      method: 'POST',
      path: '/v2/servicerequest/accessorys/json-format-content',
      intent: 'write',
      signal,
      body: { accessory_name: file.fileName, accessory_from: from, upload_type: 0, accessory_data: Buffer.from(file.data).toString('base64') },
    });
    if (!body.accessory_id) throw unexpectedResponse('UploadJsonAccessories', 200, undefined, true);
    return body.accessory_id;
  }

  /** 5.5.4: one file, or a zip when several ids are given. */
  download(accessoryIds: readonly string[], signal?: AbortSignal): Promise<BinaryResult> {
    return this.t.binary({
      op: 'DownloadAccessories',
      method: 'GET',
      intent: 'read',
      signal,
      query: { group_id: this.groupId },
      path: osmPath('/v2/servicerequest/accessorys/{id}', { id: accessoryIds.join(',') }).replace(/%2C/g, ','),
    });
  }

  /** 5.5.5: an image attachment for inline preview. */
  image(accessoryId: string, signal?: AbortSignal): Promise<BinaryResult> {
    return this.t.binary({
      op: 'DownloadImages',
      method: 'GET',
      intent: 'read',
      signal,
      query: { group_id: this.groupId },
      path: osmPath('/v2/servicerequest/accessorys/{id}/image', { id: accessoryId }),
    });
  }

  /** 5.5.3: deletes an attachment not yet used by a case or message. */
  async delete(accessoryId: string, signal?: AbortSignal): Promise<void> {
    await this.t.json({ op: 'DeleteAccessories', method: 'DELETE', path: osmPath('/v2/servicerequest/accessorys/{id}', { id: accessoryId }), intent: 'write', signal });
  }

  /** 5.2.1: temporary download URLs (fetched without credentials). */
  async accessUrls(accessoryIds: readonly string[], signal?: AbortSignal): Promise<{ id: string; name: string; url: string }[]> {
    const body = await this.t.json<AccessUrlsResponse>({
      op: 'ListAccessoryAccessUrls',
      method: 'GET',
      path: '/v2/servicerequest/accessorys/access-urls',
      intent: 'read',
      signal,
      query: { accessory_ids: accessoryIds, group_id: this.groupId },
    });
    return readList(body.accessory_urls).map((u) => ({ id: u.accessory_id, name: u.accessory_name ?? '', url: u.accessory_url }));
  }
}
