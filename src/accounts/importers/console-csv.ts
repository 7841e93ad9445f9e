// A console-downloaded credentials CSV picked by the user. Consoles write a key id column, a secret
// column and often the user's name, in English or Chinese; no format is specified anywhere we can
// trust, so headers are matched loosely. Which cloud wrote the file comes from the descriptors: a
// secret header only that cloud writes, or else the shape of each row's key id.
import * as path from 'node:path';
import {
  importText,
  importWarning,
  scanSourceFile,
  suggestLabel,
  withNote,
  type FileFindings,
  type ImportCandidate,
  type ImportEnvironment,
  type ImportReport,
  type ImportWarning,
} from '../../core/credential-import';
import { looksLikeCredentialField, type ProviderDescriptor } from '../../core/provider-descriptor';
import { PROVIDERS } from '../../providers';
import { type CsvRow, parseCsv } from './csv-parser';

type Column = 'id' | 'secret' | 'user';

// Header names every cloud might use; each descriptor adds the secret headers only its console writes.
const COMMON_HEADERS: Record<Column, readonly string[]> = {
  id: ['accesskeyid', 'accesskey', 'ak', 'accessid', '访问密钥id', 'accesskeyid(ak)'],
  secret: ['secretkey', 'sk', 'secret', '访问密钥secret', '秘密访问密钥', 'secretaccesskey(sk)'],
  user: ['username', 'user', 'userprincipalname', 'userlogonname', 'logonname', 'displayname', '用户名', '用户名称', '用户登录名称', '登录名称', '显示名称'],
};

/** Reads a credentials CSV chosen by the user; rows without keys become warnings, never throws. */
export async function importConsoleCsv(environment: ImportEnvironment, filePath: string, clouds: readonly ProviderDescriptor[] = PROVIDERS): Promise<ImportReport> {
  return scanSourceFile(environment, filePath, (text, fileLabel) => csvFindings(text, fileLabel, filePath, clouds), { missingIsWarning: true });
}

function csvFindings(text: string, fileLabel: string, filePath: string, clouds: readonly ProviderDescriptor[]): FileFindings {
  const document = parseCsv(text);
  const warnings: ImportWarning[] = [];
  if (document.unterminatedQuote) warnings.push(importWarning(fileLabel, importText('{0} ends inside a quoted field; the last row may be incomplete.', fileLabel)));
  const layout = findLayout(document.rows, clouds);
  if (!layout) {
    warnings.push(importWarning(fileLabel, importText('{0} has no AccessKey id and secret columns.', fileLabel)));
    return { candidates: [], warnings };
  }
  const fallbackName = path.basename(filePath).replace(/\.csv$/i, '');
  const candidates: ImportCandidate[] = [];
  document.rows.slice(layout.firstDataRow).forEach(({ line: rowNumber, fields: row }) => {
    const accessKeyId = (row[layout.id] ?? '').trim();
    const accessKeySecret = (row[layout.secret] ?? '').trim();
    if (!accessKeyId) {
      warnings.push(importWarning(fileLabel, importText('Line {0} of {1} has no AccessKey id and was skipped.', String(rowNumber), fileLabel)));
      return;
    }
    const user = layout.user === undefined ? '' : (row[layout.user] ?? '').trim();
    const cloud = layout.cloud ?? cloudOfKeyId(accessKeyId, clouds);
    if (!cloud) {
      warnings.push(importWarning(fileLabel, importText('Line {0} of {1} has a key id of no supported cloud and was skipped.', String(rowNumber), fileLabel)));
      return;
    }
    const candidate: ImportCandidate = {
      provider: cloud.id,
      source: `${fileLabel} › line ${rowNumber}`,
      sourcePath: filePath,
      ...(user ? { profile: user } : {}),
      suggestedLabel: suggestLabel(cloud.displayName, user || fallbackName),
      accessKeyId,
      ...(accessKeySecret ? { accessKeySecret } : {}),
      importable: true,
      needsSecret: !accessKeySecret,
    };
    candidates.push(withNote(candidate, accessKeySecret ? undefined : importText('Line {0} has no secret; enter it to import.', String(rowNumber))));
  });
  return { candidates, warnings };
}

interface CsvLayout {
  id: number;
  secret: number;
  user?: number;
  /** Known from the headers; otherwise decided per row from the key id's shape. */
  cloud?: ProviderDescriptor;
  firstDataRow: number;
}

/** Lower case without spaces, underscores, hyphens and brackets: `AccessKey ID` → `accesskeyid`. */
function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-()（）[\]]/g, '');
}

function findLayout(csvRows: CsvRow[], clouds: readonly ProviderDescriptor[]): CsvLayout | undefined {
  const rows = csvRows.map((row) => row.fields);
  const names = headerNames(clouds);
  const headerIndex = rows.findIndex((row) => columnOf(row, names.id) >= 0 && columnOf(row, names.secret) >= 0);
  if (headerIndex >= 0) {
    const header = rows[headerIndex];
    const user = columnOf(header, names.user);
    const normalised = header.map(normaliseHeader);
    const cloud = clouds.find((candidate) => candidate.consoleCsv.secretHeaders.some((name) => normalised.includes(normaliseHeader(name))));
    return { id: columnOf(header, names.id), secret: columnOf(header, names.secret), ...(user >= 0 ? { user } : {}), ...(cloud ? { cloud } : {}), firstDataRow: headerIndex + 1 };
  }
  // No header: accept rows that are just "id,secret" when the id has the exact shape of some cloud's key ids.
  const first = rows[0];
  if (first && first.length >= 2 && clouds.some((cloud) => cloud.credentialFields.keyId.shape.test(first[0].trim()))) return { id: 0, secret: 1, firstDataRow: 0 };
  return undefined;
}

function headerNames(clouds: readonly ProviderDescriptor[]): Record<Column, readonly string[]> {
  const secret = [...COMMON_HEADERS.secret, ...clouds.flatMap((cloud) => cloud.consoleCsv.secretHeaders)];
  return { id: COMMON_HEADERS.id.map(normaliseHeader), secret: secret.map(normaliseHeader), user: COMMON_HEADERS.user.map(normaliseHeader) };
}

function columnOf(row: string[], names: readonly string[]): number {
  return row.findIndex((cell) => names.includes(normaliseHeader(cell)));
}

/** The cloud whose key ids have exactly this shape, else the first whose ids could look like it. */
function cloudOfKeyId(accessKeyId: string, clouds: readonly ProviderDescriptor[]): ProviderDescriptor | undefined {
  return clouds.find((cloud) => cloud.credentialFields.keyId.shape.test(accessKeyId)) ?? clouds.find((cloud) => looksLikeCredentialField(cloud.credentialFields.keyId, accessKeyId));
}
