/** The Huawei create form (schema as data), option loading, ticket creation and attachment upload over the emulator. */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import type { FormValues, SelectField } from '../../../src/core/form-schema';
import { FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import { useEmulatorSuite } from './harness';

const ECS = productValue('2', '69af625c1be54800b58ac4bae4870c90');
const REMOTE_LOGIN = '5efc9f47ace944bfafd054161409f15b';
const RENEWAL = '9b1a349c3a2849a391d58c10f9dc55a1';
const FAULT_FORM: FormValues = {
  [FIELD.product]: ECS,
  [FIELD.businessType]: REMOTE_LOGIN,
  [FIELD.description]: 'SSH to ecs-01 times out since 10:00',
  [FIELD.region]: 'cn-north-4',
  [FIELD.severity]: '3',
  [FIELD.cc]: 'a@example.com; b@example.com',
  'ext.ecs_instance_id': '0f9e8d7c-0000-4000-8000-000000000001',
  [FIELD.agreement]: true,
};

describe('huaweicloud provider: create form and new tickets', () => {
  const osm = useEmulatorSuite();

  it('describes the form as data, with the agreement to accept', async () => {
    const schema = await osm.provider.getCreateForm();
    assert.deepEqual(
      schema.fields.map((f) => f.id),
      [
        FIELD.product,
        FIELD.businessType,
        FIELD.template,
        FIELD.description,
        FIELD.region,
        FIELD.severity,
        FIELD.areaCode,
        FIELD.mobile,
        FIELD.mail,
        FIELD.remindTime,
        FIELD.cc,
        FIELD.attachments,
        FIELD.agreement,
      ],
    );
  });

  it("groups products under their category and lists the account's regions first", async () => {
    const schema = await osm.provider.getCreateForm();
    const product = schema.fields.find((f) => f.id === FIELD.product) as SelectField;
    const region = schema.fields.find((f) => f.id === FIELD.region) as SelectField;
    assert.deepEqual([product.options?.find((o) => o.value === ECS)?.group, region.options?.slice(0, 2).map((o) => o.value)], ['Compute', ['cn-north-4', 'cn-south-1']]);
  });

  it('pre-fills the CC field with the last CC addresses and limits attachments', async () => {
    const schema = await osm.provider.getCreateForm();
    const cc = schema.fields.find((f) => f.id === FIELD.cc);
    const files = schema.fields.find((f) => f.id === FIELD.attachments);
    assert.deepEqual([cc?.kind === 'text' && cc.defaultValue, files?.kind === 'file' && files.maxFiles], ['a@example.com;b@example.com', 5]);
  });

  it('loads problem types for the chosen product (cascade)', async () => {
    const options = await osm.provider.loadFieldOptions(FIELD.businessType, { [FIELD.product]: ECS });
    assert.deepEqual(
      options.map((o) => o.value),
      [REMOTE_LOGIN, RENEWAL],
    );
  });

  it('loads templates with their text for the chosen problem type', async () => {
    const options = await osm.provider.loadFieldOptions(FIELD.template, { [FIELD.product]: ECS, [FIELD.businessType]: REMOTE_LOGIN });
    assert.equal(options[0]?.description, 'Instance ID: Symptom: Since: ');
  });

  it('offers severities for a fault and none for a consultation', async () => {
    const fault = await osm.provider.loadFieldOptions(FIELD.severity, { [FIELD.product]: ECS, [FIELD.businessType]: REMOTE_LOGIN });
    const consultation = await osm.provider.loadFieldOptions(FIELD.severity, { [FIELD.product]: ECS, [FIELD.businessType]: RENEWAL });
    assert.deepEqual([fault.length, consultation.length], [3, 0]);
  });

  it('builds the extends-parameter fields of a problem type', async () => {
    const fields = await osm.provider.loadDependentFields({ [FIELD.product]: ECS, [FIELD.businessType]: REMOTE_LOGIN });
    assert.deepEqual(
      fields.map((f) => [f.id, f.kind, f.required]),
      [
        ['ext.ecs_instance_id', 'text', true],
        ['ext.login_methods', 'text', false],
        ['ext.error_output', 'textarea', false],
        ['ext.contact_name', 'text', false],
      ],
    );
  });

  it('files a fault with extends parameters, CC list and the signed agreement', async () => {
    const { ticketId } = await osm.provider.createTicket(FAULT_FORM);
    const stored = osm.harness.plugin.state.cases.get(ticketId);
    assert.deepEqual(
      [stored?.extendsMap.ecs_instance_id, stored?.contact.ccEmail, stored?.severityId, osm.harness.plugin.state.signedAgreements.size],
      ['0f9e8d7c-0000-4000-8000-000000000001', 'a@example.com;b@example.com', '3', 1],
    );
  });

  it('stops a fault without a region before filing', async () => {
    await assert.rejects(osm.provider.createTicket({ ...FAULT_FORM, [FIELD.region]: '' }), (e) => isTicketError(e, 'invalid-input') && /region/.test(e.message));
    assert.ok(!osm.harness.emulator.control.requests().some((r) => r.action === 'CreateCases'));
  });

  it('stops a missing required extends parameter before filing', async () => {
    await assert.rejects(osm.provider.createTicket({ ...FAULT_FORM, 'ext.ecs_instance_id': '' }), (e) => isTicketError(e, 'invalid-input') && e.message.includes('ECS instance ID is required'));
  });

  it('stops an extends parameter that fails its regex', async () => {
    await assert.rejects(osm.provider.createTicket({ ...FAULT_FORM, 'ext.ecs_instance_id': 'not-an-id' }), (e) => isTicketError(e, 'invalid-input') && e.message.includes('unexpected format'));
  });

  it('stops an invalid CC address before filing', async () => {
    await assert.rejects(osm.provider.createTicket({ ...FAULT_FORM, [FIELD.cc]: 'a@example.com; nope' }), (e) => isTicketError(e, 'invalid-input') && e.message.includes('"nope"'));
  });

  it('requires the agreement while it is unsigned', async () => {
    await assert.rejects(osm.provider.createTicket({ ...FAULT_FORM, [FIELD.agreement]: false }), (e) => isTicketError(e, 'invalid-input'));
  });

  it('files a consultation with an attachment uploaded for a new ticket', async () => {
    const upload = await osm.provider.uploadAttachment({ fileName: 'invoice.pdf', data: Buffer.from('%PDF-1.4'), purpose: 'create' });
    const { ticketId } = await osm.provider.createTicket({
      [FIELD.product]: ECS,
      [FIELD.businessType]: RENEWAL,
      [FIELD.description]: '如何一次续费三台云服务器？',
      [FIELD.attachments]: [upload.id],
      [FIELD.agreement]: true,
    });
    assert.deepEqual(osm.harness.plugin.state.cases.get(ticketId)?.messages[0]?.accessoryIds, [upload.id]);
  });

  it('finds the ticket instead of filing twice when the create answer is lost', async () => {
    osm.harness.emulator.control.injectFault({ provider: 'huaweicloud', action: 'CreateCases', fault: { kind: 'commit-then-drop' } });
    const { ticketId } = await osm.provider.createTicket(FAULT_FORM);
    const filed = [...osm.harness.plugin.state.cases.values()].filter((c) => c.description === FAULT_FORM[FIELD.description]);
    assert.deepEqual(
      filed.map((c) => c.id),
      [ticketId],
    );
  });

  it('refuses a file type outside the limits before uploading', async () => {
    await assert.rejects(osm.provider.uploadAttachment({ fileName: 'tool.exe', data: Buffer.from('MZ') }), (e) => isTicketError(e, 'invalid-input') && e.code === 'FileTypeNotAllowed');
    assert.ok(!osm.harness.emulator.control.requests().some((r) => r.action === 'UploadAccessory'));
  });

  it('refuses a file over the size limit before uploading', async () => {
    await assert.rejects(osm.provider.uploadAttachment({ fileName: 'big.log', data: new Uint8Array(4 * 1024 * 1024 + 1) }), (e) => isTicketError(e, 'invalid-input') && e.code === 'FileTooLarge');
  });
});
