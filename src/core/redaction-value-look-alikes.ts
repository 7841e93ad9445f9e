// Shapes of values that are no password though they look like one: data for redaction-values.ts.

// A word of UTF-8 text in a quoted-printable e-mail, letters and encoded letters only (`f=C3=BCr`, "für"): a word of the
// mail, read where a value would be (`M=C3=BCnchen2024!` is a password).
export const QUOTED_PRINTABLE_LETTER = /^[A-Za-z]*(?:=(?:C[2-9A-F]|D[0-9A-F])=[89AB][0-9A-F][A-Za-z]*)+$/;

// A tautology's quotes, encoded or not: `' or '1'='1`, `%27+or+%271%27%3D%271`.
export const SQL_INJECTION = /(?:'|%27)(?:\s|\+|%20)+or(?:\s|\+|%20)+(?:'|%27)?1(?:'|%27)?(?:\s|\+|%20)*(?:=|%3D)/i;

// Dates as programs print them (`Dec 04, 2025`, `04 Dec 2025`, `2025/12/04`): a status, never a password.
export const DATE =
  /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{4}|\d{4}[/.]\d{1,2}[/.]\d{1,2})(?:[ \tT][\d:.]+)?$/i;

// A file's name (`auth-user-pass creds.txt`, `password_file: db.pass`) names where a password is kept.
export const FILE_NAME = /^[\w-]+\.(?:txt|conf|cfg|cnf|ini|json|ya?ml|toml|properties|env|key|pem|crt|p12|pfx|jks|gpg|php|py|rb|js|ts|sh|xml|sql)$/;

// A word and how it is kept ("the blob is DPAPI-protected", "KMS-encrypted"): a state, not a password.
export const STATE_WORD = /^[A-Za-z0-9]+-(?:protected|encrypted|masked|hidden|redacted|generated|managed|based|signed)$/i;
export const ALGORITHM_NAME =
  /^(?:HMAC-?)?(?:SHA-?(?:1|224|256|384|512)|SHA3-\d{3}|MD5|SM3|SM4|AES-?(?:128|192|256)(?:-[A-Z]{3})?|RSA-?\d{4}|3DES|ECDSA-?P?\d{3}|ED25519|TLS-?v?1(?:\.[0-3])?|SSLv?[23]|(?:Camellia|ARIA|LEA)-?\d{3}|ChaCha20(?:-Poly1305)?)$/i;

// A name of words and numbers joined by dashes, with a word of two letters or more (`ChinaNet-5G-8F21`, `Magazijn-2G`,
// `HL-Store-022`): a network's, a host's or a build's name, where a password would be.
export const DASHED_NAME = /^(?=.*[A-Za-z]{2}-)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;

// Values that are public by design though they sit under a key-like name: Stripe publishable keys, Mapbox
// public tokens, SSH public key bodies, age recipients, DingTalk app keys (`ding…`, an app id), Adyen client keys, WeChat
// AppIDs (`wx` and 16 hex digits; the AppSecret beside one is the secret), signify's and minisign's public keys and
// signatures (`RW` and 56 or 100 characters of base64; a secret key is longer), browser keys of analytics and payments
// (PostHog's project key `phc_…`, Midtrans's client key `Mid-client-…`; New Relic's `NRJS-…` browser token is secret
// scanners' secret), a Salesforce connected app's consumer key (`3MVG9…`, its OAuth client id; the consumer secret is
// apart), Razorpay key ids (`rzp_live_` and 14 characters, given to the browser's checkout; the key secret is apart) and
// Toss Payments client keys (`live_ck_…`; `live_sk_…` is secret); an SSH key's fingerprint (`SHA256:…`, 43 characters) and Twilio's
// ids of a message, an account, a call, a number or a recording (`SM…`, `AC…`: two letters and 32 hex digits; the auth token is apart).
export const PUBLIC_VALUE =
  /^(?:pk_(?:live|test)_|(?:live|test)_[A-Z0-9]{32}$|rzp_(?:live|test)_[A-Za-z0-9]{14}$|(?:live|test)_ck_|phc_[A-Za-z0-9]{43}$|(?:SB-)?Mid-client-|3MVG9[\w.]{70,90}$|RW[A-Za-z0-9+/]{54}$|RW[A-Za-z0-9+/]{97}=$|pk\.eyJ|pk\.[\w-]{20,}\.[\w-]{10,}$|0x4AAAAAAA[\w-]{10,16}$|ding[a-z0-9]{16,20}$|AAAA(?:B3NzaC1yc2E|C3NzaC1lZDI1NTE5|E2VjZHNhLXNoYTItbmlzdHA)|age1[02-9ac-hj-np-z]{58}$|wx[0-9a-f]{16}$|SHA256:[A-Za-z0-9+/]{43}$|(?:SM|MM|AC|CA|PN|RE)[0-9a-f]{32}$)/;
