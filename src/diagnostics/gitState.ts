import * as vscode from 'vscode';
import { withoutUrlCredentials } from '../core/diagnostics/url-credentials';
import type { BundleSection } from '../core/diagnostics/bundle';

/** The part of the built-in git extension's API (version 1) this collector reads. */
interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly repositories: readonly GitRepository[];
}

interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: {
    readonly HEAD?: { readonly name?: string; readonly commit?: string; readonly upstream?: { readonly remote: string; readonly name: string }; readonly ahead?: number; readonly behind?: number };
    readonly remotes: readonly { readonly name: string; readonly fetchUrl?: string }[];
    readonly workingTreeChanges: readonly unknown[];
    readonly indexChanges: readonly unknown[];
    readonly mergeChanges: readonly unknown[];
  };
}

const INITIALISE_TIMEOUT_MS = 3_000;

/** Branch, commit and dirty state of each repository, via the built-in git extension. */
export async function collectGit(): Promise<BundleSection[]> {
  const title = vscode.l10n.t('Git state');
  const api = await gitApi();
  if (!api) return [{ path: 'git.txt', title, text: 'The built-in Git extension is not available or disabled.\n' }];
  if (api.repositories.length === 0) return [{ path: 'git.txt', title, text: 'No Git repository is open in this workspace.\n' }];
  const blocks = api.repositories.map((repository) => {
    const head = repository.state.HEAD;
    const dirty = repository.state.workingTreeChanges.length + repository.state.indexChanges.length + repository.state.mergeChanges.length;
    const upstream = head?.upstream ? `${head.upstream.remote}/${head.upstream.name} (ahead ${head.ahead ?? 0}, behind ${head.behind ?? 0})` : 'none';
    return [
      `Repository: ${vscode.workspace.asRelativePath(repository.rootUri, true) || repository.rootUri.path.split('/').pop()}`,
      `Branch: ${head?.name ?? '(detached)'}`,
      `Commit: ${head?.commit ?? 'unknown'}`,
      `Upstream: ${upstream}`,
      `Dirty: ${dirty > 0 ? `yes (${repository.state.workingTreeChanges.length} changed, ${repository.state.indexChanges.length} staged, ${repository.state.mergeChanges.length} in merge)` : 'no'}`,
      ...repository.state.remotes.map((remote) => `Remote ${remote.name}: ${remote.fetchUrl ? withoutUrlCredentials(remote.fetchUrl) : 'no URL'}`),
    ].join('\n');
  });
  return [{ path: 'git.txt', title, text: `${blocks.join('\n\n')}\n` }];
}

async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<{ enabled: boolean; getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension) return undefined;
  const exports = extension.isActive ? extension.exports : await extension.activate();
  if (!exports?.enabled) return undefined;
  const api = exports.getAPI(1);
  if (api.state !== 'initialized') {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, INITIALISE_TIMEOUT_MS);
      const subscription = api.onDidChangeState((state) => state === 'initialized' && done());
      function done() {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  }
  return api;
}
