/**
 * Entry of the create-ticket page: asks the host for its first state (`ready`), renders the form and
 * reports when it became interactive.
 */
import '../shared/theme.css';
import './create.css';
import { IpcEndpoint } from '../../src/shared/ipc';
import { ipcWordingOf } from '../../src/shared/pageShell';
import { readShellStrings } from '../shared/lib/shell';
import type { CreateFormState, CreateFormValues, CreateHostReplies, CreateHostToPage, CreatePageReplies, CreatePageToHost } from '../../src/shared/protocol/create';
import { h } from '../shared/lib/dom';
import { outsideElement } from '../shared/lib/outside';
import { labelNamesCloud } from '../../src/shared/accountWithCloud';
import { vscodeApi } from '../shared/lib/vscodeApi';
import { CreateForm } from './lib/form';
import { SubmitBar } from './lib/submit';
import { FilingNotice } from './lib/filing';
import { attachContactProofs } from './lib/verification';

const vscode = vscodeApi<{ accountId: string }>();
const ipc = new IpcEndpoint<CreatePageToHost, CreateHostReplies, CreateHostToPage, CreatePageReplies>({ side: 'page', post: (packet) => vscode.postMessage(packet) });
// Strings for what can fail before the host's first answer, and for the page's own transport failures.
const shell = readShellStrings();
ipc.useWording(ipcWordingOf(shell));
window.addEventListener('message', (event: MessageEvent) => ipc.receive(event.data));
const app = document.getElementById('app') ?? document.body;

/** Requests that wait for the user (file dialog, filing) must not time out. */
const NO_TIMEOUT = { timeoutMs: 0 };

function render(state: CreateFormState): CreateForm {
  vscode.setState({ accountId: state.accountId });
  const { strings } = state;
  const filing = new FilingNotice((values) => ipc.request({ type: 'filingCheck', values }), state.filing);
  const form = new CreateForm(state.fields, strings, {
    loadOptions: (fieldId, values) => ipc.request({ type: 'loadOptions', fieldId, values }),
    ...(state.hasDependentFields ? { dependentFields: (values: CreateFormValues) => ipc.request({ type: 'dependentFields', values }) } : {}),
    edit: (draft) => ipc.request({ type: 'edit', draft }),
    changed: (draft) => {
      ipc.notify({ type: 'draftChanged', draft });
      filing.valuesChanged(draft.values);
    },
    pickFiles: (fieldId, already) => ipc.request({ type: 'pickFiles', fieldId, already }, NO_TIMEOUT),
  });
  const page = h('main', { className: 'create-page', attrs: { 'aria-labelledby': 'heading' } });
  const bar = new SubmitBar(
    form,
    strings,
    {
      submit: () => ipc.request({ type: 'submit', draft: form.draft }, NO_TIMEOUT),
      copy: (text) => ipc.request({ type: 'copy', text }),
      openTicket: (ticketId) => ipc.request({ type: 'openTicket', ticketId }),
      startOver: () => void start(),
    },
    (view) => {
      showingSuccess = true;
      page.replaceChildren(heading, view);
      view.querySelector<HTMLButtonElement>('button')?.focus();
    },
  );
  // The account the form files with, and its cloud unless the label names it ("Alibaba Cloud (demo)").
  const cloud = labelNamesCloud(state.accountLabel, state.providerName) ? [] : [' · ', outsideElement('span', state.providerName, { maxChars: 100 })];
  const account = h('p', { className: 'account' }, outsideElement('span', state.accountLabel, { maxChars: 100 }), ...cloud);
  const heading = h('header', {}, h('h1', { text: strings.heading, attrs: { id: 'heading' } }), account);
  const restored = state.restored ? h('p', { className: 'notice', text: strings.draftRestored, attrs: { role: 'status' } }) : undefined;
  const formElement = h('form', { attrs: { novalidate: '', 'aria-labelledby': 'heading' } }, form.root, bar.root);
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    void bar.submit();
  });
  formElement.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void bar.submit();
    }
  });
  page.append(heading, ...(restored ? [restored] : []), filing.root, formElement);
  attachContactProofs(
    state.fields,
    form.root,
    strings,
    () => form.draft.values,
    (request) => ipc.request({ type: 'contactVerification', ...request }),
  );
  app.replaceChildren(page);
  form.applyDraft(state.draft, state.problems);
  return form;
}

let current: CreateForm | undefined;
/** The success view replaced the form; new text from the host starts a fresh one. */
let showingSuccess = false;

ipc.handle('prefill', (message) => {
  if (!current || showingSuccess || !message.prefill) {
    void start();
    return;
  }
  void current.addPrefill(message.prefill);
});
ipc.handle('uploadProgress', (message) => current?.showUploadProgress(message.fieldId, message.fileName, message.sentBytes, message.totalBytes));

async function start(): Promise<void> {
  app.setAttribute('aria-busy', 'true');
  try {
    const state = await ipc.request({ type: 'ready' });
    showingSuccess = false;
    current = render(state);
    current.focusFirst();
    app.setAttribute('aria-busy', 'false');
    reportInteractive();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const retry = h('button', { className: 'button-secondary', text: shell.retry, attrs: { type: 'button' } });
    retry.addEventListener('click', () => void start());
    app.replaceChildren(h('div', { className: 'alert banner', attrs: { role: 'alert' } }, h('p', { text: message }), retry));
    app.setAttribute('aria-busy', 'false');
  }
}

/** Time from navigation start until the rendered form takes input, after the next paint. */
function reportInteractive(): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const interactiveMs = performance.now();
      document.body.dataset.interactiveMs = String(Math.round(interactiveMs));
      ipc.notify({ type: 'timing', interactiveMs });
    }, 0),
  );
}

void start();
