/**
 * Conformance, filing: the create form as data (options on demand, dependent fields), a ticket filed
 * from values built from the schema alone, and the refusals that must happen before anything is
 * written. The same tests run on every flavour.
 */
import assert from 'node:assert/strict';
import type { FormValues } from '../../src/core/form-schema';
import { expectTicketError, marker, userSentence } from './expect';
import { FLAVOURS } from './flavours';
import { fillCreateForm, fillDependentFields, formWithRequiredDependents } from './form-filling';
import { useWorld } from './world';

for (const flavour of FLAVOURS) {
  describe(`conformance: filing a ticket (${flavour.name})`, () => {
    const world = useWorld(flavour);

    it('describes a form whose fields have ids, labels and, for selects, options now or on demand', async () => {
      const { fields } = await world.provider.getCreateForm();
      assert.ok(fields.length > 0);
      assert.equal(new Set(fields.map((field) => field.id)).size, fields.length, 'field ids are unique');
      assert.ok(fields.every((field) => field.label.trim() !== ''));
      assert.ok(
        fields.some((field) => field.required && (field.kind === 'text' || field.kind === 'textarea')),
        'a required text says what the problem is',
      );
      const filled = await fillCreateForm(world.provider, flavour, { marker: marker('form') });
      for (const field of filled.fields) {
        if (field.kind === 'select' && field.required) assert.ok(filled.values[field.id] !== undefined, `no option offered for the required ${field.label}`);
      }
    });

    it('files a ticket from values built from the schema, and the server holds it', async () => {
      const word = marker('create');
      const before = world.server.tickets().length;
      const { ticketId } = await world.provider.createTicket((await fillCreateForm(world.provider, flavour, { marker: word })).values);
      assert.equal(world.server.tickets().length, before + 1);
      const stored = world.server.ticket(ticketId);
      assert.ok(stored.description.includes(word), 'the description reached the server');
      const detail = await world.provider.getTicket(ticketId);
      assert.ok(detail.description.includes(word));
      assert.notEqual(detail.status.group, 'closed');
      const { items } = await world.provider.listTickets({ ids: [ticketId] }, {});
      assert.deepEqual(
        items.map((ticket) => ticket.id),
        [ticketId],
      );
    });

    it('refuses a form without a required value before writing anything, naming the field', async () => {
      const filled = await fillCreateForm(world.provider, flavour, { marker: marker('missing') });
      const required = filled.fields.find((field) => field.required && (field.kind === 'text' || field.kind === 'textarea'));
      assert.ok(required);
      const values: FormValues = { ...filled.values, [required.id]: undefined };
      const before = world.server.tickets().length;
      const error = await expectTicketError(world.provider.createTicket(values), 'invalid-input');
      assert.ok(userSentence(error).includes(required.label), `the sentence names "${required.label}": ${userSentence(error)}`);
      assert.equal(world.server.tickets().length, before);
    });

    it('offers dependent fields where the form grows with the answers, checks and files them', async () => {
      if (!world.provider.capabilities.dependentFields) {
        assert.equal(world.provider.loadDependentFields, undefined);
        return;
      }
      const word = marker('dependent');
      const form = await formWithRequiredDependents(world.provider, flavour, word);
      assert.ok(form, 'some choice of the form brings a required dependent field');
      const required = form.dependent.filter((field) => field.required);
      const before = world.server.tickets().length;
      const error = await expectTicketError(world.provider.createTicket(form.values), 'invalid-input');
      assert.ok(
        required.some((field) => userSentence(error).includes(field.label)),
        `the sentence names a required dependent field: ${userSentence(error)}`,
      );
      assert.equal(world.server.tickets().length, before);
      const complete = await fillDependentFields(world.provider, flavour, form.dependent, form.values, word);
      const { ticketId } = await world.provider.createTicket(complete);
      assert.ok(world.server.ticket(ticketId).description.includes(word));
    });
  });
}
