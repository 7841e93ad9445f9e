/**
 * The 2021 attachment flow (spec §4.11): GetAttachmentUploadUrl reserves an object key and presigns a
 * PUT on the storage service (OSS); the bytes then go up with a plain PUT to that URL, without
 * Alibaba signing, streamed from their source. The object key is what CreateTicket and ReplyTicket
 * reference.
 */
import { TicketError } from '../../../core/errors';
import type { AnswerContext, HttpAnswer, StreamedBody } from '../../http/types';
import { PROVIDER_NAME } from '../errors';
import type { WorkorderTransport } from '../transport';
import { readRecord, readString } from '../wire/read';
import { action2021 } from './tickets';

// Only mints presigned URLs; nothing is stored until the PUT, so retrying it is harmless.
const GET_UPLOAD_URL = action2021('GetAttachmentUploadUrl', 'read');

/** OSS presigned PUT URLs sign the Content-Type (spec §12.22): the upload sends exactly this one. */
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';

export interface UploadTarget {
  readonly objectKey: string;
  readonly putUrl: string;
}

export interface AttachmentContent {
  readonly fileName: string;
  readonly content: StreamedBody;
  readonly onProgress?: (sentBytes: number, totalBytes: number) => void;
}

export class AliyunAttachmentsApi {
  constructor(private readonly t: WorkorderTransport) {}

  /** GetAttachmentUploadUrl: an object key and the presigned URL to PUT its bytes to. */
  async uploadTarget(fileName: string, signal?: AbortSignal): Promise<UploadTarget> {
    const { envelope, requestId } = await this.t.call(GET_UPLOAD_URL, { fileName }, signal);
    const data = readRecord(envelope.Data);
    const objectKey = readString(data.ObjectKey);
    const putUrl = readString(data.PutSignedUrl);
    if (!objectKey || !putUrl) {
      throw new TicketError({
        kind: 'server',
        code: 'MissingUploadUrl',
        operation: GET_UPLOAD_URL.action,
        requestId,
        provider: PROVIDER_NAME,
        reason: { id: 'no-upload-link' },
      });
    }
    return { objectKey, putUrl };
  }

  /** The plain PUT of the content to a presigned URL, streamed with its size as Content-Length. A write: never retried. */
  async put(putUrl: string, content: StreamedBody, onProgress?: (sentBytes: number, totalBytes: number) => void, signal?: AbortSignal): Promise<void> {
    await this.t.http.send({
      operation: 'UploadAttachment',
      intent: 'write',
      signal,
      uploadBytes: content.size,
      onUploadProgress: onProgress,
      // The URL's signature lets anyone upload to that key until it expires: it stays out of errors.
      request: { presigned: { method: 'PUT', url: putUrl, headers: { 'content-type': UPLOAD_CONTENT_TYPE }, body: content, secrets: urlSignatures(putUrl) } },
      read: readStorageAnswer,
    });
  }

  /** Both steps; resolves with the object key. */
  async upload(file: AttachmentContent, signal?: AbortSignal): Promise<string> {
    const target = await this.uploadTarget(file.fileName, signal);
    await this.put(target.putUrl, file.content, file.onProgress, signal);
    return target.objectKey;
  }
}

function urlSignatures(url: string): string[] {
  try {
    return new URL(url).searchParams.getAll('Signature');
  } catch {
    return [];
  }
}

/** The storage service's answer: any 2xx stored the object; otherwise its XML error (expired link, wrong headers, too large). */
function readStorageAnswer(answer: HttpAnswer, context: AnswerContext): void {
  if (answer.status >= 200 && answer.status < 300) return;
  const code = /<Code>([^<]{1,64})<\/Code>/.exec(answer.text())?.[1] ?? `HTTP${answer.status}`;
  const kind = answer.status >= 500 ? 'server' : 'invalid-input';
  throw new TicketError({
    kind,
    code,
    httpStatus: answer.status,
    operation: context.operation,
    requestId: context.requestId,
    provider: PROVIDER_NAME,
    reason: { id: 'storage-refused-upload' },
  });
}
