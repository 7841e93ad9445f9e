import * as vscode from 'vscode';
import { DisposableOwner } from '../common/lifecycle';

export const EXPLORER_VIEW_ID = 'cloudTickets.explorer';

/**
 * The Tickets view in the activity bar. With no accounts the tree is empty, so VS Code shows the
 * `viewsWelcome` content from package.json; the context key below selects which welcome applies.
 */
export class ExplorerView extends DisposableOwner implements vscode.TreeDataProvider<vscode.TreeItem> {
  private readonly changed = this.own(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<vscode.TreeItem>;

  constructor() {
    super();
    this.treeView = this.own(vscode.window.createTreeView(EXPLORER_VIEW_ID, { treeDataProvider: this, showCollapseAll: true }));
    void vscode.commands.executeCommand('setContext', 'cloudTickets.hasAccounts', false);
  }

  getTreeItem(element: vscode.TreeItem): vscode.TreeItem {
    return element;
  }

  getChildren(): vscode.TreeItem[] {
    return [];
  }

  async refresh(): Promise<void> {
    this.changed.fire();
  }
}
