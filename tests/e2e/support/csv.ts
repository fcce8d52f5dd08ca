/**
 * A strict CSV reader (RFC 4180) for the tests: quoted fields with doubled quotes, commas and line
 * breaks inside quotes, CRLF or LF line ends, and a byte-order mark before the first field.
 * Throws on a quote inside an unquoted field or a quoted field left open.
 */
export function parseCsv(text: string): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '"' && field === '') {
      // A quoted field: up to the closing quote ("" is one quote).
      let j = i + 1;
      for (;;) {
        if (j >= s.length) throw new Error(`CSV: quoted field left open at ${i}`);
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            field += '"';
            j += 2;
            continue;
          }
          break;
        }
        field += s[j];
        j++;
      }
      i = j + 1;
      const next = s[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') throw new Error(`CSV: text after a closing quote at ${i}`);
      continue;
    }
    if (c === '"') throw new Error(`CSV: quote inside an unquoted field at ${i}`);
    if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** CSV rows as records keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => {
    if (r.length !== header.length) throw new Error(`CSV: a row of ${r.length} fields under a header of ${header.length}`);
    return Object.fromEntries(header.map((h, i) => [h, r[i]!]));
  });
}
