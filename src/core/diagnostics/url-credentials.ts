// Removes user names and passwords from URLs before they are written anywhere (proxy settings, git
// remotes), independently of the redaction pass.

/** The URL without `user:password@`; text that is not a URL with credentials is returned unchanged. */
export function withoutUrlCredentials(value: string): string {
  return value.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/?#@\s]*@/gi, '$1');
}
