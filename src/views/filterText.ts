import * as vscode from 'vscode';
import type { AccountFilter } from '../core/refresh';
import { groupLabel } from './treeNodes';

/** The filter in a few words for the view ("Needs your action, "disk", since 2026-11-01"); '' when none. */
export function describeFilter(filter: AccountFilter): string {
  const parts: string[] = [];
  if (filter.statusGroups?.length && filter.statusGroups.length < 3) parts.push(filter.statusGroups.map(groupLabel).join(', '));
  if (filter.keyword?.trim()) parts.push(`"${filter.keyword.trim()}"`);
  if (filter.createdAfter !== undefined) parts.push(vscode.l10n.t('since {0}', new Date(filter.createdAfter).toISOString().slice(0, 10)));
  if (filter.createdBefore !== undefined) parts.push(vscode.l10n.t('until {0}', new Date(filter.createdBefore).toISOString().slice(0, 10)));
  return parts.join(', ');
}
