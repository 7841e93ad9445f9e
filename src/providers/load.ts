/** Loads the provider implementations; see factories.ts for why this is a separate module. */
export function loadProviderFactories(): Promise<typeof import('./factories')> {
  return import('./factories');
}
