import * as vscode from 'vscode';

/** Base for objects that own disposables: whatever they register is released with them. */
export abstract class DisposableOwner implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposed = false;

  protected own<T extends vscode.Disposable>(disposable: T): T {
    if (this.disposed) {
      disposable.dispose();
    } else {
      this.owned.push(disposable);
    }
    return disposable;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // Release in reverse order of creation, as later objects may depend on earlier ones.
    for (const disposable of this.owned.splice(0).reverse()) disposable.dispose();
  }
}
