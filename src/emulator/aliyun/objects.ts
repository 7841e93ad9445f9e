// Attachment objects and the loopback stand-in for OSS presigned URLs (spec §4.11): GetAttachmentUploadUrl
// reserves an ObjectKey and presigns PUT/GET URLs on this server; the PUT stores the bytes, which
// CreateTicket/ReplyTicket then reference by ObjectKey. URLs are signed like OSS V1 query-string URLs
// (HMAC-SHA1 over verb, Content-Type, Expires and resource) so a wrong Content-Type or an expired link
// fails the way OSS fails: HTTP 403 with an XML <Error>.
import { createHmac, randomUUID } from 'node:crypto';
import type { Clock, EmulatorRequest, EmulatorResponse } from '../types';
import { firstValue } from '../request';

export const OSS_PATH_PREFIX = '/__oss/';
const BUCKET = 'gts-workorder';
const OSS_ACCESS_KEY_ID = 'LTAIemulatorOssKey00';
const OSS_SECRET = 'emulator-oss-presign-secret';
/** The Content-Type the PUT URL is signed with (the documented upload example sends it). */
export const UPLOAD_CONTENT_TYPE = 'application/octet-stream';

export interface StoredObject {
  readonly objectKey: string;
  readonly fileName: string;
  /** `YYYYMMDD` folder, as in the real URLs. */
  readonly folder: string;
  readonly ownerUid: string;
  readonly createdAt: number;
  bytes?: Buffer;
  uploadedAt?: number;
  /** Bytes the PUT's body carried, and how its length was given (what an upload really sent). */
  received?: { readonly bytes: number; readonly framing: BodyFraming };
}

/** How a request body's length was given: a Content-Length header, or chunked transfer encoding. */
export type BodyFraming = 'length' | 'chunked';

function framingOf(request: EmulatorRequest): BodyFraming | undefined {
  if (/\bchunked\b/i.test(String(request.headers['transfer-encoding'] ?? ''))) return 'chunked';
  return request.headers['content-length'] !== undefined ? 'length' : undefined;
}

function extensionOf(fileName: string): string {
  const match = /\.[A-Za-z0-9]{1,10}$/.exec(fileName);
  return match ? match[0].toLowerCase() : '';
}

function folderFor(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10).replace(/-/g, '');
}

function ossSignature(verb: string, contentType: string, expires: string, resource: string): string {
  const stringToSign = `${verb}\n\n${contentType}\n${expires}\n${resource}`;
  return createHmac('sha1', OSS_SECRET).update(stringToSign, 'utf8').digest('base64');
}

export class AttachmentObjects {
  private readonly objects = new Map<string, StoredObject>();
  /** Body bytes every PUT brought in since the last reset, stored or not. */
  private receivedTotal = 0;

  constructor(
    private readonly clock: Clock,
    private readonly ttlSeconds: number,
  ) {}

  clear(): void {
    this.objects.clear();
    this.receivedTotal = 0;
  }

  /** Body bytes received by presigned PUTs since the last reset. */
  get receivedBytes(): number {
    return this.receivedTotal;
  }

  /** Reserves a new ObjectKey (uuid + original extension) for an upload. */
  reserve(fileName: string, ownerUid: string): StoredObject {
    const now = this.clock.now();
    const object: StoredObject = { objectKey: `${randomUUID()}${extensionOf(fileName)}`, fileName, folder: folderFor(now), ownerUid, createdAt: now };
    this.objects.set(object.objectKey, object);
    return object;
  }

  /** Stores fixture bytes directly (already uploaded). */
  seed(fileName: string, bytes: Buffer, ownerUid: string, createdAt: number, objectKey?: string): StoredObject {
    const object: StoredObject = {
      objectKey: objectKey ?? `${randomUUID()}${extensionOf(fileName)}`,
      fileName,
      folder: folderFor(createdAt),
      ownerUid,
      createdAt,
      bytes,
      uploadedAt: createdAt,
    };
    this.objects.set(object.objectKey, object);
    return object;
  }

  get(objectKey: string): StoredObject | undefined {
    return this.objects.get(objectKey);
  }

  /** True when the key was uploaded by this account (what CreateTicket/ReplyTicket may reference). */
  isUploadedBy(objectKey: string, uid: string): boolean {
    const object = this.objects.get(objectKey);
    return object !== undefined && object.bytes !== undefined && object.ownerUid === uid;
  }

  list(): readonly StoredObject[] {
    return [...this.objects.values()];
  }

  presign(baseUrl: string, object: StoredObject, verb: 'PUT' | 'GET'): string {
    const expires = String(Math.floor(this.clock.now() / 1000) + this.ttlSeconds);
    const resource = `/${BUCKET}/${object.folder}/${object.objectKey}`;
    const signature = ossSignature(verb, verb === 'PUT' ? UPLOAD_CONTENT_TYPE : '', expires, resource);
    const query = `Expires=${expires}&OSSAccessKeyId=${OSS_ACCESS_KEY_ID}&Signature=${encodeURIComponent(signature)}`;
    return `${baseUrl}${OSS_PATH_PREFIX}${BUCKET}/${object.folder}/${object.objectKey}?${query}`;
  }

  /** Serves a PUT/GET on a presigned URL. */
  handle(request: EmulatorRequest, requestId: string): EmulatorResponse {
    const resource = `/${decodeURIComponent(request.path.slice(OSS_PATH_PREFIX.length))}`;
    const objectKey = resource.split('/').pop() ?? '';
    const object = this.objects.get(objectKey);
    if ((request.method !== 'PUT' && request.method !== 'GET') || !object || resource !== `/${BUCKET}/${object.folder}/${object.objectKey}`) {
      return ossError(404, 'NoSuchKey', 'The specified key does not exist.', requestId);
    }
    const expires = firstValue(request.query, 'Expires') ?? '';
    const provided = firstValue(request.query, 'Signature') ?? '';
    if (!/^\d+$/.test(expires) || Number(expires) * 1000 < this.clock.now()) {
      return ossError(403, 'AccessDenied', 'Request has expired.', requestId);
    }
    const contentType = request.method === 'PUT' ? String(request.headers['content-type'] ?? '') : '';
    const stringToSign = `${request.method}\n\n${contentType}\n${expires}\n${resource}`;
    if (ossSignature(request.method, contentType, expires, resource) !== provided) {
      return ossError(403, 'SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', requestId, stringToSign);
    }
    if (request.method === 'GET') {
      if (!object.bytes) return ossError(404, 'NoSuchKey', 'The specified key does not exist.', requestId);
      return { status: 200, headers: { 'content-type': UPLOAD_CONTENT_TYPE, 'x-oss-request-id': requestId }, body: object.bytes };
    }
    this.receivedTotal += request.body.length;
    const framing = framingOf(request);
    // OSS needs the body's length, given one way or the other (HTTP 411 MissingContentLength).
    if (!framing) return ossError(411, 'MissingContentLength', 'You must provide the Content-Length HTTP header.', requestId);
    object.bytes = Buffer.from(request.body);
    object.uploadedAt = this.clock.now();
    object.received = { bytes: request.body.length, framing };
    return { status: 200, headers: { etag: `"${object.objectKey}"`, 'x-oss-request-id': requestId }, body: '' };
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function ossError(status: number, code: string, message: string, requestId: string, stringToSign?: string): EmulatorResponse {
  const extra = stringToSign === undefined ? '' : `\n  <OSSAccessKeyId>${OSS_ACCESS_KEY_ID}</OSSAccessKeyId>\n  <StringToSign>${escapeXml(stringToSign)}</StringToSign>`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${escapeXml(message)}</Message>\n  <RequestId>${requestId}</RequestId>\n  <HostId>${BUCKET}.oss-cn-beijing.aliyuncs.com</HostId>${extra}\n</Error>\n`;
  return { status, headers: { 'content-type': 'application/xml', 'x-oss-request-id': requestId }, body };
}
