/**
 * Attachment routes (spec §3.6): limits, multipart and JSON upload, download (one id or a zip of
 * several), image display, delete, and temporary download URLs. Both the documented `accessory/…`
 * paths and the real `accessorys/…` paths are served (spec §9 item 2).
 */
import { createHmac } from 'node:crypto';
import { binary, businessError, headerValue, ok } from '../http';
import type { AttachmentRecord } from '../model';
import { multipartBoundary, parseMultipart } from '../multipart';
import { bodyInt, bodyString } from '../params';
import type { OsmRoute, RouteContext } from '../router';
import type { OsmEmulatorState } from '../state';
import { checkGroup } from './guards';
import { createStoredZip } from '../../../core/zip';

export const ACCESSORY_LIMIT = {
  count: 5,
  sizeMb: 4,
  zipDecompressMb: 100,
  fileTypes: 'jpg,jpeg,bmp,png,gif,txt,zip,docx,msg,eml,xlsx,pdf,log,ini,mp4,mov',
};

/** Loopback path of the temporary download URLs (5.2.1); fetched without credentials. */
export const OBS_PATH_PREFIX = '/__osm-obs/';
const URL_LIFETIME_MS = 5 * 60_000;
const URL_SIGNING_KEY = 'osm-emulator-obs';

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  txt: 'text/plain',
  log: 'text/plain',
  ini: 'text/plain',
  pdf: 'application/pdf',
  zip: 'application/zip',
};

const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');
export const contentTypeOf = (name: string) => CONTENT_TYPES[extensionOf(name)] ?? 'application/octet-stream';

function store(state: OsmEmulatorState, name: string, from: unknown, bytes: Buffer, received?: AttachmentRecord['received']): string {
  if (from !== 'incident' && from !== 'message') throw businessError('OSM.01010001');
  if (!name || name.length > 512) throw businessError('OSM.01010001');
  const allowed = ACCESSORY_LIMIT.fileTypes.split(',');
  if (!allowed.includes(extensionOf(name)) || bytes.length === 0 || bytes.length > ACCESSORY_LIMIT.sizeMb * 1024 * 1024) {
    throw businessError('OSM.01010045');
  }
  if (!state.countUpload(bytes.length)) throw businessError('OSM.01010005');
  const id = state.hexId();
  state.attachments.set(id, { id, name, from, bytes, uploadedAt: state.now(), ...(received ? { received } : {}) });
  return id;
}

function uploadMultipart(rc: RouteContext) {
  const boundary = multipartBoundary(headerValue(rc.request, 'content-type'));
  const parts = boundary ? parseMultipart(rc.request.body, boundary) : undefined;
  const file = parts?.find((p) => p.name === 'file');
  const formData = parts?.find((p) => p.name === 'form_data')?.data.toString('utf8');
  if (!file || !formData || formData.length > 5000) throw businessError('OSM.01010001');
  let form: Record<string, unknown>;
  try {
    form = JSON.parse(formData) as Record<string, unknown>;
  } catch {
    throw businessError('OSM.01010001');
  }
  const name = typeof form.fileName === 'string' && form.fileName ? form.fileName : (file.fileName ?? '');
  const framing = /\bchunked\b/i.test(headerValue(rc.request, 'transfer-encoding') ?? '') ? 'chunked' : 'length';
  return ok({ accessory_id: store(rc.state, name, form.accessoryFrom, file.data, { bodyBytes: rc.request.body.length, framing }) });
}

function uploadJson(rc: RouteContext) {
  const body = rc.json();
  const name = bodyString(body, 'accessory_name', { required: true, min: 1, max: 512 }) as string;
  const from = bodyString(body, 'accessory_from', { required: true, min: 1, max: 32 });
  bodyInt(body, 'upload_type', { min: 0, max: 1 });
  const data = bodyString(body, 'accessory_data', { required: true, min: 1, max: 12 * 1024 * 1024 }) as string;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw businessError('OSM.01010045');
  return ok({ accessory_id: store(rc.state, name, from, Buffer.from(data, 'base64')) });
}

function requireAttachment(rc: RouteContext, id: string): AttachmentRecord {
  const a = rc.state.attachments.get(id);
  if (!a) throw businessError('OSM.01010045');
  return a;
}

function download(rc: RouteContext) {
  checkGroup(rc);
  const raw = rc.params.accessory_id;
  if (raw.length > 650) throw businessError('OSM.01010001');
  const ids = raw.split(',').filter((id) => id !== '');
  const files = ids.map((id) => requireAttachment(rc, id));
  if (files.length === 1) return binary(files[0].bytes, contentTypeOf(files[0].name), files[0].name);
  const taken = new Set<string>();
  return binary(Buffer.from(createStoredZip(files.map((f) => ({ path: entryName(f.name, taken), data: f.bytes })))), 'application/zip', 'accessories.zip');
}

/** The file's name as a flat archive entry (a stored name may hold slashes), numbered when it repeats another. */
function entryName(name: string, taken: Set<string>): string {
  const flat = name.replace(/[\\/]/g, '_').replace(/^\.{1,2}$/, '_') || '_';
  let entry = flat;
  for (let n = 2; taken.has(entry); n += 1) entry = `(${n}) ${flat}`;
  taken.add(entry);
  return entry;
}

function image(rc: RouteContext) {
  checkGroup(rc);
  const a = requireAttachment(rc, rc.params.accessory_id);
  const type = contentTypeOf(a.name);
  if (!type.startsWith('image/')) throw businessError('OSM.01010045');
  return binary(a.bytes, type);
}

function remove(rc: RouteContext) {
  const a = requireAttachment(rc, rc.params.accessory_id);
  // Only attachments not yet used by a case or message can be removed (doc 6.6).
  if (a.boundTo !== undefined) throw businessError('OSM.01010019');
  rc.state.attachments.delete(a.id);
  return ok({});
}

export function urlSignature(id: string, expires: number): string {
  return createHmac('sha256', URL_SIGNING_KEY).update(`${id}\n${expires}`).digest('hex');
}

function accessUrls(rc: RouteContext) {
  checkGroup(rc);
  const ids = rc.query.list('accessory_ids');
  if (ids.length === 0 || ids.length > 100) throw businessError('OSM.01010001');
  const expires = rc.state.now().getTime() + URL_LIFETIME_MS;
  return ok({
    accessory_urls: ids.map((id) => {
      const a = requireAttachment(rc, id);
      const url = `${rc.ctx.baseUrl}${OBS_PATH_PREFIX}${a.id}?expires=${expires}&sig=${urlSignature(a.id, expires)}`;
      return { accessory_id: a.id, accessory_name: a.name, accessory_url: url };
    }),
  });
}

const both = (pattern: string) => [pattern, pattern.replace('/accessorys/', '/accessory/')];

export const attachmentRoutes: OsmRoute[] = [
  ...['/v2/servicerequest/accessorys/limits', '/v2/servicerequest/accessorylimits'].map(
    (pattern): OsmRoute => ({
      method: 'GET',
      pattern,
      op: 'ShowAccessoryLimits',
      handle: () =>
        ok({
          accessory_limit: {
            limit_count: String(ACCESSORY_LIMIT.count),
            limit_size: String(ACCESSORY_LIMIT.sizeMb),
            limit_zip_decompress_size: String(ACCESSORY_LIMIT.zipDecompressMb),
            limit_file_type: ACCESSORY_LIMIT.fileTypes,
          },
        }),
    }),
  ),
  { method: 'POST', pattern: '/v2/servicerequest/accessorys', op: 'UploadAccessory', handle: uploadMultipart },
  { method: 'POST', pattern: '/v2/servicerequest/accessorys/json-format-content', op: 'UploadJsonAccessories', handle: uploadJson },
  { method: 'GET', pattern: '/v2/servicerequest/accessorys/access-urls', op: 'ListAccessoryAccessUrls', handle: accessUrls },
  ...both('/v2/servicerequest/accessorys/{accessory_id}').map((pattern): OsmRoute => ({ method: 'GET', pattern, op: 'DownloadAccessories', handle: download })),
  ...both('/v2/servicerequest/accessorys/{accessory_id}/image').map((pattern): OsmRoute => ({ method: 'GET', pattern, op: 'DownloadImages', handle: image })),
  ...both('/v2/servicerequest/accessorys/{accessory_id}').map((pattern): OsmRoute => ({ method: 'DELETE', pattern, op: 'DeleteAccessories', handle: remove })),
];
