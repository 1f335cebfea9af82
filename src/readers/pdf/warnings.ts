// pdf.js's own warnings about a damaged file, turned into document warnings. pdf.js repairs what it can
// (re-indexes a broken cross-reference table, skips an undecodable stream or a bad operator) and says so
// only in a console warning; a reader of the output should know that what was read may be incomplete.
import type { Warning } from '../../model.js';

interface Rule {
  test: RegExp;
  code: string;
  /** document-level (the file's structure) rather than about the page being read */
  document: boolean;
  describe: (message: string) => string;
}

const RULES: Rule[] = [
  {
    test: /Indexing all PDF objects|XRef|xref|indexObjects|startxref|Pages tree|invalid first page|circular reference/i,
    code: 'pdf_repaired',
    document: true,
    describe: () => 'damaged file structure (cross-reference table or page tree); pdf.js rebuilt it, some content may be missing',
  },
  {
    test: /Invalid stream|ignoring errors during|Unknown command|Skipping command|flate stream|Bad FCHECK|ParserEOF/i,
    code: 'page_damaged',
    document: false,
    describe: (m) => `damaged page content, read as far as possible (${m.replace(/\s+/g, ' ').slice(0, 120)})`,
  },
  {
    test: /font|glyph|\bTT:|cmap/i,
    code: 'font_problem',
    document: false,
    describe: () => 'a font could not be read fully; some text on this page may be missing or garbled',
  },
];

/** Most pdf.js warnings of one damaged file say the same thing: keep at most this many. */
const MAX_WARNINGS = 20;

export class PdfWarnings {
  readonly warnings: Warning[] = [];
  private readonly seen = new Set<string>();

  /** A pdf.js warning raised while reading `page` (null while opening the file). */
  add(message: string, page: number | null): void {
    const rule = RULES.find((r) => r.test.test(message));
    if (!rule || this.warnings.length >= MAX_WARNINGS) return;
    const at = rule.document ? null : page;
    const key = `${rule.code}:${at}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.warnings.push({ code: rule.code, message: rule.describe(message), page: at });
  }
}
