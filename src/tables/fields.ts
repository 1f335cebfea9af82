// Label / value lines set in columns read as a form, not a table: a notice's "Date: | Monday 3 March" /
// "Time: | 10.00 am" / "Venue: | ...", contact blocks side by side ("Report author: Jane Ahmed" /
// "Tel: 01234 567890" / "Email: ..."), a letter's "Our ref: ..." / "Please ask for: ..." beside an address,
// signature blocks ("Signed: ...." / "Name: ..." / "Date: ..."). A table's cells name no field of their own.
import type { Row } from './rows.js';
import { textOf } from './continues.js';

/** A short label of up to three words ending in a colon, at the start of a cell (not a time, 10:30). */
const LABEL = /^(\p{L}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,2}):(?:\s|$)/u;

/** Three or more distinct labels open cells, and labelled cells are a third of the filled cells at least. */
export function labelledFields(rows: Row[]): boolean {
  const cells = rows.flatMap((r) => r.cells.filter((ws) => ws.length).map(textOf));
  const labels = cells.map((t) => LABEL.exec(t)?.[1].toLowerCase()).filter((l): l is string => l !== undefined);
  return new Set(labels).size >= 3 && labels.length * 3 >= cells.length;
}
