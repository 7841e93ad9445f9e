/**
 * Where an account is named beside its cloud ("Account: Alibaba Cloud · Production"), a label that already
 * names the cloud — every demo account's does, "Alibaba Cloud (demo)", "华为云（演示）" — makes the pair
 * read "Alibaba Cloud · Alibaba Cloud (demo)". Pure, so the host and the webviews say it the same way.
 */

/** Whether the account's label already says which cloud it is on, so the cloud's name need not be repeated. */
export function labelNamesCloud(accountLabel: string, cloudName: string): boolean {
  const cloud = cloudName.trim().toLocaleLowerCase();
  return cloud !== '' && accountLabel.toLocaleLowerCase().includes(cloud);
}

/** "Cloud · account", or the account's label alone when it names its cloud. Plain text: escape it for its surface. */
export function accountWithCloud(accountLabel: string, cloudName: string): string {
  return labelNamesCloud(accountLabel, cloudName) ? accountLabel : `${cloudName} · ${accountLabel}`;
}
