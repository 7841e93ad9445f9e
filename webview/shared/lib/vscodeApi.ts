/** The object VS Code injects into webviews (callable once per page). */
export interface VsCodeApi<State> {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}

declare function acquireVsCodeApi<State>(): VsCodeApi<State>;

let api: unknown;

/** The page's VS Code API, acquired on first use. */
export function vscodeApi<State>(): VsCodeApi<State> {
  api ??= acquireVsCodeApi<State>();
  return api as VsCodeApi<State>;
}
