// Attendance printed as a table with lists side by side, read down each label's columns:
//   Present:           |                      | (blank)      |
//   Dave Horkan (DHO)  | Clerk                | Apologies:   | Peter Agate (PAG)
//   Frank Reid (FRE)   | Councillor/Chairman  |              | Tom Roberts (TRO)
//   Geoff Proctor      | Councillor           | Chair:       | Frank Reid          <- another label ends a list
// or a table of one list under a label printed above it:
//   Attendance:
//   Cllr Jo Bruce      | JB | Chairperson
//   Nicola Cooper      | NC | Parish Clerk
import type { AttendanceStatus } from '../../records.js';
import type { Block } from '../../model.js';
import { looksLikeName, splitPerson, type PersonParts } from '../../normalise/names.js';
import { asFirstLanguageList, attendanceLabel } from '../../vocab/index.js';
import { isMemberWord, isRoleHeader, isRosterHeader } from '../../vocab/attendance.js';

export interface TablePerson {
  person: PersonParts;
  status: AttendanceStatus;
  remote: boolean;
  page: number | null;
}

const cellText = (b: Block, r: number, c: number) => (b.table!.grid[r]?.[c]?.text ?? '').replace(/\s+/g, ' ').trim();
/** a member's initials in a column of their own ("JB"), left out of the role */
const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * The person of cells[at] with the first text after it that is no name (nor initials) as their role, or the
 * text in the column headed as roles (`roleCol`), which may look like a name ("Cadeirydd"), but for a bare "Councillor".
 */
function rowPerson(cells: string[], at: number, roleCol = -1): PersonParts {
  const person = splitPerson(asFirstLanguageList(cells[at]));
  const role = roleCol > at ? cells[roleCol] : cells.slice(at + 1).find((x) => x && !INITIALS.test(x));
  if (role && (roleCol > at ? !isMemberWord(role) : !looksLikeName(role))) {
    person.role = person.role ? `${person.role}, ${role}` : role;
    person.parts.push(role);
    person.affiliation = person.parts.join(', ');
  }
  return person;
}

/** People of the attendance labels among `tables`: each label owns its column and those right of it up to the next label's. */
export function tableRoster(tables: Block[]): TablePerson[] {
  const out: TablePerson[] = [];
  for (const t of tables) {
    const grid = t.table!.grid;
    const labels: { r: number; c: number; status: AttendanceStatus; remote: boolean }[] = [];
    grid.forEach((row, r) => row.forEach((cell, c) => {
      const found = cell ? attendanceLabel(cell.text.trim()) : null;
      if (found?.explicit && !found.rest) labels.push({ r, c, status: found.status, remote: found.remote });
    }));
    for (const label of labels) {
      const cols = [...new Set(labels.map((l) => l.c))].sort((a, b) => a - b);
      const end = cols.find((c) => c > label.c) ?? t.table!.nCols;
      for (let r = label.r; r < grid.length; r++) {
        const cells = Array.from({ length: end - label.c }, (_, k) => cellText(t, r, label.c + k));
        if (isRosterHeader(cells)) continue;
        // below the label, text in its own column that is no name is another label: the list ends
        if (r > label.r && cells[0] && !looksLikeName(cells[0])) break;
        const at = cells.findIndex((x, k) => (r > label.r || k > 0) && x && looksLikeName(x));
        if (at < 0) continue;
        out.push({ person: rowPerson(cells, at), status: label.status, remote: label.remote, page: grid[r][label.c + at]?.page ?? t.page });
      }
    }
  }
  return out;
}

/**
 * People of tables printed right under a label alone ("Attendance:"), one person a row, the name first;
 * `isPreamble` says whether the label belongs to the minutes being read. Returns them and the cell texts read.
 */
export function labelledTables(blocks: Block[], isPreamble: (text: string) => boolean): { people: TablePerson[]; read: Set<string> } {
  const people: TablePerson[] = [];
  const read = new Set<string>();
  blocks.forEach((b, i) => {
    const t = blocks[i + 1];
    const label = b.table ? null : attendanceLabel(b.text.trim());
    if (!t?.table || !label?.explicit || label.rest || !isPreamble(b.text)) return;
    let roleCol = -1;
    for (let r = 0; r < t.table.grid.length; r++) {
      const cells = t.table.grid[r].map((_, c) => cellText(t, r, c));
      if (isRosterHeader(cells)) {
        roleCol = cells.findIndex(isRoleHeader);
        for (const x of cells) read.add(x);
        continue;
      }
      if (!looksLikeName(cells[0])) break;
      people.push({ person: rowPerson(cells, 0, roleCol), status: label.status, remote: label.remote, page: t.table.grid[r][0]?.page ?? t.page });
      for (const x of cells) read.add(x);
    }
  });
  return { people, read };
}
