import type { FormField, FormValues } from '../core/form-schema';
import type { TicketProvider } from '../core/provider';

/**
 * Forms that grow with the answers (Huawei OSM: the extends parameters of a problem type). The Huawei
 * provider offers `loadDependentFields(values)`; `TicketProvider` does not declare it yet, so this is the
 * one place that looks for it. Once the interface has the optional method, this file goes away.
 */
export interface DependentFieldsSource {
  loadDependentFields(values: FormValues, signal?: AbortSignal): Promise<readonly FormField[]>;
}

/** The provider's dependent-fields hook, when it has one. */
export function dependentFieldsOf(provider: TicketProvider): DependentFieldsSource | undefined {
  const candidate = provider as TicketProvider & Partial<DependentFieldsSource>;
  return typeof candidate.loadDependentFields === 'function' ? (candidate as TicketProvider & DependentFieldsSource) : undefined;
}
