/** A minimal event source for vscode-free code; the returned object fits `vscode.Disposable`. */

export interface Disposable {
  dispose(): void;
}

export class Listeners<T> {
  private readonly listeners = new Set<(value: T) => void>();

  /** Calls `listener` on every `fire` until the returned object is disposed. */
  add(listener: (value: T) => void): Disposable {
    const entry = (value: T): void => listener(value);
    this.listeners.add(entry);
    return { dispose: () => this.listeners.delete(entry) };
  }

  /** Calls every listener; one that throws does not keep the others from hearing the event. */
  fire(value: T, onListenerError?: (error: unknown) => void): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        onListenerError?.(error);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
