import * as vscode from 'vscode';
import type { FieldOption, FormField } from '../core/form-schema';
import type { CreateFormStrings } from '../shared/protocol/create';

/** The page's texts in the UI language. */
export function createFormStrings(): CreateFormStrings {
  return {
    heading: vscode.l10n.t('New ticket'),
    required: vscode.l10n.t('required'),
    optional: vscode.l10n.t('optional'),
    search: vscode.l10n.t('Search {0}'),
    searchPlaceholder: vscode.l10n.t('Type to filter…'),
    choose: vscode.l10n.t('Choose…'),
    loading: vscode.l10n.t('Loading…'),
    noOptions: vscode.l10n.t('Nothing to choose from yet.'),
    loadFailed: vscode.l10n.t('Could not load the choices: {0}'),
    retry: vscode.l10n.t('Retry'),
    characters: vscode.l10n.t('{0} / {1} characters'),
    addFiles: vscode.l10n.t('Add files…'),
    removeFile: vscode.l10n.t('Remove {0}'),
    fileLimits: vscode.l10n.t('Up to {0} files, {1} each.'),
    uploading: vscode.l10n.t('Uploading {0}: {1}%'),
    submit: vscode.l10n.t('Create ticket'),
    submitting: vscode.l10n.t('Creating the ticket…'),
    missing: vscode.l10n.t('Missing: {0}'),
    fixProblems: vscode.l10n.t('Fix the marked fields first.'),
    created: vscode.l10n.t('Ticket {0} was created.'),
    recovered: vscode.l10n.t('The connection dropped, but the ticket had been created: {0}. It was not filed twice.'),
    copy: vscode.l10n.t('Copy'),
    copied: vscode.l10n.t('Copied'),
    openTicket: vscode.l10n.t('Open ticket'),
    newTicket: vscode.l10n.t('New ticket'),
    uncertain: vscode.l10n.t('Nothing is filed again unless you click Retry.'),
    retrySubmit: vscode.l10n.t('Retry'),
    draftRestored: vscode.l10n.t('Your draft was restored.'),
    showMore: vscode.l10n.t('Show more'),
    showLess: vscode.l10n.t('Show less'),
    bytes: vscode.l10n.t('{0} B'),
    kilobytes: vscode.l10n.t('{0} KB'),
    megabytes: vscode.l10n.t('{0} MB'),
    verificationNeeded: vscode.l10n.t('This is not the contact registered with the account: verify it with a code before filing.'),
    sendCode: vscode.l10n.t('Send code'),
    codeSent: vscode.l10n.t('A code was sent; it is valid for 5 minutes.'),
    codeLabel: vscode.l10n.t('Verification code'),
    verify: vscode.l10n.t('Verify'),
    verified: vscode.l10n.t('Verified'),
  };
}

/** Schema texts are English source strings that double as l10n keys; providers' catalogue texts pass through unchanged. */
export function localizeFields(fields: readonly FormField[]): FormField[] {
  const t = (text: string | undefined) => (text === undefined ? undefined : vscode.l10n.t(text));
  return fields.map((field) => {
    const texts = { label: vscode.l10n.t(field.label), help: t(field.help), placeholder: t(field.placeholder) };
    if (field.kind === 'select' && field.options) {
      return { ...field, ...texts, options: field.options.map((option): FieldOption => ({ ...option, label: vscode.l10n.t(option.label) })) };
    }
    return { ...field, ...texts };
  });
}
