// A strict RFC 4180 reader for tests: rejects what a conforming writer never produces (bare CR, stray quotes,
// an unterminated last record), so that reading our CSVs back checks the format as well as the values.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
      continue;
    }
    if (c === ',' || c === '\n') {
      row.push(field);
      field = '';
      wasQuoted = false;
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
    else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      inQuotes = true;
      wasQuoted = true;
    } else if (c === '\r') throw new Error(`bare CR outside quotes at ${i}`);
    else field += c;
  }
  if (inQuotes || field !== '' || row.length > 0) throw new Error('last record not ended by \\n');
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
