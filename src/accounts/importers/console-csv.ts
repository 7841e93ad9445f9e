// A console-downloaded credentials CSV picked by the user. Alibaba Cloud writes `AccessKey ID,
// AccessKey Secret` (RAM user downloads add the user's logon name, Chinese consoles use Chinese
// names for that column); Huawei Cloud writes `User Name,Access Key Id,Secret Access Key`.
// Headers are matched loosely because neither format is specified anywhere we can trust.
import * as path from 'node:path';
import { type CsvRow, parseCsv } from './csv-parser';
import { importText, importWarning, withNote } from './import-text';
import { displayPath, readSourceText } from './source-file';
import { suggestLabel } from './suggested-label';
import type { ImportCandidate, ImportEnvironment, ImportProvider, ImportReport, ImportWarning } from './types';

type Column = 'id' | 'secret' | 'user';

// Compared after lower-casing and removing spaces, underscores, hyphens and brackets.
const HEADER_NAMES: Record<Column, readonly string[]> = {
  id: ['accesskeyid', 'accesskey', 'ak', 'accessid', '访问密钥id', 'accesskeyid(ak)'],
  secret: ['accesskeysecret', 'secretaccesskey', 'secretkey', 'sk', 'secret', '访问密钥secret', '秘密访问密钥', 'secretaccesskey(sk)'],
  user: ['username', 'user', 'userprincipalname', 'userlogonname', 'logonname', 'displayname', '用户名', '用户名称', '用户登录名称', '登录名称', '显示名称'],
};

const HUAWEI_AK = /^[A-Z0-9]{20}$/;

/** Reads a credentials CSV chosen by the user; rows without keys become warnings, never throws. */
export async function importConsoleCsv(environment: ImportEnvironment, filePath: string): Promise<ImportReport> {
  const fileLabel = displayPath(filePath, environment.homeDir);
  const read = await readSourceText(environment, filePath);
  if (read.status !== 'found') {
    const warning = read.status === 'unreadable' ? read.warning : importWarning(fileLabel, importText('{0} does not exist.', fileLabel));
    return { candidates: [], warnings: [warning], scanned: [{ source: fileLabel, path: filePath, status: read.status, candidates: 0 }] };
  }
  const document = parseCsv(read.text);
  const warnings: ImportWarning[] = [];
  if (document.unterminatedQuote) warnings.push(importWarning(fileLabel, importText('{0} ends inside a quoted field; the last row may be incomplete.', fileLabel)));
  const layout = findLayout(document.rows);
  if (!layout) {
    warnings.push(importWarning(fileLabel, importText('{0} has no AccessKey id and secret columns.', fileLabel)));
    return { candidates: [], warnings, scanned: [{ source: fileLabel, path: filePath, status: 'found', candidates: 0 }] };
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
    const provider = layout.provider ?? providerFromKeyId(accessKeyId);
    const candidate: ImportCandidate = {
      provider,
      source: `${fileLabel} › line ${rowNumber}`,
      sourcePath: filePath,
      ...(user ? { profile: user } : {}),
      suggestedLabel: suggestLabel(provider, user || fallbackName),
      accessKeyId,
      ...(accessKeySecret ? { accessKeySecret } : {}),
      importable: true,
      needsSecret: !accessKeySecret,
    };
    candidates.push(withNote(candidate, accessKeySecret ? undefined : importText('Line {0} has no secret; enter it to import.', String(rowNumber))));
  });
  return { candidates, warnings, scanned: [{ source: fileLabel, path: filePath, status: 'found', candidates: candidates.length }] };
}

interface CsvLayout {
  id: number;
  secret: number;
  user?: number;
  /** Known from the headers; otherwise decided per row from the key id's shape. */
  provider?: ImportProvider;
  firstDataRow: number;
}

function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-()（）[\]]/g, '');
}

function findLayout(csvRows: CsvRow[]): CsvLayout | undefined {
  const rows = csvRows.map((row) => row.fields);
  const headerIndex = rows.findIndex((row) => columnOf(row, 'id') >= 0 && columnOf(row, 'secret') >= 0);
  if (headerIndex >= 0) {
    const header = rows[headerIndex];
    const user = columnOf(header, 'user');
    const normalised = header.map(normaliseHeader);
    const provider: ImportProvider | undefined = normalised.includes('secretaccesskey')
      ? 'huaweicloud'
      : normalised.includes('accesskeysecret')
        ? 'aliyun'
        : undefined;
    return { id: columnOf(header, 'id'), secret: columnOf(header, 'secret'), ...(user >= 0 ? { user } : {}), ...(provider ? { provider } : {}), firstDataRow: headerIndex + 1 };
  }
  // No header: accept rows that are just "id,secret" when the id has a known shape.
  const first = rows[0];
  if (first && first.length >= 2 && looksLikeKeyId(first[0].trim())) return { id: 0, secret: 1, firstDataRow: 0 };
  return undefined;
}

function columnOf(row: string[], column: Column): number {
  return row.findIndex((cell) => HEADER_NAMES[column].includes(normaliseHeader(cell)));
}

function looksLikeKeyId(value: string): boolean {
  return /^(LTAI|STS\.)[A-Za-z0-9]{8,}$/.test(value) || HUAWEI_AK.test(value);
}

function providerFromKeyId(accessKeyId: string): ImportProvider {
  return HUAWEI_AK.test(accessKeyId) ? 'huaweicloud' : 'aliyun';
}
