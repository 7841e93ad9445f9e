import type { Workbench } from './workbench';

/** The "Support replied to …" toasts of a ticket. */
export const replyToasts = (workbench: Workbench, title: string) => workbench.page.locator('.notification-toast', { hasText: `Support replied to "${title}` });

/**
 * After support answered `title` without changing its status: Refresh (as a user would) until the reply's
 * notification shows and the tree has an unread row, then Refresh once more and give a late second
 * notification time to appear. Returns how many notifications the reply got.
 */
export async function refreshUntilReplyNoticed(workbench: Workbench, title: string): Promise<number> {
  const toasts = replyToasts(workbench, title);
  for (let i = 0; i < 3 && (await toasts.count()) === 0; i++) {
    await workbench.runCommand('Cloud Tickets: Refresh');
    await workbench.page.waitForTimeout(2000);
  }
  await toasts.first().waitFor({ timeout: 60_000 });
  await workbench
    .tree()
    .getByRole('treeitem', { name: /, unread/ })
    .first()
    .waitFor({ timeout: 30_000 });
  await workbench.runCommand('Cloud Tickets: Refresh');
  await workbench.page.waitForTimeout(3000);
  return toasts.count();
}
