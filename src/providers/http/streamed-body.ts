/**
 * Streamed request bodies: a source is read chunk by chunk while the request is sent, so an upload
 * costs a few chunks of memory whatever the file's size. The Content-Length is announced before the
 * first byte, so the source must yield exactly the size it declared; a file that grows, shrinks or
 * fails while it is read ends the request instead of sending something else than was announced.
 */
import { Readable } from 'node:stream';
import type { AttachmentUpload } from '../../core/provider';
import type { StreamedBody } from './types';

/** Why a streamed body could not be sent as declared. */
export class BodySourceError extends Error {
  constructor(
    readonly reason: 'changed' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'BodySourceError';
  }
}

/** True for a body that is read from a source while it is sent. */
export function isStreamedBody(body: unknown): body is StreamedBody {
  return typeof body === 'object' && body !== null && typeof (body as StreamedBody).open === 'function' && typeof (body as StreamedBody).size === 'number';
}

/** A streamed body over bytes already in memory (one source type for every sender). */
export function bytesBody(data: Uint8Array): StreamedBody {
  return {
    size: data.byteLength,
    async *open() {
      yield data;
    },
  };
}

/** An upload's content as a streamed body: its source as given, or its bytes. */
export function uploadContent(upload: AttachmentUpload): StreamedBody {
  return upload.source ?? bytesBody(upload.data);
}

/**
 * The body as a byte stream of exactly `body.size` bytes. `onFailure` hears why the source failed
 * before the stream errors, so the caller can tell a bad source from a bad network.
 */
export function exactSizeStream(body: StreamedBody, onFailure: (failure: BodySourceError) => void): Readable {
  const fail = (failure: BodySourceError): never => {
    onFailure(failure);
    throw failure;
  };
  async function* exactly(): AsyncGenerator<Uint8Array> {
    let yielded = 0;
    let source: AsyncIterable<Uint8Array>;
    try {
      source = body.open();
    } catch (error) {
      return fail(new BodySourceError('unreadable', `opening it failed (${describe(error)})`));
    }
    // One chunk is held back until the next arrives: the last bytes go out only once the source has
    // ended at exactly the announced size, so a server never sees a complete body that was wrong.
    let held: Uint8Array | undefined;
    try {
      for await (const chunk of source) {
        if (chunk.byteLength === 0) continue;
        yielded += chunk.byteLength;
        if (yielded > body.size) fail(new BodySourceError('changed', `it grew past the ${body.size} bytes announced`));
        if (held) yield held;
        held = chunk;
      }
    } catch (error) {
      if (error instanceof BodySourceError) throw error;
      fail(new BodySourceError('unreadable', `reading it failed (${describe(error)})`));
    }
    if (yielded !== body.size) fail(new BodySourceError('changed', `it ended after ${yielded} of the ${body.size} bytes announced`));
    if (held) yield held;
  }
  return Readable.from(exactly(), { objectMode: false });
}

/** A short, secret-free description of a read failure: its code or name only (paths stay out). */
function describe(error: unknown): string {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {};
  if (typeof record.code === 'string' && /^\w{1,40}$/.test(record.code)) return record.code;
  return typeof record.name === 'string' && /^\w{1,40}$/.test(record.name) ? record.name : 'error';
}
