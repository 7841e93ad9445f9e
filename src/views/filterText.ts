import * as vscode from 'vscode';
import type { AccountFilter } from '../core/refresh';
import { groupLabel } from './treeNodes';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';

/** The filter in a few words for the view ("Needs your action, "disk", since 2026-11-01"); '' when none. */
export function describeFilter(filter: AccountFilter): SafeText {
  const parts: SafeText[] = [];
  if (filter.statusGroups?.length && filter.statusGroups.length < 3) parts.push(ownText(filter.statusGroups.map(groupLabel).join(', ')));
  if (filter.keyword?.trim()) parts.push(ownText(`"${outsideText(filter.keyword.trim(), { maxLength: OUTSIDE_TEXT_LIMITS.label })}"`));
  if (filter.createdAfter !== undefined) parts.push(ownText(vscode.l10n.t('since {0}', new Date(filter.createdAfter).toISOString().slice(0, 10))));
  if (filter.createdBefore !== undefined) parts.push(ownText(vscode.l10n.t('until {0}', new Date(filter.createdBefore).toISOString().slice(0, 10))));
  if (filter.labels?.length) parts.push(ownText(vscode.l10n.t('labels: {0}', filter.labels.map((label) => outsideText(label.name, { maxLength: OUTSIDE_TEXT_LIMITS.label })).join(', '))));
  return ownText(parts.join(', '));
}
