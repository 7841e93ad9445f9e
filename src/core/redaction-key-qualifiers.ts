// The words before `key` in a field's name that make it a credential's key or a key of data: data for redaction-keys.ts.
import { words } from './redaction-values';

// (A partner key signs a merchant's calls to Chinese commerce platforms: Jushuitan's `partnerkey`, WeChat Pay's.)
export const KEY_QUALIFIERS = [
  'api',
  'encryption',
  'signing',
  'master',
  'license',
  'subscription',
  'shared',
  'hmac',
  'auth',
  'secret',
  'private',
  'access',
  'app',
  'client',
  'session',
  'jwt',
  'partner',
];
// `…_key` fields that name data rather than a credential.
export const DATA_KEY_QUALIFIERS = words(
  'public publishable socket websocket primary foreign partition sort cache idempotency object ssh gpg pgp row hash lookup map dedup dedupe routing group',
  'shard unique composite natural surrogate range dict sharding message i18n translation locale react list item element node entry query search storage',
  'bucket s file kms cmk host known registry index attribute label field column table hot short long build',
  // Apollo's `releaseKey` names a release; ShardingSphere's `lockKey` a lock.
  'release lock',
  // A table's range of rows (`inclusiveBeginKey`, `exclusiveEndKey`: Tablestore's split points).
  'begin end start exclusive inclusive',
  // A signature's verify key and a public key (`LOBBY_VERIFY_KEY`, `PlatformPubKey`); a maps JS or browser key is
  // bound to a referer and ships to every page.
  'verify verification pub js browser',
  // TR-069's `ParameterKey` tags a configuration's version; a command's key, its run.
  'parameter command',
);
