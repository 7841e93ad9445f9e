import * as vscode from 'vscode';
import { tailText, type BundleSection } from '../core/diagnostics/bundle';
import type { CollectContext } from './collectContext';

/** The end of the extension's log is what support needs; older lines are dropped. */
const MAX_LOG_CHARS = 256 * 1024;
const MAX_PROBLEMS = 1_000;
const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

/** The extension's own log: the `.log` files in its log folder (ExtensionContext.logUri). */
export async function collectExtensionLog(context: CollectContext): Promise<BundleSection[]> {
  const files = await logFiles(context.logUri);
  if (files.length === 0) {
    return [{ path: 'logs/extension.log', title: vscode.l10n.t('Extension log'), text: "No log file was found in the extension's log folder.\n" }];
  }
  const sections: BundleSection[] = [];
  for (const file of files) {
    const { text, cut } = tailText(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), MAX_LOG_CHARS);
    const name = file.path.split('/').pop() ?? 'extension.log';
    sections.push({ path: `logs/${name}`, title: vscode.l10n.t('Extension log'), text, ...(cut ? { note: vscode.l10n.t('last {0} KB only', MAX_LOG_CHARS / 1024) } : {}) });
  }
  return sections;
}

/** The log files of the output channel: VS Code writes them into logUri (or, in some hosts, next to it). */
async function logFiles(logUri: vscode.Uri): Promise<vscode.Uri[]> {
  const inFolder = await listLogs(logUri, () => true);
  if (inFolder.length > 0) return inFolder;
  return listLogs(vscode.Uri.joinPath(logUri, '..'), (name) => name.includes('Cloud Tickets'));
}

async function listLogs(folder: vscode.Uri, wanted: (name: string) => boolean): Promise<vscode.Uri[]> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return entries.filter(([name, type]) => (type & vscode.FileType.File) !== 0 && name.endsWith('.log') && wanted(name)).map(([name]) => vscode.Uri.joinPath(folder, name));
  } catch {
    return [];
  }
}

/** The Problems list of the workspace: file, position, severity, source, code and message. */
export async function collectProblems(): Promise<BundleSection[]> {
  const lines: string[] = [];
  let total = 0;
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      total++;
      if (lines.length >= MAX_PROBLEMS) continue;
      const where = `${vscode.workspace.asRelativePath(uri, true)}:${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`;
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      const origin = [diagnostic.source, code === undefined ? undefined : String(code)].filter(Boolean).join(' ');
      lines.push(`${where} [${SEVERITY[diagnostic.severity]}]${origin ? ` ${origin}:` : ''} ${diagnostic.message.replace(/\s*\n\s*/g, ' ')}`);
    }
  }
  const header = total === 0 ? 'No problems reported.' : `${total} problem(s)${total > MAX_PROBLEMS ? `, first ${MAX_PROBLEMS} listed` : ''}:`;
  return [{ path: 'problems.txt', title: vscode.l10n.t('Problems'), text: `${[header, ...lines].join('\n')}\n` }];
}
