/**
 * Contact verification (doc 5.13) through the provider contract against the emulator: the state of an
 * address, sending and checking codes with their timing rules, and filing with a reminder contact that
 * is not the account's registered one (the serial id goes in `x-phone-verifiedid`).
 */
import assert from 'node:assert/strict';
import type { ContactAddress } from '../../../src/core/contact';
import { isTicketError } from '../../../src/core/errors';
import type { FormValues } from '../../../src/core/form-schema';
import { FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import { codeOf, useEmulatorSuite } from './harness';

const PHONE: ContactAddress = { way: 'phone', value: '13800000000', areaCode: '86' };
const REGISTERED: ContactAddress = { way: 'phone', value: '13900000000', areaCode: '86' };
const FORM: FormValues = {
  [FIELD.product]: productValue('2', '69af625c1be54800b58ac4bae4870c90'),
  [FIELD.businessType]: '9b1a349c3a2849a391d58c10f9dc55a1',
  [FIELD.description]: 'Renewal question for ecs-02',
  [FIELD.areaCode]: '86',
  [FIELD.mobile]: PHONE.value,
  [FIELD.agreement]: true,
};

describe('huaweicloud contact verification (provider over the emulator)', () => {
  const osm = useEmulatorSuite();
  const codeSentTo = async (value: string, way = 0): Promise<string> =>
    (osm.harness.emulator.control.provider('huaweicloud').control.command?.('verification-code', { way, value, areaCode: '86' }) as { code: string }).code;
  const clock = () => osm.harness.emulator.control;

  it("needs nothing for the account's registered phone", async () => {
    assert.equal(await osm.provider.contactVerificationState(REGISTERED), 'not-needed');
  });

  it('needs a code for another phone, and reports it verified once the code is entered', async () => {
    const before = await osm.provider.contactVerificationState(PHONE);
    await osm.provider.sendVerificationCode(PHONE);
    await osm.provider.verifyContact(PHONE, await codeSentTo(PHONE.value));
    assert.deepEqual([before, await osm.provider.contactVerificationState(PHONE)], ['needed', 'verified']);
  });

  it('refuses a wrong code with OSM.01010010', async () => {
    await osm.provider.sendVerificationCode(PHONE);
    const right = await codeSentTo(PHONE.value);
    const wrong = right === '000000' ? '111111' : '000000';
    await assert.rejects(osm.provider.verifyContact(PHONE, wrong), codeOf('OSM.01010010'));
  });

  it('refuses a code of the wrong shape before any request', async () => {
    await assert.rejects(osm.provider.verifyContact(PHONE, '12 34'), (e) => isTicketError(e, 'invalid-input') && e.code === 'InvalidVerificationCode');
    assert.ok(!osm.harness.emulator.control.requests().some((r) => r.action === 'CheckVerifyCodes'));
  });

  it('refuses a second code within a minute with OSM.01010024 (throttled), and accepts one after it', async () => {
    await osm.provider.sendVerificationCode(PHONE);
    await assert.rejects(osm.provider.sendVerificationCode(PHONE), (e) => codeOf('OSM.01010024')(e) && isTicketError(e, 'throttled'));
    clock().clock.advance(61_000);
    await osm.provider.sendVerificationCode(PHONE);
  });

  it('refuses a code older than five minutes', async () => {
    await osm.provider.sendVerificationCode(PHONE);
    const code = await codeSentTo(PHONE.value);
    clock().clock.advance(5 * 60_000 + 1000);
    await assert.rejects(osm.provider.verifyContact(PHONE, code), codeOf('OSM.01010010'));
  });

  it('stops a create with an unverified reminder phone before CreateCases', async () => {
    await assert.rejects(osm.provider.createTicket(FORM), (e) => isTicketError(e, 'invalid-input') && e.code === 'ContactNotVerified');
    assert.ok(!osm.harness.emulator.control.requests().some((r) => r.action === 'CreateCases'));
  });

  it('files with a verified reminder phone, sending its serial id in x-phone-verifiedid', async () => {
    await osm.provider.sendVerificationCode(PHONE);
    await osm.provider.verifyContact(PHONE, await codeSentTo(PHONE.value));
    const { ticketId } = await osm.provider.createTicket(FORM);
    const create = osm.harness.emulator.control.requests().find((r) => r.action === 'CreateCases');
    const proof = osm.harness.plugin.state.verification.proofOf({ way: 0, value: PHONE.value, areaCode: '86' });
    assert.deepEqual([osm.harness.plugin.state.cases.get(ticketId)?.contact.remindMobile, create?.status, typeof proof?.verifiedId], [PHONE.value, 200, 'string']);
  });

  it('verifies an e-mail address the same way', async () => {
    const email: ContactAddress = { way: 'email', value: 'ops@example.com' };
    await osm.provider.sendVerificationCode(email);
    await osm.provider.verifyContact(email, await codeSentTo(email.value, 1));
    assert.equal(await osm.provider.contactVerificationState(email), 'verified');
  });
});
