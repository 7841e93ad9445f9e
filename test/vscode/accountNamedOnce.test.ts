// An account whose label already names its cloud (every demo account: "Alibaba Cloud (demo)") is not shown
// with the cloud's name again (issue #20: "Account: Alibaba Cloud · Alibaba Cloud (demo)"), in the surfaces the
// extension host builds: the account row's tooltip and an assistant write's confirmation.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { StoredAccount } from '../../src/accounts/accountStore';
import { confirmationMessages } from '../../src/languageModelTools/confirmationText';
import { accountItem } from '../../src/views/treeNodes';

function account(label: string): StoredAccount {
  return { id: `acc-${label}`, providerId: 'aliyun', label, addedAt: 0 };
}

function tooltipOf(label: string): string {
  const item = accountItem({ kind: 'account', account: account(label) }, { health: 'ok', providerName: 'Alibaba Cloud', capabilities: undefined, loading: false, stale: false });
  return item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip);
}

function confirmationAccountLine(label: string): string {
  const { message } = confirmationMessages({
    action: 'reply',
    account: { id: 'a', label, providerId: 'aliyun' },
    providerName: 'Alibaba Cloud',
    ticketId: 'T1',
    ticketTitle: 'Disk full',
    text: 'Hi',
    redactedSecrets: 0,
  });
  return (typeof message === 'string' ? message : message.value).split('\n')[0];
}

describe('account named once beside its cloud (extension host)', () => {
  it('leaves the cloud out of the tooltip and the confirmation of an account whose label names it', () => {
    assert.deepEqual(
      {
        demoTooltip: tooltipOf('Alibaba Cloud (demo)').includes('— Alibaba Cloud'),
        otherTooltip: tooltipOf('Production').includes('— Alibaba Cloud'),
        demoConfirmation: confirmationAccountLine('Alibaba Cloud (demo)'),
        otherConfirmation: confirmationAccountLine('Production'),
      },
      { demoTooltip: false, otherTooltip: true, demoConfirmation: 'Account: Alibaba Cloud (demo)', otherConfirmation: 'Account: Production (Alibaba Cloud)' },
    );
  });
});
