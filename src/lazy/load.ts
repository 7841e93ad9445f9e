/**
 * The extension's lazily loaded bundles (issue #19). Activation (src/extension.ts) loads only the
 * registrations; everything else is one of these bundles, loaded the first time something needs it.
 *
 * In the shipped extension each name is a sibling file of dist/extension.js, built from src/lazy/<name>.ts:
 * scripts/build.mjs reads the `require` calls below to find its entry points, and code that several
 * bundles use lands once in a shared chunk they all require. The require is synchronous, so a command, a
 * getter or a provider call still runs in the same turn as when everything was one bundle. Under the unit
 * tests (tsx) the same require finds the TypeScript source.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a require of a sibling bundle is the point of this module */
const BUNDLES = {
  /** Accounts, tree, refresh, polling and notifications: started right after activation. */
  workbench: () => require('./workbench.js') as typeof import('./workbench'),
  /** Commands that need nothing heavier than the workbench. */
  commands: () => require('./commands.js') as typeof import('./commands'),
  /** The ticket page (webview panel) and the ticket actions it shares with the commands. */
  ticketPanels: () => require('./ticketPanels.js') as typeof import('./ticketPanels'),
  /** The create form and the commands that open it. */
  createForm: () => require('./createForm.js') as typeof import('./createForm'),
  /** Adding, editing and importing accounts (the credential importers). */
  accountSetup: () => require('./accountSetup.js') as typeof import('./accountSetup'),
  /** Attaching files to a ticket. */
  attach: () => require('./attach.js') as typeof import('./attach'),
  /** Ticket ids in editors and terminals, ticket links and Open Ticket by ID. */
  links: () => require('./links.js') as typeof import('./links'),
  /** Collecting, redacting, previewing and attaching a diagnostics bundle. */
  diagnostics: () => require('./diagnostics.js') as typeof import('./diagnostics'),
  /** The language model tools. */
  assistant: () => require('./assistant.js') as typeof import('./assistant'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

export type LazyBundles = { readonly [Name in keyof typeof BUNDLES]: ReturnType<(typeof BUNDLES)[Name]> };

/** Loads a bundle (once; later calls get the same module) and returns its exports. */
export function loadBundle<Name extends keyof LazyBundles>(name: Name): LazyBundles[Name] {
  return BUNDLES[name]() as LazyBundles[Name];
}
