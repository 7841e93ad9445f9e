/**
 * Everything an account shows through the project's real clients over loopback, as plain JSON, so two
 * emulators (e.g. the built-in sample and the same sample printed and loaded back) can be compared.
 * Temporary download URLs are replaced by the bytes they serve (their signatures differ per run).
 */
import type { TicketProvider } from '../../../src/core/provider';
import type { Attachment, Message } from '../../../src/core/ticket';
import { createAliyunProvider } from '../../../src/providers/aliyun/provider';
import { OsmClient } from '../../../src/providers/huaweicloud/client';
import { HuaweiCloudProvider } from '../../../src/providers/huaweicloud/provider';

export const ALIYUN_SAMPLE_KEY = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
export const HUAWEI_SAMPLE_KEY = { accessKeyId: 'testak', accessKeySecret: 'testsk' };
export const HUAWEI_SAMPLE_DOMAIN = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const NO_RETRY = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 };

export function osmClient(url: string, key = HUAWEI_SAMPLE_KEY, domainId = HUAWEI_SAMPLE_DOMAIN, locale = 'en'): OsmClient {
  return new OsmClient({ endpoint: url, credentials: async () => key, domainId, locale, utcOffsetMinutes: 480, retryPolicy: NO_RETRY });
}

export function aliyunProvider(url: string, key = ALIYUN_SAMPLE_KEY): TicketProvider {
  return createAliyunProvider({
    retryPolicy: NO_RETRY,
    timeoutMs: 5_000,
    credentials: async () => key,
    account: { id: 'fixtures', providerId: 'aliyun', label: 'fixtures', apiVersion: '2021-06-10', endpoint: url },
  });
}

async function bytesOf(url: string): Promise<string> {
  const response = await fetch(url);
  return `${response.status} ${Buffer.from(await response.arrayBuffer()).toString('base64')}`;
}

async function withoutUrls(messages: readonly Message[]): Promise<unknown[]> {
  const attachment = async ({ url, ...rest }: Attachment) => ({ ...rest, bytes: url ? await bytesOf(url) : undefined });
  return Promise.all(messages.map(async (m) => ({ ...m, attachments: await Promise.all(m.attachments.map(attachment)) })));
}

/** The Huawei account as the OSM client reads it: catalogue, labels, every case with its thread, logs and files. */
export async function readHuaweiAccount(url: string, client = osmClient(url)): Promise<Record<string, unknown>> {
  const c = client.catalogue;
  const categories = await c.categories();
  const products = categories.flatMap((s) => s.products ?? []).map((p) => p.id);
  const problems = (await Promise.all(products.map((id) => c.problemTypes(id)))).flat();
  const perProblem = await Promise.all(
    problems.map(async (p) => ({
      id: p.id,
      templates: await c.templates(p.id),
      extendsParams: await c.extendsParams(p.id),
      severities: await c.severities('any', p.id),
    })),
  );
  const listed = await client.cases.list({ limit: 100 });
  const deleted = await client.cases.list({ status: 13, limit: 100 });
  const cases = await Promise.all(
    [...listed.items, ...deleted.items].map(async (summary) => {
      const id = summary.incident_id;
      const [first, second] = [await client.messages.list(id, 0, 100), await client.messages.list(id, 100, 100)];
      const messages = { total: first.total, items: [...first.items, ...second.items] };
      const files = messages.items.flatMap((m) => m.accessory_list ?? []).map((a) => a.accessory_id);
      const urls = files.length === 0 ? [] : await client.attachments.accessUrls(files);
      return {
        summary,
        detail: await client.cases.detail(id),
        messages,
        logs: await client.cases.operateLogs(id),
        labels: await client.labels.ofCase(id),
        extendsParams: await client.cases.extendsParams(id),
        files: await Promise.all(urls.map(async (u) => ({ id: u.id, name: u.name, bytes: await bytesOf(u.url) }))),
      };
    }),
  );
  const unread = await client.messages.unreadCounts(cases.map((c) => c.summary.incident_id));
  return {
    categories,
    problems,
    perProblem,
    unread: [...unread],
    regions: await c.regions(),
    customerRegions: await c.customerRegions(),
    areaCodes: await c.areaCodes(),
    ccEmailLimit: await c.ccEmailLimit(),
    ccEmails: await c.ccEmails(),
    quota: problems[0] ? await c.quota(products[0], problems[0].id) : undefined,
    agreements: await Promise.all(['0', '1', '2'].map((type) => c.latestAgreement(type).catch((e: unknown) => String(e)))),
    labels: await client.labels.list({ limit: 100 }),
    cases,
  };
}

/** The Huawei account as the extension's provider shows it: ticket list, details, conversations, create form. */
export async function readHuaweiProvider(url: string): Promise<Record<string, unknown>> {
  const provider = new HuaweiCloudProvider(osmClient(url));
  const page = await provider.listTickets({}, { pageSize: 100 });
  const tickets = await Promise.all(
    page.items.map(async (t) => ({
      detail: await provider.getTicket(t.id),
      messages: await withoutUrls((await provider.listMessages(t.id, {})).items),
    })),
  );
  return { list: page.items, tickets, form: await provider.getCreateForm() };
}

/** The Alibaba account as the extension's provider shows it (API 2021-06-10). */
export async function readAliyunProvider(url: string, key = ALIYUN_SAMPLE_KEY): Promise<Record<string, unknown>> {
  const provider = aliyunProvider(url, key);
  const items = [];
  for (let cursor: string | undefined, pages = 0; pages < 20; pages++) {
    const page = await provider.listTickets({}, { cursor, pageSize: 50 });
    items.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  const tickets = await Promise.all(
    items.map(async (t) => ({
      detail: await provider.getTicket(t.id),
      messages: await withoutUrls((await provider.listMessages(t.id, {})).items),
    })),
  );
  return { list: items, tickets, form: await provider.getCreateForm() };
}
