import { PAGE_SHELL_ELEMENT_ID, parsePageShell, type PageShellStrings } from '../../../src/shared/pageShell';

/** English, for a page opened without its shell strings (tests that load the bundle alone). */
const ENGLISH_SHELL: PageShellStrings = {
  retry: 'Retry',
  noAnswer: 'VS Code did not answer within {0} s. Try again.',
  closed: 'The panel was closed.',
  unreachable: 'The panel could not reach VS Code.',
};

/** The shell strings the host wrote into this page, in the display language. */
export function readShellStrings(doc: Document = document): PageShellStrings {
  const element = doc.getElementById(PAGE_SHELL_ELEMENT_ID);
  try {
    return parsePageShell(JSON.parse(element?.textContent ?? 'null')) ?? ENGLISH_SHELL;
  } catch {
    return ENGLISH_SHELL;
  }
}
