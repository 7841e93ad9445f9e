import * as os from 'node:os';
import * as vscode from 'vscode';
import { withoutUrlCredentials } from '../core/diagnostics/url-credentials';
import type { BundleSection } from '../core/diagnostics/bundle';
import type { CollectContext } from './collectContext';

const PROXY_ENVIRONMENT = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

/** Versions, OS, locale, the accounts' non-secret settings and the extension's settings. */
export async function collectEnvironment(context: CollectContext): Promise<BundleSection[]> {
  const { services, target } = context;
  const extension = vscode.extensions.all.find((candidate) => candidate.extensionUri.toString() === services.extensionUri.toString());
  const lines = [
    `Cloud Tickets: ${String(extension?.packageJSON.version ?? 'unknown')} (${extension?.id ?? 'unknown id'})`,
    `VS Code: ${vscode.version} (${vscode.env.appName}, host ${vscode.env.appHost}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI${vscode.env.remoteName ? `, remote ${vscode.env.remoteName}` : ''})`,
    `Display language: ${vscode.env.language}`,
    `Time zone: ${Intl.DateTimeFormat().resolvedOptions().timeZone} (UTC${formatOffset(-new Date().getTimezoneOffset())})`,
    `OS: ${os.type()} ${os.release()} ${os.arch()}`,
    `Runtime: Node ${process.versions.node}${process.versions.electron ? `, Electron ${process.versions.electron}` : ''}`,
    `CPUs: ${os.cpus().length}, memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    `Workspace: ${vscode.workspace.workspaceFolders?.length ?? 0} folder(s), ${vscode.workspace.isTrusted ? 'trusted' : 'restricted mode'}`,
    `Ticket: ${target.ticketId} (account "${target.accountLabel}")`,
    '',
    'Accounts (no credentials):',
    ...services.accounts.list().map((account) => {
      const settings = {
        provider: account.providerId,
        apiVersion: account.apiVersion,
        endpoint: account.endpoint && withoutUrlCredentials(account.endpoint),
        region: account.region,
        site: account.site,
        demo: account.demo,
      };
      const shown = Object.entries(settings)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${String(value)}`);
      return `- ${account.label}: ${shown.join(', ')}, health=${services.accounts.healthOf(account.id)}`;
    }),
    '',
    'Settings (cloudTickets.*):',
    JSON.stringify(vscode.workspace.getConfiguration('cloudTickets'), null, 2),
  ];
  return [{ path: 'environment.txt', title: vscode.l10n.t('Environment'), text: `${lines.join('\n')}\n` }];
}

/** VS Code's proxy settings and the proxy environment variables, with credentials removed. */
export async function collectProxy(): Promise<BundleSection[]> {
  const http = vscode.workspace.getConfiguration('http');
  const lines = [
    `http.proxy: ${describeValue(http.get<string>('proxy'))}`,
    `http.proxySupport: ${describeValue(http.get<string>('proxySupport'))}`,
    `http.proxyStrictSSL: ${describeValue(http.get<boolean>('proxyStrictSSL'))}`,
    `http.noProxy: ${describeValue(http.get<string[]>('noProxy'))}`,
    `http.systemCertificates: ${describeValue(http.get<boolean>('systemCertificates'))}`,
    // The header value is a credential: only whether it is set goes into the bundle.
    `http.proxyAuthorization: ${http.get<string | null>('proxyAuthorization') ? 'set (value not included)' : 'not set'}`,
    '',
    'Environment:',
    ...PROXY_ENVIRONMENT.map((name) => `${name}: ${process.env[name] ? withoutUrlCredentials(process.env[name] as string) : 'not set'}`),
  ];
  return [{ path: 'proxy.txt', title: vscode.l10n.t('Proxy settings'), text: `${lines.join('\n')}\n` }];
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'not set';
  if (typeof value === 'string') return withoutUrlCredentials(value);
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? withoutUrlCredentials(item) : item));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}
