/**
 * The OSM operations of the contract beyond reading and conversing: delete (5.3.8), labels (5.9),
 * contact of a case (5.3.1), contact verification (5.13) and the checks before filing (5.4, 5.7.1).
 * `HuaweiCloudProvider` extends this class, so provider.ts stays about tickets and messages.
 */
import { TicketError } from '../../core/errors';
import { contactUpdateProblem, type ContactAddress, type ContactVerificationState, type TicketContact, type TicketContactUpdate } from '../../core/contact';
import type { FilingCheck, QuotaPeriod } from '../../core/filing';
import type { FormValues } from '../../core/form-schema';
import { newLabelProblem, type NewTicketLabel, type TicketLabel } from '../../core/ticket-labels';
import type { OsmClient } from './client';
import { FIELD, parseProductValue } from './forms';
import type { ContactVerification } from './ops/cases';
import type { OsmContact } from './ops/verification';
import { invalidInputSaying } from './provider-errors';
import type { ContactInfoBody, CreateCaseRequest } from './wire/cases';
import { administrationText, contactProblemText, type AdministrationTextKey } from './administration-texts';
import type { OsmLanguage } from './mapping';
import type { CaseLabelInfo } from './wire/common';
import { readList } from './wire-readers';

const MAX_LABELS_PER_CASE = 5;

function labelOf(wire: CaseLabelInfo): TicketLabel {
  return { id: String(wire.label_id), name: wire.name, color: wire.color };
}

/** OSM label ids are integers; anything else cannot name a label. */
function labelIds(ids: readonly string[], language: OsmLanguage): number[] {
  if (ids.length === 0 || ids.length > MAX_LABELS_PER_CASE) throw invalidInputSaying('InvalidLabels', administrationText('labelCount', language, MAX_LABELS_PER_CASE));
  return ids.map((id) => {
    if (!/^\d+$/.test(id)) throw invalidInputSaying('InvalidLabels', administrationText('unknownLabel', language, id));
    return Number(id);
  });
}

/** The OSM form of a contact address: way 0 = phone (SMS, area code 86 unless given), 1 = e-mail. */
export function osmContact(contact: ContactAddress): OsmContact {
  return contact.way === 'phone' ? { way: 0, value: contact.value.trim(), areaCode: contact.areaCode?.trim() || '86' } : { way: 1, value: contact.value.trim() };
}

const PERIODS: Readonly<Record<string, QuotaPeriod>> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };

function notVerified(contact: ContactAddress, language: OsmLanguage): TicketError {
  return invalidInputSaying('ContactNotVerified', administrationText(contact.way === 'phone' ? 'phoneNotVerified' : 'emailNotVerified', language, contact.value));
}

/**
 * The serial ids that prove the reminder phone and e-mail of a new case (5.3.5 headers). An address
 * that needs proving and has none stops the create before it is sent (else: OSM.01010010).
 */
export async function contactProofs(client: OsmClient, request: CreateCaseRequest, signal?: AbortSignal): Promise<ContactVerification> {
  const proofs: ContactVerification = {};
  const contacts: [ContactAddress | undefined, keyof ContactVerification][] = [
    [request.remind_mobile ? { way: 'phone', value: request.remind_mobile, areaCode: request.area_code } : undefined, 'phoneVerifiedId'],
    [request.remind_mail ? { way: 'email', value: request.remind_mail } : undefined, 'emailVerifiedId'],
  ];
  for (const [contact, header] of contacts) {
    if (!contact) continue;
    const osm = osmContact(contact);
    if (await client.verification.needsVerification(osm, signal)) throw notVerified(contact, client.language);
    const id = await client.verification.verifiedId(osm, signal);
    if (id) proofs[header] = id;
  }
  return proofs;
}

export class OsmCaseAdministration {
  constructor(readonly client: OsmClient) {}

  /** Removes a completed, cancelled or invalid case from the lists (OSM `delete`, status 13). */
  async deleteTicket(ticketId: string, signal?: AbortSignal): Promise<void> {
    await this.client.cases.act(ticketId, 'delete', {}, signal);
  }

  async listLabels(signal?: AbortSignal): Promise<TicketLabel[]> {
    // 30 labels at most per account (5.9), so one page of 100 holds them all.
    return (await this.client.labels.list({ offset: 0, limit: 100 }, signal)).items.map(labelOf);
  }

  /** CreateLabels answers no id, so the new label is read back by its exact name. */
  async createLabel(label: NewTicketLabel, signal?: AbortSignal): Promise<TicketLabel> {
    const existing = await this.listLabels(signal);
    const problem = newLabelProblem(label, existing);
    if (problem === 'duplicate') throw invalidInputSaying('DuplicateLabel', this.text('duplicateLabel', label.name.trim()));
    if (problem) throw invalidInputSaying('InvalidLabel', this.text('badLabel'));
    const name = label.name.trim();
    await this.client.labels.create(name, label.color.toUpperCase(), signal);
    const created = (await this.client.labels.list({ name, offset: 0, limit: 100 }, signal)).items.find((l) => l.name === name);
    if (!created) throw invalidInputSaying('LabelNotFound', this.text('labelNotReadBack', name));
    return labelOf(created);
  }

  async ticketLabels(ticketId: string, signal?: AbortSignal): Promise<TicketLabel[]> {
    return (await this.client.labels.ofCase(ticketId, signal)).map(labelOf);
  }

  async addTicketLabels(ticketId: string, ids: readonly string[], signal?: AbortSignal): Promise<void> {
    await this.client.labels.addToCase(ticketId, labelIds(ids, this.client.language), signal);
  }

  async removeTicketLabels(ticketId: string, ids: readonly string[], signal?: AbortSignal): Promise<void> {
    await this.client.labels.removeFromCase(ticketId, labelIds(ids, this.client.language), signal);
  }

  /** From the case detail's `ext_info` (the cloud may mask the phone and e-mail). */
  async ticketContact(ticketId: string, signal?: AbortSignal): Promise<TicketContact> {
    const ext = readList((await this.client.cases.detail(ticketId, signal)).ext_info)[0];
    const text = (value: string | undefined) => value?.trim() || undefined;
    return {
      areaCode: text(ext?.area_code),
      phone: text(ext?.remind_mobile),
      email: text(ext?.remind_mail),
      contactTime: text(ext?.remind_time),
      ccEmails: (ext?.cc_email ?? '')
        .split(/[;,]/)
        .map((e) => e.trim())
        .filter((e) => e !== ''),
    };
  }

  /**
   * 5.3.1 with the shapes checked first. A phone or e-mail that must be proven and is not yet stops here
   * (the cloud would refuse it with OSM.01010010 after the request).
   */
  async updateTicketContact(ticketId: string, update: TicketContactUpdate, signal?: AbortSignal): Promise<void> {
    const maxCc = await this.client.catalogue.ccEmailLimit(signal);
    const problem = contactUpdateProblem(update, maxCc);
    if (problem === 'nothing') throw invalidInputSaying('NothingToChange', this.text('nothingToChange'));
    if (problem === 'cc-count') throw invalidInputSaying('TooManyCcEmails', this.text('tooManyCc', maxCc));
    if (problem) throw invalidInputSaying('InvalidContact', contactProblemText(problem, this.client.language));
    const phone = update.phone?.trim();
    const email = update.email?.trim();
    if (phone) await this.requireUsable({ way: 'phone', value: phone, areaCode: update.areaCode }, signal);
    if (email) await this.requireUsable({ way: 'email', value: email }, signal);
    const body: ContactInfoBody = {
      ...(update.areaCode?.trim() ? { area_code: update.areaCode.trim() } : {}),
      ...(phone ? { remind_mobile: phone } : {}),
      ...(email ? { remind_mail: email } : {}),
      ...(update.contactTime?.trim() ? { remind_time: update.contactTime.trim() } : {}),
      ...(update.ccEmails ? { extension_map: { remindCCEmail: update.ccEmails.map((e) => e.trim()).join(';') } } : {}),
    };
    await this.client.cases.updateContact(ticketId, body, signal);
  }

  async contactVerificationState(contact: ContactAddress, signal?: AbortSignal): Promise<ContactVerificationState> {
    const osm = osmContact(contact);
    if (await this.client.verification.needsVerification(osm, signal)) return 'needed';
    return (await this.client.verification.verifiedId(osm, signal)) ? 'verified' : 'not-needed';
  }

  async sendVerificationCode(contact: ContactAddress, signal?: AbortSignal): Promise<void> {
    await this.client.verification.sendCode(osmContact(contact), signal);
  }

  async verifyContact(contact: ContactAddress, code: string, signal?: AbortSignal): Promise<void> {
    const trimmed = code.trim();
    if (!/^[0-9A-Za-z]{6}$/.test(trimmed)) throw invalidInputSaying('InvalidVerificationCode', this.text('codeShape'));
    await this.client.verification.verify(osmContact(contact), trimmed, signal);
  }

  /** The createCase privilege (5.4.1, 5.4.2), then the quota of the chosen problem type (5.7.1). */
  async checkFiling(values: FormValues, signal?: AbortSignal): Promise<FilingCheck> {
    const catalogue = this.client.catalogue;
    // Only when the main account switched the restriction on does the sub-user's privilege matter.
    if ((await catalogue.privilegePolicy('createCase', signal)) && !(await catalogue.hasPrivilege('createCase', signal))) return { verdict: 'no-privilege' };
    const product = parseProductValue(String(values[FIELD.product] ?? ''));
    const businessTypeId = String(values[FIELD.businessType] ?? '');
    if (!product || !businessTypeId) return { verdict: 'allowed' };
    const quota = await catalogue.quota(product.productId, businessTypeId, signal);
    // −1 stands for "no limit" (spec §3.2.11).
    if (quota.total < 0 || quota.unUsed < 0) return { verdict: 'allowed' };
    const period = quota.measure ? PERIODS[quota.measure.toUpperCase()] : undefined;
    return { verdict: quota.unUsed === 0 ? 'quota-exhausted' : 'allowed', quota: { remaining: quota.unUsed, total: quota.total, ...(period ? { period } : {}) } };
  }

  /** Refuses a create the account may not file (no privilege, quota used up) before anything is written. */
  protected async requireFiling(values: FormValues, signal?: AbortSignal): Promise<void> {
    const check = await this.checkFiling(values, signal);
    if (check.verdict === 'no-privilege') {
      throw new TicketError({ kind: 'permission', code: 'OSM.01010007', message: this.text('noPrivilege') });
    }
    if (check.verdict === 'quota-exhausted') {
      throw invalidInputSaying('OSM.01010037', this.text('quotaUsedUp'));
    }
  }

  /** Throws `invalid-input` when the address must be proven and has not been. */
  private async requireUsable(contact: ContactAddress, signal?: AbortSignal): Promise<void> {
    if ((await this.contactVerificationState(contact, signal)) === 'needed') throw notVerified(contact, this.client.language);
  }

  /** A refusal in the provider's UI language. */
  private text(key: AdministrationTextKey, ...args: (string | number)[]): string {
    return administrationText(key, this.client.language, ...args);
  }
}
