// RFC 4180 CSV reading for console credential downloads: quoted fields with doubled quotes,
// CRLF/LF/CR line ends, a leading BOM, and `;` or tab separators that some spreadsheet locales write.

export interface CsvRow {
  /** 1-based line where the row starts (quoted fields may span lines). */
  line: number;
  fields: string[];
}

export interface CsvDocument {
  rows: CsvRow[];
  /** True when the text ended inside a quoted field (the last row is then partial). */
  unterminatedQuote: boolean;
}

/** Parses CSV text into rows of fields; rows whose fields are all blank are dropped. */
export function parseCsv(text: string): CsvDocument {
  const body = text.replace(/^\uFEFF/, '');
  const separator = detectSeparator(body);
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let index = 0;
  let line = 1;
  let rowLine = 1;
  const endRow = (): void => {
    row.push(field);
    if (row.some((value) => value.trim() !== '')) rows.push({ line: rowLine, fields: row });
    row = [];
    field = '';
    rowLine = line;
  };
  while (index < body.length) {
    const char = body[index];
    if (inQuotes) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') inQuotes = false;
      else field += char;
      if (char === '\n' || (char === '\r' && body[index + 1] !== '\n')) line += 1;
      index += 1;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      field = '';
      inQuotes = true;
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && body[index + 1] === '\n') index += 1;
      line += 1;
      endRow();
    } else {
      field += char;
    }
    index += 1;
  }
  if (field !== '' || row.length > 0) endRow();
  return { rows, unterminatedQuote: inQuotes };
}

function detectSeparator(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  return ',';
}
