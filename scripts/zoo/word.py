"""One style's tables as one DOCX for LibreOffice to print, in a Word table style by name.

Usage: /usr/bin/python3 word.py SPEC.json OUT.docx   (SPEC: {"word": style name, "font"?, "size"?, "valign"?,
"tables": [...], "running": {"header", "footer"}} as in archetypes.mjs and styles.mjs). Each table on a page of its own, the wide one in a landscape section, header rows marked
to repeat on every page. `--read OUT.docx` prints the cell texts of each table back as JSON (for the test).
"""
import json
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

A4 = (Cm(21.0), Cm(29.7))
MARGIN_TB, MARGIN_LR = Cm(1.8), Cm(1.6)


def page(section, landscape):
    w, h = A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (h, w) if landscape else (w, h)
    section.top_margin = section.bottom_margin = MARGIN_TB
    section.left_margin = section.right_margin = MARGIN_LR
    return section.page_width - 2 * MARGIN_LR


def running(section, text):
    """The section's header and footer: the running text, and the page number in the footer."""
    head = section.header.paragraphs[0]
    head.text = text['header']
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(text['footer'] + ' \u2013 page ')
    field = OxmlElement('w:fldSimple')
    field.set(qn('w:instr'), 'PAGE')
    field.append(OxmlElement('w:r'))
    field[0].append(OxmlElement('w:t'))
    field[0][0].text = '1'
    foot._p.append(field)
    for p in (head, foot):
        for run in p.runs:
            run.font.size = Pt(8)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    tr_pr.append(el)


def add_table(doc, t, style, text_width, valign=None):
    n_cols = len(t['widths'])
    rows = t['header'] + t['body']
    table = doc.add_table(rows=len(rows), cols=n_cols)
    table.style = doc.styles[style]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    total = sum(t['widths'])
    widths = [int(text_width * w / total) for w in t['widths']]
    # LibreOffice lays out by the table grid's column widths, Word by the cells': set both
    for c, w in enumerate(widths):
        table.columns[c].width = w
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.width = widths[c]
            cell.text = text
            if valign:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if c in t['numeric']:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in range(len(t['header'])):
        repeat_header(table.rows[r])
    for s in t['spans']:
        top = table.cell(s['row'], s['col'])
        text = top.text
        top.merge(table.cell(s['row'] + s['rowspan'] - 1, s['col'] + s['colspan'] - 1))
        # merging joins the texts of the covered cells ('' here) as extra paragraphs: keep one
        top.text = text
        if s['col'] in t['numeric']:
            top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def build(spec, out):
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.name = spec.get('font') or 'Arial'
    normal.font.size = Pt(spec.get('size') or 10)
    normal.paragraph_format.space_after = Pt(0)
    width = page(doc.sections[0], False)
    running(doc.sections[0], spec['running'])
    landscape = False
    for i, t in enumerate(spec['tables']):
        turn = bool(t.get('landscape')) != landscape
        if turn:
            landscape = not landscape
            width = page(doc.add_section(WD_SECTION.NEW_PAGE), landscape)
        title = doc.add_paragraph()
        title.paragraph_format.page_break_before = i > 0 and not turn and not t.get('samePage')
        title.paragraph_format.space_before = Pt(18 if t.get('samePage') else 0)
        title.paragraph_format.space_after = Pt(8)
        run = title.add_run(t['title'])
        run.bold = True
        run.font.size = Pt(12)
        doc.add_paragraph(t['intro']).paragraph_format.space_after = Pt(8)
        add_table(doc, t, spec['word'], width, spec.get('valign'))
        if t.get('note'):
            note = doc.add_paragraph()
            note.paragraph_format.space_before = Pt(6)
            note.add_run(t['note']).font.size = Pt(8.5)
    doc.save(out)


def read(path):
    """Cell texts of each table, a merged cell's text at its top-left position and '' where it covers."""
    out = []
    for table in Document(path).tables:
        seen, grid = set(), []
        for row in table.rows:
            cells = []
            for cell in row.cells:
                cells.append('' if cell._tc in seen else cell.text)
                seen.add(cell._tc)  # held, so lxml keeps one proxy per cell
            grid.append(cells)
        out.append(grid)
    print(json.dumps(out))


if __name__ == '__main__':
    if sys.argv[1] == '--read':
        read(sys.argv[2])
    else:
        with open(sys.argv[1], encoding='utf-8') as f:
            build(json.load(f), sys.argv[2])
