// The body's roster where a pack prints one:
//   Panel Members                                        | Membership: Councillor X (Chair), Councillor Y
//   Cllr A, Cllr B, Cllr C – Northtown City Council     |   (Vice-Chair), Councillor Z
//   Cllr D Name (Chair) – Southtown Metropolitan Borough Council
//   Kristina Murphy (Vice-Chair), Lionel Walker – Co-opted Independent Panel Members
// or a table whose header names the member and their council/organisation.
import type { Block } from '../model.js';
import type { Member } from '../records.js';
import { looksLikeName, organisationAndRole, splitNameList, type PersonParts } from '../normalise/names.js';
import type { SectionParser } from './types.js';

const ROSTER_HEADING = /^(?:(?:Panel|Committee|Board|Council|Cabinet)\s+)?(?:Members(?:hip)?|Membership of the \w+)\s*:?$/i;
const INLINE_ROSTER = /^Membership\s*:\s*(.+)$/is;
const DASH_TAIL = /\s*[–—]\s*|\s+-\s+/;

function officeOf(p: PersonParts): string | null {
  const text = [...p.parts, p.role ?? ''].join(' ');
  if (/\bvice[\s-]*chair/i.test(text)) return 'Vice-Chair';
  if (/\bchair(?:man|woman|person)?\b/i.test(text)) return 'Chair';
  return null;
}

function member(p: PersonParts, organisation: string | null, page: number | null): Member {
  const parts = { ...p, parts: p.parts.filter((x) => !/\bchair/i.test(x)) };
  return { name: p.name, honorific: p.honorific, organisation: organisation ?? organisationAndRole(parts).organisation, role: officeOf(p), page };
}

/** "Cllr A, Cllr B – Organisation": everyone before the last dash belongs to the organisation after it. */
function rosterLine(text: string, page: number | null): Member[] | null {
  const parts = text.split(DASH_TAIL);
  const organisation = parts.length > 1 ? parts[parts.length - 1].trim() : null;
  const names = parts.length > 1 ? parts.slice(0, -1).join(' – ') : text;
  const pieces = names.replace(/\([^()]*\)/g, ' ').split(/[,;]|\band\b/).map((s) => s.trim()).filter(Boolean);
  if (!pieces.length || pieces.filter(looksLikeName).length < pieces.length * 0.6) return null;
  return splitNameList(names).map((p) => member(p, organisation, page));
}

function fromTable(b: Block): Member[] {
  const grid = b.table?.grid ?? [];
  const header = (grid[0] ?? []).map((c) => (c?.text ?? '').toLowerCase());
  const nameCol = header.findIndex((h) => /\b(member|name|councillor)s?\b/.test(h));
  const orgCol = header.findIndex((h) => /\b(council|authority|organisation|represent\w*|area|borough)\b/.test(h));
  if (nameCol < 0 || orgCol < 0 || nameCol === orgCol) return [];
  return grid.slice(Math.max(1, b.table!.headerRows)).flatMap((row) => {
    const name = row[nameCol]?.text ?? '';
    return splitNameList(name).map((p) => member(p, row[orgCol]?.text.trim() || null, b.page));
  });
}

export const membersParser: SectionParser = {
  name: 'members',
  produces: ['members'],
  parse(ctx) {
    const members: Member[] = [];
    const blocks = ctx.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind === 'table') { members.push(...fromTable(b)); continue; }
      const inline = INLINE_ROSTER.exec(b.text);
      if (inline) { members.push(...(rosterLine(inline[1].replace(/\.$/, ''), b.page) ?? [])); continue; }
      if (!ROSTER_HEADING.test(b.text.trim()) || !(b.bold || b.kind === 'heading')) continue;
      roster: for (let j = i + 1; j < blocks.length && !blocks[j].bold && blocks[j].kind !== 'heading' && blocks[j].kind !== 'table'; j++) {
        const lines = blocks[j].lines.length ? blocks[j].lines.map((l) => l.text) : [blocks[j].text];
        for (const line of lines) {
          const found = rosterLine(line, blocks[j].page);
          if (!found) break roster;
          members.push(...found);
        }
        i = j;
      }
    }
    const seen = new Set<string>();
    return { members: members.filter((m) => m.name && !seen.has(`${m.name}|${m.organisation}`) && seen.add(`${m.name}|${m.organisation}`)) };
  },
};
