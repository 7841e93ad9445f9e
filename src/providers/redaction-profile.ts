/**
 * The redaction profile of every cloud in the registry: the secret formats their descriptors declare,
 * compiled once. Hosts pass it to `redactSecrets` (core names no cloud, so it takes the formats as input).
 */
import { redactionProfile } from '../core/redaction-profile';
import { PROVIDERS } from './descriptors';

export const REDACTION_PROFILE = redactionProfile(PROVIDERS.map((provider) => provider.secretFormats));
