/**
 * The provider layer's public surface for the host: the registry of clouds (descriptors.ts) and the
 * descriptor type. Provider code itself is loaded lazily through each descriptor's `create`.
 */
export type { ProviderDescriptor, ProviderOptions } from '../core/provider-descriptor';
export { PROVIDERS, TICKET_ID_FORMATS, findProviderDescriptor, providerDescriptor } from './descriptors';
export { REDACTION_PROFILE } from './redaction-profile';
