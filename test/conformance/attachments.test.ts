/**
 * Conformance, attachments: upload, attach to a reply and to a new ticket, download what either side
 * attached, the limits checked before any byte is sent, and the published limits. Where a flavour
 * has no attachments, the operation is absent and a reply carrying attachment ids is refused.
 */
import assert from 'node:assert/strict';
import type { TicketProvider } from '../../src/core/provider';
import type { Attachment } from '../../src/core/ticket';
import { expectTicketError, marker } from './expect';
import { FLAVOURS } from './flavours';
import { fillCreateForm } from './form-filling';
import { useWorld } from './world';

/**
 * The bytes of an attachment as the user would fetch them. The contract declares no download
 * operation, so its only way is the attachment's `url`; a provider that lists attachments without
 * one leaves them unreachable.
 */
async function download(attachment: Attachment): Promise<Buffer> {
  assert.ok(attachment.url, `attachment "${attachment.name}" has no download link (the contract offers no other way to fetch it)`);
  const response = await fetch(attachment.url);
  assert.equal(response.status, 200, `download of "${attachment.name}" answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

const upload = (provider: TicketProvider) => {
  const operation = provider.uploadAttachment?.bind(provider);
  assert.ok(operation, 'attachments are on but uploadAttachment is missing');
  return operation;
};

for (const flavour of FLAVOURS) {
  describe(`conformance: attachments (${flavour.name})`, () => {
    const world = useWorld(flavour);
    const bytesOf = (key: string) => world.control.attachment(flavour.emulatorProvider, key);
    const file = (what: string) => ({ fileName: `${what}.txt`, data: Buffer.from(`conformance ${marker(what)}\n`) });

    it('attaches an uploaded file to a reply; the server stores its bytes and the conversation offers them back', async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const text = marker('attached');
      if (!world.provider.capabilities.attachments) {
        assert.equal(world.provider.uploadAttachment, undefined);
        await expectTicketError(world.provider.reply(ticket.id, { body: text, attachmentIds: ['conformance-id'] }), 'invalid-input');
        assert.ok(
          world.server.ticket(ticket.id).messages.every((m) => m.text !== text),
          'nothing was sent without its attachment',
        );
        return;
      }
      const { fileName, data } = file('reply-notes');
      const uploaded = await upload(world.provider)({ fileName, data, contentType: 'text/plain', purpose: 'reply' });
      assert.equal(uploaded.sizeBytes, data.byteLength);
      await world.provider.reply(ticket.id, { body: text, attachmentIds: [uploaded.id] });
      const [stored] = world.server.ticket(ticket.id).messages.filter((m) => m.text === text);
      assert.equal(stored?.attachmentKeys.length, 1);
      assert.deepEqual(bytesOf(stored.attachmentKeys[0]), data);
      const listed = (await world.provider.listMessages(ticket.id, {})).items.find((m) => m.body.trim() === text);
      assert.deepEqual(
        listed?.attachments.map((a) => a.name),
        [fileName],
      );
      assert.deepEqual(await download(listed.attachments[0]), data);
    });

    it('uploads content streamed from a byte source (how the host sends a file on disk)', async () => {
      if (!world.provider.capabilities.attachments) return;
      const chunks = [Buffer.from(`streamed ${marker('source')} `), Buffer.alloc(64 * 1024, 0x62), Buffer.from('end\n')];
      const data = Buffer.concat(chunks);
      let opened = 0;
      const source = {
        size: data.byteLength,
        async *open() {
          opened++;
          yield* chunks;
        },
      };
      const uploaded = await upload(world.provider)({ fileName: 'streamed.log', source, purpose: 'reply' });
      const ticket = world.seededTicket(flavour.statuses.open);
      const text = marker('streamed-reply');
      await world.provider.reply(ticket.id, { body: text, attachmentIds: [uploaded.id] });
      const [stored] = world.server.ticket(ticket.id).messages.filter((m) => m.text === text);
      assert.deepEqual([uploaded.sizeBytes, opened, bytesOf(stored?.attachmentKeys[0] ?? '')], [data.byteLength, 1, data]);
    });

    it("offers support's attachments for download (where the API lists them at all)", async () => {
      const ticket = world.seededTicket(flavour.statuses.open);
      const text = marker('support-file');
      const { fileName, data } = file('support-log');
      world.agentReply(ticket.id, text, [{ name: fileName, bytes: data }]);
      const listed = (await world.provider.listMessages(ticket.id, {})).items.find((m) => m.body.trim() === text);
      assert.ok(listed, 'the support reply is listed');
      // An API without attachments (Alibaba 2020 notes carry none) may leave them out; one it lists must open.
      if (!world.provider.capabilities.attachments && listed.attachments.length === 0) return;
      assert.deepEqual(
        listed.attachments.map((a) => a.name),
        [fileName],
      );
      assert.deepEqual(await download(listed.attachments[0]), data);
    });

    it('files a ticket with an attachment, where it can', async () => {
      const schema = await world.provider.getCreateForm();
      const fileFields = schema.fields.filter((field) => field.kind === 'file');
      if (!world.provider.capabilities.attachments) {
        assert.deepEqual(fileFields, [], 'no file field where files cannot be attached');
        return;
      }
      assert.ok(fileFields.length > 0, 'the create form has a file field');
      const { fileName, data } = file('create-notes');
      const uploaded = await upload(world.provider)({ fileName, data, purpose: 'create' });
      const { ticketId } = await world.provider.createTicket((await fillCreateForm(world.provider, flavour, { marker: marker('withfile'), attachmentIds: [uploaded.id] })).values);
      const keys = world.server.ticket(ticketId).attachmentKeys;
      assert.equal(keys.length, 1);
      assert.deepEqual(bytesOf(keys[0]), data);
    });

    it('refuses a file over the size limit before sending its bytes', async () => {
      if (!world.provider.capabilities.attachments) return;
      const send = upload(world.provider);
      const small = file('small');
      const sent = await world.actionsOf(() => send({ ...small, purpose: 'reply' }));
      const carrier = sent[sent.length - 1];
      const tooLarge = Buffer.alloc(world.provider.capabilities.maxAttachmentBytes + 1, 0x61);
      let refused: string[] = [];
      await expectTicketError(
        world
          .actionsOf(() => send({ fileName: 'large.txt', data: tooLarge, purpose: 'reply' }))
          .finally(() => {
            refused = world.control.requests().flatMap((entry) => (entry.action ? [entry.action] : []));
          }),
        'invalid-input',
      );
      assert.ok(!refused.includes(carrier), `the bytes went out (${carrier}) although the file is over the limit`);
    });

    it('refuses a reply with more attachments than a message may carry before sending it', async () => {
      if (!world.provider.capabilities.attachments) return;
      const ticket = world.seededTicket(flavour.statuses.open);
      const send = upload(world.provider);
      const count = world.provider.capabilities.maxAttachmentsPerMessage + 1;
      const ids: string[] = [];
      for (let i = 0; i < count; i++) ids.push((await send({ ...file(`part${i}`), purpose: 'reply' })).id);
      const text = marker('toomany');
      await expectTicketError(world.provider.reply(ticket.id, { body: text, attachmentIds: ids }), 'invalid-input');
      assert.ok(
        world.server.ticket(ticket.id).messages.every((m) => m.text !== text),
        'the reply went out',
      );
    });

    it('publishes limits no looser than its capabilities, and the create form and uploads follow them', async () => {
      const { capabilities } = world.provider;
      if (!capabilities.publishedAttachmentLimits) {
        assert.equal(world.provider.attachmentLimits, undefined);
        return;
      }
      const limits = await world.provider.attachmentLimits?.();
      assert.ok(limits, 'publishedAttachmentLimits is on but attachmentLimits is missing');
      assert.ok(limits.maxFiles > 0 && limits.maxFiles <= capabilities.maxAttachmentsPerMessage);
      assert.ok(limits.maxBytesPerFile > 0 && limits.maxBytesPerFile <= capabilities.maxAttachmentBytes);
      const field = (await world.provider.getCreateForm()).fields.find((f) => f.kind === 'file');
      if (field?.kind === 'file') assert.deepEqual([field.maxFiles, field.maxBytesPerFile], [limits.maxFiles, limits.maxBytesPerFile]);
      if (limits.fileTypes.length > 0) {
        await expectTicketError(upload(world.provider)({ fileName: 'notes.cfunknown', data: Buffer.from('x'), purpose: 'reply' }), 'invalid-input');
      }
    });
  });
}
