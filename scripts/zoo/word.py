"""One style's tables as one DOCX for LibreOffice to print, in a Word table style by name.

Usage: /usr/bin/python3 word.py SPEC.json OUT.docx   (SPEC: {"word": style name, "font"?, "size"?, "valign"?, "equal"?,
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


def page_field(p):
    field = OxmlElement('w:fldSimple')
    field.set(qn('w:instr'), 'PAGE')
    field.append(OxmlElement('w:r'))
    field[0].append(OxmlElement('w:t'))
    field[0][0].text = '1'
    p._p.append(field)


def running(section, text):
    """The section's header and footer: the running text, and the page number in the footer."""
    head = section.header.paragraphs[0]
    head.text = text['header']
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run(text['footer'] + ' \u2013 page ')
    page_field(foot)
    for p in (head, foot):
        for run in p.runs:
            run.font.size = Pt(8)


def repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement('w:tblHeader')
    el.set(qn('w:val'), 'true')
    tr_pr.append(el)


def add_table(doc, t, style, text_width, valign=None, equal=False):
    n_cols = len(t['widths'])
    rows = t['header'] + t['body']
    table = doc.add_table(rows=len(rows), cols=n_cols)
    table.style = doc.styles[style]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    # equal: the columns Word gives a table inserted and never resized (a table of long text always is)
    shares = [1] * n_cols if equal and not t.get('resized') else t['widths']
    widths = [int(text_width * w / sum(shares)) for w in shares]
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


def new_document(spec, space_after):
    """A document in the style's type, its first section an A4 portrait page; and the text width."""
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.name = spec.get('font') or 'Arial'
    normal.font.size = Pt(spec.get('size') or 10)
    normal.paragraph_format.space_after = Pt(space_after)
    return doc, page(doc.sections[0], False)


def build(spec, out):
    doc, width = new_document(spec, 0)
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
        add_table(doc, t, spec['word'], width, spec.get('valign'), spec.get('equal'))
        if t.get('note'):
            note = doc.add_paragraph()
            note.paragraph_format.space_before = Pt(6)
            note.add_run(t['note']).font.size = Pt(8.5)
    doc.save(out)


def layout_table(doc, cells, widths):
    """A borderless table holding one row of cells, each a list of lines: how Word users set blocks side by side."""
    table = doc.add_table(rows=1, cols=len(cells))  # the document's default table style: no borders
    table.autofit = False
    for c, lines in enumerate(cells):
        cell = table.cell(0, c)
        cell.width = widths[c]
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    return table


def tabbed(doc, text, stop, hang=False):
    p = doc.add_paragraph(text)
    p.paragraph_format.tab_stops.add_tab_stop(stop)
    if hang:
        p.paragraph_format.left_indent = stop
        p.paragraph_format.first_line_indent = -stop
    return p


def negative_block(doc, b, width):
    right = WD_ALIGN_PARAGRAPH.RIGHT if b.get('align') == 'right' else None
    kind = b['kind']
    if kind == 'heading':
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        run = p.add_run(b['text'])
        run.bold = True
        run.font.size = Pt(12)
        return p
    if kind == 'para':
        p = doc.add_paragraph(b['text'])
        p.alignment = right
        return p
    if kind == 'lines':
        if b.get('box'):  # a contact panel: a one-cell grid
            table = layout_table(doc, [b['lines']], [int(width * 0.6)])
            table.style = doc.styles['Table Grid']
            return table
        for line in b['lines']:
            doc.add_paragraph(line).alignment = right
        return None
    if kind == 'list':
        for i, item in enumerate(b['items']):
            if b['style'] == 'bullet':
                doc.add_paragraph(item, style='List Bullet')
            else:
                mark = {'number': f'{i + 1}.', 'letter': f'({chr(97 + i)})'}.get(b['style'], f"{b.get('start')}.{i + 1}")
                tabbed(doc, f'{mark}\t{item}', Cm(1.2), hang=True)
        return None
    if kind == 'pairs':
        if b['layout'] == 'grid':
            table = doc.add_table(rows=len(b['pairs']), cols=2)
            table.autofit = False
            for r, pair in enumerate(b['pairs']):
                for c, text in enumerate(pair):
                    table.cell(r, c).width = [Cm(2.8), width - Cm(2.8)][c]
                    table.cell(r, c).text = text
            return table
        for k, v in b['pairs']:
            tabbed(doc, f'{k}\t{v}', Cm(2.8))
        return None
    if kind == 'side':
        left, right_lines = b['blocks']
        if b['layout'] == 'grid':
            return layout_table(doc, b['blocks'], [width // 2, width // 2])
        for i in range(max(len(left), len(right_lines))):
            a = left[i] if i < len(left) else ''
            tabbed(doc, f"{a}\t{right_lines[i] if i < len(right_lines) else ''}", width // 2)
        return None
    if kind == 'columns':
        # a continuous section in two page columns, then back to one
        cols_section = doc.add_section(WD_SECTION.CONTINUOUS)
        cols = cols_section._sectPr.find(qn('w:cols'))
        if cols is None:
            cols = OxmlElement('w:cols')
            cols_section._sectPr.append(cols)
        cols.set(qn('w:num'), '2')
        cols.set(qn('w:space'), '454')  # 0.8 cm
        for text in b['paras']:
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(8)
        return None
    raise ValueError(kind)


def build_negatives(spec, out):
    """The negative pages (negatives.mjs): one a page, under a two-part running header and footer."""
    doc, width = new_document(spec, 6)
    run_text = spec['negatives']['running']
    for part, text in ((doc.sections[0].header, f"{run_text['left']}\t\t{run_text['right']}"),
                       (doc.sections[0].footer, f"{run_text['footer']}\t\tPage ")):
        p = part.paragraphs[0]
        p.text = text
        for r in p.runs:
            r.font.size = Pt(8)
    page_field(doc.sections[0].footer.paragraphs[0])
    for i, pg in enumerate(spec['negatives']['pages']):
        if i:
            # a new page section in one column (the page before may have ended in two)
            section = doc.add_section(WD_SECTION.NEW_PAGE)
            for cols in section._sectPr.findall(qn('w:cols')):
                cols.set(qn('w:num'), '1')
        for b in pg['blocks']:
            negative_block(doc, b, width)
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
            spec = json.load(f)
        (build_negatives if 'negatives' in spec else build)(spec, sys.argv[2])
