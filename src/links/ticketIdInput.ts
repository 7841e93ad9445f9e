import * as vscode from 'vscode';
import { ticketIdFromInput, type TicketIdInput } from '../core/ticket-ids';
import { PROVIDERS, TICKET_ID_FORMATS } from '../providers';
import { cloudName } from '../accounts/cloudName';
import { outsideText, ownText, type SafeText } from '../shared/outsideText';
import { cloudNames } from './cloudNames';
import { idText } from './openTicketById';

/**
 * Asks for a ticket id. The box accepts a bare id, a console URL of a ticket or pasted text holding one id,
 * and says as the user types which id (and which cloud) it found or why it found none. Starts with the id
 * in the editor's selection, when there is one. Resolves with the normalised id, or undefined when dismissed.
 */
export function askForTicketId(initialText = selectedText()): Promise<string | undefined> {
  const box = vscode.window.createInputBox();
  box.title = vscode.l10n.t('Open Ticket by ID');
  box.prompt = vscode.l10n.t('A ticket ID (0005PYGCW, TS202603275SQAIEFGS0404), a console link of a ticket, or text that holds one');
  box.placeholder = vscode.l10n.t('Ticket ID or console link');
  box.ignoreFocusOut = true;
  let parsed = ticketIdFromInput('', TICKET_ID_FORMATS);
  const validate = () => {
    parsed = ticketIdFromInput(box.value, TICKET_ID_FORMATS);
    box.validationMessage = validationOf(parsed);
  };
  if (initialText && ticketIdFromInput(initialText, TICKET_ID_FORMATS).kind === 'id') box.value = initialText.trim();
  validate();
  return new Promise((resolve) => {
    let accepted: string | undefined;
    box.onDidChangeValue(validate);
    box.onDidAccept(() => {
      validate();
      if (parsed.kind !== 'id') return;
      accepted = parsed.id;
      box.hide();
    });
    // Resolve only once the box is gone: a quick pick shown next (which account?) while the box was still
    // closing was hidden with it in code-server, and the search ended with nothing picked.
    box.onDidHide(() => {
      resolve(accepted);
      box.dispose();
    });
    box.show();
  });
}

/** What the box says under the input: the id found (as information) or why there is none (as an error). */
function validationOf(parsed: TicketIdInput): vscode.InputBoxValidationMessage | undefined {
  switch (parsed.kind) {
    case 'empty':
      return undefined;
    case 'too-long':
      return error(ownText(vscode.l10n.t('The text is too long; paste at most {0} characters.', parsed.maxLength)));
    case 'none':
      return error(ownText(vscode.l10n.t('No ticket ID here. {0}', idExamples())));
    case 'several':
      return error(ownText(vscode.l10n.t('The text holds several ticket IDs ({0}). Keep only one.', outsideText(parsed.ids.slice(0, 3).join(', '), { maxLength: 100 }))));
    case 'id':
      return {
        message: vscode.l10n.t('Press Enter to open {0} ticket {1}', cloudNames(parsed.providerIds), idText(parsed.id)),
        severity: vscode.InputBoxValidationSeverity.Info,
      };
  }
}

function error(message: SafeText): vscode.InputBoxValidationMessage {
  return { message, severity: vscode.InputBoxValidationSeverity.Error };
}

/** The active editor's selection, when it is short enough to be an id or a link. */
function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) return undefined;
  const range = editor.selection;
  if (range.end.line - range.start.line > 2) return undefined;
  const text = editor.document.getText(range);
  return text.length <= 2000 ? text : undefined;
}

/** "Alibaba Cloud IDs look like 0005PYGCW. Huawei Cloud IDs look like TS…", from the descriptors. */
function idExamples(): SafeText {
  const sentences: SafeText[] = PROVIDERS.map((provider) => ownText(vscode.l10n.t('{0} IDs look like {1}.', cloudName(provider), outsideText(provider.ticketIds.example))));
  return ownText(sentences.join(' '));
}
