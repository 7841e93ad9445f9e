/**
 * The shared transport against the emulator over real sockets, with Alibaba's Workorder signer (the
 * emulator checks every signature) and a plain reader: a JSON envelope that says Success, or a
 * `TicketError` naming the request id the transport handed over.
 */
import type { Credentials } from '../../../src/core/account';
import { TicketError } from '../../../src/core/errors';
import type { RequestIntent } from '../../../src/core/retry';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { SignedTransport, type SignedTransportOptions } from '../../../src/providers/http/transport';
import type { AnswerContext, HttpAnswer, HttpCall, StreamedBody } from '../../../src/providers/http/types';
import { buildWorkorderRequest } from '../../../src/providers/aliyun/rpc-request';
import type { WorkorderRequestModel } from '../../../src/providers/aliyun/wire/params';
import { fixturesDocument, KEY } from '../aliyun/emulator-fixtures';

export const NO_RETRY = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 };
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 50 };

/** What the reader saw of a successful answer. */
export interface Seen {
  readonly body: Record<string, unknown>;
  readonly context: AnswerContext;
}

/** The test's classifier: Success → what it saw; anything else → a TicketError with the transport's request id. */
export function readEnvelope(answer: HttpAnswer, context: AnswerContext): Seen {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(answer.text()) as Record<string, unknown>;
  } catch {
    throw new TicketError({ kind: 'server', code: 'Unreadable', requestId: context.requestId, operation: context.operation, message: 'unreadable answer' });
  }
  if (answer.status >= 200 && answer.status < 300 && body.Success === true) return { body, context };
  const kind = answer.status === 429 || String(body.Code).startsWith('Throttling') ? 'throttled' : answer.status >= 500 ? 'server' : answer.status === 404 ? 'not-found' : 'invalid-input';
  throw new TicketError({ kind, code: String(body.Code), httpStatus: answer.status, requestId: context.requestId, operation: context.operation, message: `refused: ${String(body.Code)}` });
}

export class TransportHarness {
  private constructor(readonly emulator: RunningEmulator) {}

  static async start(): Promise<TransportHarness> {
    return new TransportHarness(await startEmulator({ providers: ['aliyun'], fixtures: fixturesDocument() }));
  }

  transport(overrides: Partial<SignedTransportOptions> & { readonly key?: Credentials } = {}): SignedTransport {
    const key = overrides.key ?? KEY;
    return new SignedTransport({
      providerName: 'Test Cloud',
      requestIdHeaders: ['x-acs-request-id', 'x-oss-request-id'],
      credentials: async () => key,
      retryPolicy: NO_RETRY,
      timeoutMs: 2_000,
      ...overrides,
    });
  }

  /** A Workorder 2021 call signed for this emulator (or another endpoint). */
  workorder(action: string, intent: RequestIntent, request: WorkorderRequestModel = {}, extra: Partial<HttpCall<Seen>> = {}, origin = this.emulator.url): HttpCall<Seen> {
    const host = origin.replace(/^https?:\/\//, '');
    return {
      operation: action,
      intent,
      read: readEnvelope,
      request: {
        sign: (credentials) => {
          const wire = buildWorkorderRequest({ version: '2021-06-10', action, request, host, credentials });
          return { method: wire.method, url: `${origin}/${wire.queryString ? `?${wire.queryString}` : ''}`, headers: wire.headers, body: wire.body };
        },
      },
      ...extra,
    };
  }

  /** A fresh presigned PUT URL for `fileName` (GetAttachmentUploadUrl through the transport under test). */
  async putUrl(transport: SignedTransport, fileName: string): Promise<{ objectKey: string; url: string }> {
    const { body } = await transport.send(this.workorder('GetAttachmentUploadUrl', 'read', { fileName }));
    const data = body.Data as { ObjectKey: string; PutSignedUrl: string };
    return { objectKey: data.ObjectKey, url: data.PutSignedUrl };
  }

  /** A presigned PUT of a streamed body; the reader accepts any 2xx. */
  putCall(url: string, body: StreamedBody | Uint8Array, extra: Partial<HttpCall<number>> = {}): HttpCall<number> {
    return {
      operation: 'PutObject',
      intent: 'write',
      request: { presigned: { method: 'PUT', url, headers: { 'content-type': 'application/octet-stream' }, body, secrets: [new URL(url).searchParams.get('Signature') ?? ''] } },
      read: (answer, context) => {
        if (answer.status >= 200 && answer.status < 300) return answer.status;
        throw new TicketError({
          kind: 'invalid-input',
          code: /<Code>([^<]+)<\/Code>/.exec(answer.text())?.[1],
          httpStatus: answer.status,
          requestId: context.requestId,
          message: `storage refused (${answer.status})`,
        });
      },
      ...extra,
    };
  }

  calls(action: string): number {
    return this.emulator.control.requests().filter((entry) => entry.action === action).length;
  }

  close(): Promise<void> {
    return this.emulator.close();
  }
}

/** A byte source that yields `chunks` (for sources that lie about their size or fail); a number waits that many ms. */
export function chunkSource(size: number, chunks: readonly (Uint8Array | Error | number)[]): StreamedBody & { opened: number } {
  const source = {
    size,
    opened: 0,
    async *open(): AsyncGenerator<Uint8Array> {
      source.opened++;
      for (const chunk of chunks) {
        if (chunk instanceof Error) throw chunk;
        if (typeof chunk === 'number') await new Promise((resolve) => setTimeout(resolve, chunk));
        else yield chunk;
      }
    },
  };
  return source;
}
