/**
 * multipart/form-data with one file part, streamed: the text parts and the file part's header are
 * built up front, the file's bytes come from its source while the request is sent, and the total
 * length is known before the first byte (so it goes out with a Content-Length, not chunked).
 */
import { randomBytes } from 'node:crypto';
import type { StreamedBody } from './types';

export interface MultipartFilePart {
  readonly field: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly content: StreamedBody;
}

export interface MultipartBody {
  /** `multipart/form-data; boundary=…` */
  readonly contentType: string;
  readonly body: StreamedBody;
}

/** Quotes a parameter value of a part header: quotes and line breaks cannot be escaped there, so they are replaced. */
function quoted(value: string): string {
  return value.replace(/["\r\n]/g, '_');
}

/** The form's text fields, then its one file part; `boundary` is random unless given (tests). */
export function multipartBody(fields: Readonly<Record<string, string>>, file: MultipartFilePart, boundary = `----CloudTickets${randomBytes(12).toString('hex')}`): MultipartBody {
  let head = '';
  for (const [name, value] of Object.entries(fields)) {
    head += `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`;
  }
  head += `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}\r\n`;
  head += `Content-Type: ${file.contentType}\r\n\r\n`;
  const headBytes = Buffer.from(head, 'utf8');
  const tailBytes = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: {
      size: headBytes.byteLength + file.content.size + tailBytes.byteLength,
      async *open() {
        yield headBytes;
        yield* file.content.open();
        yield tailBytes;
      },
    },
  };
}
