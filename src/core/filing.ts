/**
 * What decides whether the account may file a ticket at all, asked before the user fills the form
 * (`TicketProvider.checkFiling`, gated by `Capabilities.filingChecks`).
 */

export type QuotaPeriod = 'month' | 'quarter' | 'year';

/** Tickets the account may still file for the chosen problem type. */
export interface FilingQuota {
  readonly remaining: number;
  readonly total: number;
  readonly period?: QuotaPeriod;
}

export interface FilingCheck {
  /**
   * `allowed`: nothing stands in the way; `no-privilege`: the main account restricts filing and this
   * user lacks the privilege; `quota-exhausted`: no tickets left in the period for this problem type.
   */
  readonly verdict: 'allowed' | 'no-privilege' | 'quota-exhausted';
  /** Present once a problem type is chosen and its quota is limited. */
  readonly quota?: FilingQuota;
}
