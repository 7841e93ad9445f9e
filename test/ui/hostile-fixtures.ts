// Turns the emulator's built-in fixtures document into a hostile one: every field a user reads (titles,
// descriptions, messages, author names, attachment names, catalogue labels, agreements) of every provider
// gets a string of the hostile corpus, and a few tickets get the strings the suite looks for.
import { loadHostileCorpus } from '../unit/shared/hostile-corpus';

/** Keys whose values a user reads somewhere in the UI. */
const DISPLAY_KEY = /(title|name|content|description|label|summary|remark|agreement|subject|question|desc|tips?)$/i;
/** Keys that name or identify something the emulator matches on; changing them would break the account. */
const STRUCTURAL_KEY = /(id|ids|code|codes|key|status|type|time|date|url|version|email|mail|phone|mobile|base64|language|lang|uid|secret|token|password|region)$/i;
/** Sections that hold credentials and accounts, left alone so the test keys still sign. */
const CREDENTIAL_SECTIONS = /^(account|accounts|accessKeys|credentials|keys|domains|users)$/i;

export const COMMAND_LINK_TITLE = '[Open the runbook](command:sentinel.fire?%5B%22from-title%22%5D) [docs](https://evil.example/phish)';
export const OVERRIDE_TITLE = 'Invoice \u202eexe.txt needs review';
export const LOOK_ALIKES = ['Disk full on db-01', 'Disk\u200b full on db-01'] as const;
export const LONG_TITLE = `Long title ${'lorem ipsum dolor sit amet '.repeat(4_000)}`.slice(0, 100 * 1024);
export const LONG_DESCRIPTION = 'x'.repeat(1024 * 1024);
/** An attachment name whose override would show it as "evil" + "exe.txt" reversed: saved, it must show its real extension. */
export const HOSTILE_FILE_NAME = 'evil\u202etxt.exe';
export const HOSTILE_FILE_TEXT = 'hostile attachment body';

/** The title a hostile ticket gets, by its position in a provider's ticket list. */
export const PLANTED_TITLES = [COMMAND_LINK_TITLE, OVERRIDE_TITLE, LOOK_ALIKES[0], LOOK_ALIKES[1], LONG_TITLE] as const;

export const AGREEMENT_HTML = '<p>By filing a ticket you accept the service terms.</p><script>steal(document.cookie)</script><style>body{display:none}</style>';

/** How each provider's section keeps tickets: the list, the id, and how to plant a title, a long text and a status. */
const TICKET_SHAPES: Record<string, { list: string; id: string; plant(ticket: Record<string, Json>, title: string, waiting: boolean, section: Record<string, Json>): void }> = {
  aliyun: {
    list: 'tickets',
    id: 'TicketId',
    plant(ticket, title, waiting) {
      ticket.Title = title;
      ticket.Status = waiting ? 'wait_feedback' : 'dealing';
      if (title === LONG_TITLE) ticket.Description = LONG_DESCRIPTION;
      const first = (ticket.Notes as Array<Record<string, Json>> | undefined)?.[0];
      if (title === OVERRIDE_TITLE && first) first.Attachments = [{ Name: HOSTILE_FILE_NAME, Text: HOSTILE_FILE_TEXT }];
    },
  },
  huaweicloud: {
    list: 'cases',
    id: 'id',
    plant(ticket, title, waiting, section) {
      // Huawei's simple_description is both the title and the first text.
      ticket.description = title;
      ticket.status = waiting ? 'awaiting-feedback' : 'in-progress';
      const messages = ticket.messages as Array<Record<string, Json>> | undefined;
      if (title === LONG_TITLE && messages?.[0]) messages[0].content = LONG_DESCRIPTION;
      if (title === OVERRIDE_TITLE && messages?.[0] && Array.isArray(section.attachments)) {
        section.attachments.push({ id: 'hostile-file', name: HOSTILE_FILE_NAME, text: HOSTILE_FILE_TEXT });
        messages[0].accessoryIds = [...((messages[0].accessoryIds as string[] | undefined) ?? []), 'hostile-file'];
      }
    },
  },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function hostileDocument(document: Record<string, unknown>): Record<string, unknown> {
  const corpus = loadHostileCorpus('tuning')
    .strings.concat(loadHostileCorpus('held-out').strings)
    .map((s) => s.text)
    .filter((text) => text.length > 0 && text.length < 2_000);
  let next = 0;
  const pick = () => corpus[next++ % corpus.length];

  const walk = (value: Json, key: string): Json => {
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') {
      // Texts in both languages: { "zh": "…", "en": "…" } under a display key.
      if (DISPLAY_KEY.test(key) && !STRUCTURAL_KEY.test(key) && Object.keys(value).every((k) => k === 'zh' || k === 'en')) {
        return Object.fromEntries(Object.keys(value).map((k) => [k, pick()]));
      }
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, CREDENTIAL_SECTIONS.test(k) ? v : walk(v, k)]));
    }
    if (typeof value === 'string' && DISPLAY_KEY.test(key) && !STRUCTURAL_KEY.test(key)) return pick();
    return value;
  };

  const hostile = walk(structuredClone(document) as Json, '') as Record<string, Record<string, Json>>;
  for (const [provider, shape] of Object.entries(TICKET_SHAPES)) {
    const tickets = hostile[provider]?.[shape.list];
    if (!Array.isArray(tickets)) throw new Error(`the fixtures document has no ${provider}.${shape.list}`);
    // The first waits on support (the suite moves it to "needs your action"); the others need the user, at the top of the tree.
    PLANTED_TITLES.forEach((title, i) => shape.plant(tickets[i] as Record<string, Json>, title, i > 0, hostile[provider]));
  }
  const agreements = (hostile.huaweicloud?.catalogue as Record<string, Record<string, Record<string, Json>>> | undefined)?.agreements;
  if (agreements?.['0']) agreements['0'].content = AGREEMENT_HTML;
  return hostile;
}

/** The ids of the planted tickets of a provider, in PLANTED_TITLES order. */
export function plantedIds(document: Record<string, unknown>, provider: string): string[] {
  const shape = TICKET_SHAPES[provider];
  const tickets = (document[provider] as Record<string, Array<Record<string, Json>>>)[shape.list];
  return PLANTED_TITLES.map((_, i) => String(tickets[i][shape.id]));
}
