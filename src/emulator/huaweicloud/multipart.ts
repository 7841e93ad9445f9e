/** Minimal multipart/form-data parser for the attachment upload route (5.5.1). */

export interface MultipartPart {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

/** The boundary of a multipart content type, or undefined. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return undefined;
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]).trim() : undefined;
}

function dispositionParam(header: string, name: string): string | undefined {
  // Anchored at a parameter start, so `name` does not match inside `filename`.
  const star = new RegExp(`(?:^|;)\\s*${name}\\*=(?:UTF-8'')?([^;]+)`, 'i').exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      return star[1].trim();
    }
  }
  const plain = new RegExp(`(?:^|;)\\s*${name}="([^"]*)"`, 'i').exec(header) ?? new RegExp(`(?:^|;)\\s*${name}=([^;]+)`, 'i').exec(header);
  return plain?.[1].trim();
}

/** Splits a body into its parts; undefined when it is not well-formed. */
export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] | undefined {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: MultipartPart[] = [];
  let position = body.indexOf(delimiter);
  if (position < 0) return undefined;
  for (;;) {
    position += delimiter.length;
    if (body.subarray(position, position + 2).toString() === '--') return parts;
    if (body.subarray(position, position + 2).toString() !== '\r\n') return undefined;
    position += 2;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) return undefined;
    const headers = body.subarray(position, headerEnd).toString('utf8').split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) return undefined;
    const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? '';
    const type = headers.find((h) => /^content-type:/i.test(h));
    const name = dispositionParam(disposition, 'name');
    if (name === undefined) return undefined;
    parts.push({
      name,
      fileName: dispositionParam(disposition, 'filename'),
      contentType: type?.slice(type.indexOf(':') + 1).trim(),
      data: body.subarray(headerEnd + 4, next),
    });
    position = next + 2;
  }
}
