import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { PAGE_SHELL_ELEMENT_ID, pageShellJson } from '../shared/pageShell';
import { pageShellStrings } from './pageShellStrings';

/**
 * The page shell every panel uses: a strict CSP (`default-src 'none'`, scripts only with this page's
 * nonce, styles and images only from the webview's own resource origin, no inline styles, no eval),
 * one stylesheet and one module script built by esbuild into dist/webview/<entry>.{css,js}, and the
 * page shell's sentences in the display language as inert JSON (src/shared/pageShell.ts).
 */

/** Webview options: scripts on, resources only from the built webview files and media/. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    retainContextWhenHidden: true,
    enableFindWidget: true,
  };
}

export interface WebviewPage {
  readonly webview: vscode.Webview;
  readonly extensionUri: vscode.Uri;
  /** Bundle path under dist/webview without extension, e.g. `ticket/main`. */
  readonly entry: string;
  /** `lang` attribute of the document (VS Code display language). */
  readonly lang: string;
  /** Accessible document title (the panel title). */
  readonly title: string;
}

/** A random nonce for one page load (128 bits, base64). */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The Content-Security-Policy for a page with this nonce. */
export function contentSecurityPolicy(webview: vscode.Webview, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    "connect-src 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Builds the HTML of a panel page. Nothing from outside (ticket text) is ever put into it. */
export function webviewHtml(page: WebviewPage): string {
  const nonce = createNonce();
  const asset = (extension: string) => page.webview.asWebviewUri(vscode.Uri.joinPath(page.extensionUri, 'dist', 'webview', `${page.entry}.${extension}`)).toString();
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(page.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(page.webview, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(page.title)}</title>
<link rel="stylesheet" href="${escapeAttribute(asset('css'))}">
</head>
<body>
<div id="app" aria-busy="true"></div>
<script type="application/json" id="${PAGE_SHELL_ELEMENT_ID}">${pageShellJson(pageShellStrings())}</script>
<script type="module" nonce="${nonce}" src="${escapeAttribute(asset('js'))}"></script>
</body>
</html>`;
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
