// Every table block -> a TableRecord with tidy cells (row/column labels, groups, totals, normalised values).
//
//   2.3 The table below compares this year's budget with ...       <- title (else caption / heading above)
//   Spending Plan, £m       | 2020/21 Budget | 2021/22 Plan  <- header; "£m": unit GBP million
//   Staff Costs             | 100.0          | 104.5         <- row 1 (rows and columns count from 1)
//   **Funded by:**          |                |               <- group label: row_group of rows below
//   **Total Costs**         | **120.0**      | **125.5**     <- is_total
import type { Block, TableBlock, TableCell } from '../model.js';
import type { TableCellRecord, TableRecord } from '../records.js';
import { toValue, unitHint } from '../normalise/index.js';
import { clean } from './from-tables/table-helpers.js';
import { tableKind, tableTitle } from './from-tables/table-meta.js';
import { columnLabelsOf, findRowTotals, hasFigures, steppedColumns, sumRowsOf } from './from-tables/table-sums.js';
import { findColumnTotals } from './from-tables/table-column-sums.js';
import { groupHeadingSpans } from '../tables/headings.js';
import type { Report, SectionContext, SectionParser } from './types.js';

const TOTAL_LABEL = /^(sub[\s-]?totals?|grand total|net\b|funding gap|budget gap)|\btotals?\b/i;

export const tablesParser: SectionParser = {
  name: 'tables',
  produces: ['tables'],
  parse(ctx: SectionContext) {
    const tables: TableRecord[] = [];
    const reports = reportsByBlock(ctx.reports);
    const ids = tableIdsOf(ctx.blocks);
    ctx.blocks.forEach((block, index) => {
      const id = ids.get(block);
      if (id) tables.push(tableRecord(id, block.table!, block, index, ctx, reports.get(block)));
    });
    return { tables };
  },
};

/** The id of every table block: "p9-t1", the first table starting on page 9 ("t1" without pages). Tables
 * continued over page breaks are already one table block (joined by the reader). */
export function tableIdsOf(blocks: Block[]): Map<Block, string> {
  const ids = new Map<Block, string>();
  const perPage = new Map<string, number>();
  for (const block of blocks) {
    const table = block.kind === 'table' ? block.table : undefined;
    if (!table) continue;
    const pageKey = table.pageStart === null ? '' : `p${table.pageStart}-`;
    const n = (perPage.get(pageKey) ?? 0) + 1;
    perPage.set(pageKey, n);
    ids.set(block, `${pageKey}t${n}`);
  }
  return ids;
}

const cellText = (c: TableCell | null) => (c ? clean(c.text) : '');
const isBold = (c: TableCell | null) => !!c && (c.bold || (c.spans.length > 0 && c.spans.every((s) => s.bold || !s.text.trim())));

function tableRecord(
  id: string, table: TableBlock, block: Block, index: number, ctx: SectionContext, report: Report | undefined,
): TableRecord {
  const texts = table.grid.map((row) => row.map(cellText));
  const figureRow = (row: string[]) => row.slice(1).some((t) => toValue(t).value !== null);
  let headerRows = table.headerRows;
  if (headerRows === 0 && texts.length > 1 && !figureRow(texts[0]) && texts.slice(1).some(figureRow)) headerRows = 1;
  // a last header row with only a first cell ("Funding") is the first group label of the body
  while (headerRows > 1 && texts[headerRows - 1].slice(1).every((t) => !t)) headerRows--;
  // a row of units under the header ("£000s") belongs to it
  while (headerRows > 0 && headerRows < texts.length - 1 && isUnitRow(texts[headerRows])) headerRows++;
  const header = groupHeadingSpans(table.grid, headerRows).slice(0, headerRows).map((row) => spreadSpans(row.map(cellText), row));
  // the header repeated after a page break is not data (header rows keyed once, not again for every row)
  const headerKeys = new Set(header.map((h) => h.join('|').toLowerCase()));
  const repeated = (row: string[]) => headerKeys.has(row.join('|').toLowerCase());
  const bodyIndex = texts.map((_, r) => r).filter((r) => r >= headerRows && !repeated(texts[r]));
  const rows = bodyIndex.map((r) => texts[r]);
  const bodyGrid = bodyIndex.map((r) => table.grid[r]);
  const title = tableTitle(table, header, ctx.blocks, index);
  const unit = unitHint(title) ?? unitHint(header[0]?.[0]);
  const pageStart = table.pageStart ?? block.page;
  const pageEnd = table.pageEnd ?? block.page;
  const ocr = pageStart !== null && (ctx.doc.ocrPages ?? []).some((p) => p >= pageStart && p <= (pageEnd ?? pageStart));
  const record: TableRecord = {
    table_id: id, title, kind: 'other', unit, section: report?.title || null,
    page_start: pageStart, page_end: pageEnd,
    n_rows: rows.length, n_cols: table.nCols, ocr, header, rows, cells: [],
  };
  const labelColumn = labelColumnOf(rows);
  record.cells = tidyCells(record, bodyGrid, labelColumn, block.page);
  markTotals(record, bodyGrid, labelColumn);
  // row labels tell the kind of a table of figures; in a table of text they are prose about anything
  const labels = record.cells.some((c) => c.value !== null) ? rows.map((r) => r[labelColumn]).join(' ') : '';
  record.kind = tableKind([title ?? '', header.flat().join(' '), labels]);
  if (!record.unit) record.unit = commonUnit(record.cells);
  return record;
}

/** A header cell spanning columns labels each of them ("2022/23" over "Budget" and "Actual"). */
function spreadSpans(row: string[], cells: (TableCell | null)[]): string[] {
  const out = [...row];
  cells.forEach((cell, c) => {
    for (let k = 1; cell && k < cell.colSpan && c + k < out.length; k++) if (!out[c + k]) out[c + k] = out[c];
  });
  return out;
}

const isUnitRow = (row: string[]) => row.some((t) => t) && row.every((t) => !t || (unitHint(t) && toValue(t).value === null));

/**
 * The column of row labels: the first whose cells are mostly distinct words (a "ROW REF" column of numbers,
 * or a column repeating one word such as "Attached", comes before it).
 */
function labelColumnOf(rows: string[][]): number {
  const nCols = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < nCols - 1; c++) {
    const filled = rows.map((r) => r[c]).filter((t) => t);
    const words = filled.filter((t) => /\p{L}{3}/u.test(t));
    if (filled.length > 0 && words.length * 2 >= filled.length && new Set(words).size * 2 > words.length) return c;
  }
  return 0;
}

function tidyCells(record: TableRecord, grid: (TableCell | null)[][], labelColumn: number, page: number | null): TableCellRecord[] {
  const columnLabels = columnLabelsOf(record);
  // the unit each column label gives, and whether each cell reads as a figure: read once per table
  // (every cell of a row and every row of a column asks)
  const columnUnits = columnLabels.map(unitHint);
  const isFigure = record.rows.map((row) => row.map((t) => toValue(t).value !== null));
  const cells: TableCellRecord[] = [];
  // columns before the labels that only number the rows ("ROW REF": 1, 2, 3) hold no figures
  const refColumns = new Set([...Array(labelColumn).keys()].filter((c) =>
    record.rows.every((row, r) => !row[c] || /^\d{1,3}[a-z]?\.?$/i.test(row[c]) || !isFigure[r][c])));
  let group: string | null = null;
  let figuresAbove = false;
  const figureIn = (r: number) => isFigure[r].some((figure, c) => c > labelColumn && figure);
  const hasFiguresAnywhere = record.rows.some((_, r) => figureIn(r));
  record.rows.forEach((row, r) => {
    const filled = row.filter((t) => t);
    const figures = figureIn(r);
    // a lone text cell in a table of figures labels the rows under it ("Funded by:", "INCOME") when it
    // stands at the left or reads as a heading; otherwise it is a wrapped line of another column
    const at = row.findIndex((t) => t);
    const lone = !figures && filled.length === 1 &&
      (at <= labelColumn || isBold(grid[r]?.[at] ?? null) || /:$/.test(filled[0]) || !/\p{Ll}/u.test(filled[0]));
    const label = row[labelColumn] || (lone ? filled[0] : null);
    const isGroupLabel = hasFiguresAnywhere && lone && !!label && !TOTAL_LABEL.test(label);
    if (isGroupLabel) {
      group = label;
    }
    // "Total" may stand in any text cell before the figures ("North | Total North Region | 1,234")
    const firstFigure = isFigure[r].findIndex((figure, c) => c > labelColumn && figure);
    const words = row.slice(0, firstFigure < 0 ? 0 : firstFigure).filter((t) => t && t.length < 80);
    const isTotal = words.some((t) => TOTAL_LABEL.test(t)) && figures && figuresAbove;
    const rowGroup = isGroupLabel ? null : group;
    const labelUnit = unitHint(label);
    row.forEach((raw, c) => {
      if (!raw) return;
      const context = { unit: labelUnit ?? columnUnits[c] ?? record.unit };
      const wordsOnly = (c === labelColumn && row.length > 1) || refColumns.has(c);
      const v = wordsOnly ? { value: null, unit: null, qualifier: null } : toValue(raw, context);
      cells.push({
        table_id: record.table_id, row: r + 1, column: c + 1, row_group: rowGroup, row_label: label,
        column_label: columnLabels[c], raw, value: v.value, unit: v.unit, qualifier: v.qualifier,
        is_total: isTotal, page: grid[r]?.[c]?.page ?? page,
      });
    });
    figuresAbove ||= figures;
    if (isTotal) group = null;
  });
  return cells;
}

/**
 * Bold rows of figures, or rows whose figures stand in a column of their own, are totals if they add up;
 * so are the figures of a "Total" column that sums the columns before it. A total belongs to a row group
 * only when the rows it adds up all do.
 */
function markTotals(record: TableRecord, grid: (TableCell | null)[][], labelColumn: number): void {
  const boldRows = grid.map((row) => isBold(row[labelColumn]) || row.slice(labelColumn + 1).filter((c) => cellText(c)).every(isBold));
  const plain = sumRowsOf(record);
  const figureRows = plain.map((r, i) => (hasFigures(r) ? i : -1)).filter((i) => i >= 0);
  const allBold = figureRows.every((i) => boldRows[i]);
  const stepped = steppedColumns(plain);
  const weak = new Set(figureRows.filter((i) => (!allBold && boldRows[i]) ||
    plain[i].values.every((v, c) => v === null || stepped.has(c))));
  const covered = new Map<number, number[]>();
  for (const f of findRowTotals(sumRowsOf(record, weak))) covered.set(f.row, f.covered);
  const totalColumns = new Set(findColumnTotals(plain, columnLabelsOf(record)).map((f) => f.column + 1));
  for (const cell of record.cells) {
    if (totalColumns.has(cell.column) && cell.value !== null) cell.is_total = true;
    const rows = covered.get(cell.row - 1);
    if (!rows) continue;
    if (weak.has(cell.row - 1)) cell.is_total = true;
    const groups = new Set(rows.map((i) => plain[i].group));
    cell.row_group = groups.size === 1 ? [...groups][0] : null;
  }
}

function commonUnit(cells: TableCellRecord[]): string | null {
  const units = new Set(cells.filter((c) => c.value !== null).map((c) => c.unit));
  return units.size === 1 ? [...units][0] : null;
}

/** The (first) report holding each block, indexed once: a search of the reports per table is quadratic. */
function reportsByBlock(reports: Report[]): Map<Block, Report> {
  const byBlock = new Map<Block, Report>();
  for (const report of reports) for (const b of report.blocks) if (!byBlock.has(b)) byBlock.set(b, report);
  return byBlock;
}
