/**
 * The diagnostics bundle of the MCP server: what a process outside the editor can honestly tell about
 * itself (versions, OS, locale, proxy variables, the accounts' clouds and endpoints; never keys), redacted
 * with the same engine and zipped like the extension's. There is no editor to preview it in, so the tool
 * hands the preview to the agent and attaches only after a second call. vscode-free.
 */
import * as os from 'node:os';
import type { DiagnosticsSource, DiagnosticsTarget, PreparedBundle } from '../assistant';
import { bundleZipInputs, redactBundle, redactionCounts, renderPreview, type BundleSection } from '../core/diagnostics/bundle';
import { createZip } from '../core/zip';
import { REDACTION_PROFILE } from '../providers';
import type { ServerAccount } from './accounts';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

export function serverDiagnostics(accounts: readonly ServerAccount[], version: string, env: NodeJS.ProcessEnv = process.env): DiagnosticsSource {
  return {
    async prepare(target: DiagnosticsTarget): Promise<PreparedBundle> {
      const sections = collect(target, accounts, version, env);
      const knownSecrets = accounts.flatMap(({ credentials }) => [credentials.accessKeyId, credentials.accessKeySecret, credentials.securityToken ?? '']).filter(Boolean);
      const bundle = redactBundle(sections, REDACTION_PROFILE, { knownSecrets, emails: true, phoneNumbers: true });
      const counts = Object.entries(redactionCounts(bundle)).map(([kind, count]) => `${kind} ×${count}`);
      const summary = [`Files: ${bundle.sections.map((section) => section.path).join(', ')}, manifest.json.`, `Redacted values: ${counts.length > 0 ? counts.join(', ') : 'none'}.`];
      const stamp = new Date(bundle.createdAt).toISOString().replace(/[-:]/g, '').slice(0, 15);
      return {
        fileName: `cloud-tickets-diagnostics-${stamp}.zip`,
        data: await createZip(bundleZipInputs(bundle, `Cloud Tickets MCP server ${version}`)),
        summary,
        previewText: renderPreview(bundle, []).text,
        shownToUser: false,
      };
    },
  };
}

function collect(target: DiagnosticsTarget, accounts: readonly ServerAccount[], version: string, env: NodeJS.ProcessEnv): BundleSection[] {
  const environment = [
    `Cloud Tickets MCP server ${version}`,
    `Node.js ${process.version} on ${os.platform()} ${os.release()} (${os.arch()})`,
    `Locale: ${Intl.DateTimeFormat().resolvedOptions().locale}, time zone ${Intl.DateTimeFormat().resolvedOptions().timeZone}`,
    `Ticket: ${target.ticketId} (${target.account.providerId})`,
    '',
    'Accounts (no keys):',
    ...accounts.map(
      ({ metadata }) => `- ${metadata.label}: ${metadata.providerId}${metadata.region ? `, region ${metadata.region}` : ''}${metadata.endpoint ? `, endpoint ${metadata.endpoint}` : ''}`,
    ),
  ];
  const proxy = PROXY_VARIABLES.filter((name) => env[name] !== undefined).map((name) => `${name}=${env[name]}`);
  return [
    { path: 'environment.txt', title: 'Environment', text: `${environment.join('\n')}\n` },
    { path: 'proxy.txt', title: 'Proxy variables', text: `${proxy.length > 0 ? proxy.join('\n') : '(none set)'}\n` },
  ];
}
