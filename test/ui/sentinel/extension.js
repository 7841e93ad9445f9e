/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS extension that VS Code loads as it is */
// Test-only extension: records every run of `sentinel.fire` and every terminal opened, one line each, in the
// file named by CLOUD_TICKETS_SENTINEL_FILE. Hostile ticket text links to this command; the suite expects only
// the calls it made itself.
const vscode = require('vscode');
const fs = require('fs');

exports.activate = (context) => {
  const file = process.env.CLOUD_TICKETS_SENTINEL_FILE;
  const record = (line) => file && fs.appendFileSync(file, `${line}\n`);
  context.subscriptions.push(
    vscode.commands.registerCommand('sentinel.fire', (...args) => record(`command ${JSON.stringify(args).slice(0, 200)}`)),
    vscode.window.onDidOpenTerminal((terminal) => record(`terminal ${terminal.name}`)),
  );
  record('activated');
};
