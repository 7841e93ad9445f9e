// Reads the `aliyun` section of a fixtures document: checks every field the emulator uses and names the
// first bad one (`aliyun.tickets[3].Notes[0].Role must be one of 2, 3`). Absent top-level fields keep
// the built-in sample's value; the fields given are kept as written, so printing them shows the input.
import { array, boolean, contentBytes, fail, integer, isoDate, object, oneOf, text, unique, type FixtureObject } from '../fixture-checks';
import type { AliyunFixtures } from './fixtures';
import { parseStatus } from './status';

/** Validates the `aliyun` section (absent fields from `defaults`); throws a FixtureError naming the bad field. */
export function readAliyunFixtures(value: unknown, defaults: AliyunFixtures): AliyunFixtures {
  const root = object(value, 'aliyun');
  const read = <T>(name: keyof AliyunFixtures, check: (field: unknown, path: string) => void): T => {
    if (root[name] === undefined) return defaults[name] as T;
    check(root[name], `aliyun.${name}`);
    return root[name] as T;
  };
  return {
    accounts: read('accounts', checkAccounts),
    directories: read('directories', checkDirectories),
    categories: read('categories', checkCategories),
    tickets: read('tickets', checkTickets),
    behaviour: read('behaviour', checkBehaviour),
    agentName: read('agentName', (name, path) => text(name, path)),
  };
}

function optional(owner: FixtureObject, field: string, path: string, check: (value: unknown, path: string) => unknown): void {
  if (owner[field] !== undefined) check(owner[field], `${path}.${field}`);
}

const optionalText = (owner: FixtureObject, field: string, path: string) => optional(owner, field, path, (v, p) => text(v, p, true));
const textList = (value: unknown, path: string) => array(value, path).forEach((item, i) => text(item, `${path}[${i}]`));

function checkAccounts(value: unknown, path: string): void {
  const accounts = array(value, path).map((entry, i) => {
    const at = `${path}[${i}]`;
    const account = object(entry, at);
    text(account.accessKeyId, `${at}.accessKeyId`);
    text(account.accessKeySecret, `${at}.accessKeySecret`);
    text(account.uid, `${at}.uid`);
    optionalText(account, 'securityToken', at);
    optional(account, 'securityTokenExpiration', at, isoDate);
    optionalText(account, 'principalName', at);
    optional(account, 'disabled', at, boolean);
    optional(account, 'deniedActions', at, textList);
    optional(account, 'contactEmails', at, textList);
    return account.accessKeyId as string;
  });
  unique(accounts, path, 'accessKeyId');
}

function checkDirectories(value: unknown, path: string): void {
  const productIds: number[] = [];
  array(value, path).forEach((entry, i) => {
    const at = `${path}[${i}]`;
    const directory = object(entry, at);
    integer(directory.DirectoryId, `${at}.DirectoryId`);
    text(directory.DirectoryName, `${at}.DirectoryName`, true);
    optionalText(directory, 'DirectoryNameZh', at);
    const products = array(directory.ProductList, `${at}.ProductList`).map((item, j) => {
      const productPath = `${at}.ProductList[${j}]`;
      const product = object(item, productPath);
      productIds.push(integer(product.ProductId, `${productPath}.ProductId`));
      text(product.ProductName, `${productPath}.ProductName`, true);
      text(product.ProductCode, `${productPath}.ProductCode`);
      for (const field of ['ProductNameZh', 'Description']) optionalText(product, field, productPath);
      for (const field of ['Hot', 'Consultation']) optional(product, field, productPath, boolean);
      return product.ProductId as number;
    });
    unique(products, `${at}.ProductList`, 'ProductId');
  });
  const repeated = productIds.find((id, i) => productIds.indexOf(id) !== i);
  if (repeated !== undefined) fail(path, `list ProductId ${repeated} twice; product ids must be unique`);
}

function checkCategories(value: unknown, path: string): void {
  for (const [productId, list] of Object.entries(object(value, path))) {
    if (!/^\d+$/.test(productId)) fail(`${path}.${productId}`, 'must be keyed by a ProductId (digits)');
    array(list, `${path}.${productId}`).forEach((entry, i) => {
      const at = `${path}.${productId}[${i}]`;
      const category = object(entry, at);
      integer(category.CategoryId, `${at}.CategoryId`);
      text(category.CategoryName, `${at}.CategoryName`, true);
      optionalText(category, 'CategoryNameZh', at);
    });
  }
}

function checkTickets(value: unknown, path: string): void {
  const ids = array(value, path).map((entry, i) => checkTicket(entry, `${path}[${i}]`));
  unique(ids, path, 'TicketId');
}

function checkTicket(value: unknown, path: string): string {
  const ticket = object(value, path);
  const id = text(ticket.TicketId, `${path}.TicketId`);
  text(ticket.Title, `${path}.Title`, true);
  text(ticket.Description, `${path}.Description`, true);
  text(ticket.CategoryId, `${path}.CategoryId`);
  text(ticket.CreatorId, `${path}.CreatorId`);
  integer(ticket.CreateTime, `${path}.CreateTime`, 0);
  oneOf(ticket.Severity, [1, 2], `${path}.Severity`);
  if ((typeof ticket.Status !== 'number' && typeof ticket.Status !== 'string') || parseStatus(ticket.Status) === undefined) {
    fail(`${path}.Status`, 'must be 1-6 or a status name (assigned, dealing, wait_feedback, feedback, wait_confirm, confirmed)');
  }
  optionalText(ticket, 'ProductCode', path);
  optionalText(ticket, 'Email', path);
  optional(ticket, 'SecretInfo', path, (info, at) => {
    const secret = object(info, at);
    optionalText(secret, 'Content', at);
    optional(secret, 'FileNameList', at, textList);
  });
  optional(ticket, 'Evaluation', path, (evaluation, at) => {
    const rating = object(evaluation, at);
    oneOf(rating.Score, ['1', '2', '3', '4', '5'], `${at}.Score`);
    boolean(rating.Solved, `${at}.Solved`);
    optionalText(rating, 'Content', at);
  });
  const dialogIds = array(ticket.Notes, `${path}.Notes`).map((note, i) => checkNote(note, `${path}.Notes[${i}]`));
  unique(dialogIds, `${path}.Notes`, 'DialogId');
  return id;
}

function checkNote(value: unknown, path: string): number {
  const note = object(value, path);
  const dialogId = integer(note.DialogId, `${path}.DialogId`);
  integer(note.CreateTime, `${path}.CreateTime`, 0);
  oneOf(note.Role, [2, 3], `${path}.Role`);
  text(note.Name, `${path}.Name`, true);
  text(note.Content, `${path}.Content`, true);
  optional(note, 'Encrypt', path, boolean);
  optional(note, 'Attachments', path, (list, at) =>
    array(list, at).forEach((entry, i) => {
      const attachmentPath = `${at}[${i}]`;
      const attachment = object(entry, attachmentPath);
      text(attachment.Name, `${attachmentPath}.Name`);
      optional(attachment, 'ObjectKey', attachmentPath, (key, keyPath) => text(key, keyPath));
      contentBytes(attachment.Text, attachment.Base64, attachmentPath, ['Text', 'Base64']);
    }),
  );
  return dialogId;
}

function checkBehaviour(value: unknown, path: string): void {
  const behaviour = object(value, path);
  optional(behaviour, 'replyToClosed', path, (v, p) => oneOf(v, ['reject', 'allow'], p));
  optional(behaviour, 'evaluateOnlyClosed', path, boolean);
  optional(behaviour, 'evaluateOnce', path, boolean);
  optional(behaviour, 'presignedUrlTtlSeconds', path, (v, p) => integer(v, p, 1));
}
