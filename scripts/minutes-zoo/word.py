"""One generated set of minutes as a DOCX for LibreOffice to print (the minutes zoo, scripts/minutes-zoo).

Usage: /usr/bin/python3 word.py SPEC.json OUT.docx   (SPEC: {"font", "size", "blocks", "running": {"header",
"footer": "page-of"|"page"|null, "headerPage"}}, blocks as compose.mjs makes them: paragraphs of runs with a
role, tables (first row the header), two-column blocks printed as a borderless table).
"""
import json
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt


def field(paragraph, instr):
    """A PAGE or NUMPAGES field, which LibreOffice fills in when it prints."""
    el = OxmlElement('w:fldSimple')
    el.set(qn('w:instr'), instr)
    run = OxmlElement('w:r')
    text = OxmlElement('w:t')
    text.text = '1'
    run.append(text)
    el.append(run)
    paragraph._p.append(el)


def running(section, spec):
    run = spec['running']
    if run.get('header'):
        head = section.header.paragraphs[0]
        head.add_run(run['header'] + (' \u2013 page ' if run.get('headerPage') else '')).font.size = Pt(8)
        if run.get('headerPage'):
            field(head, 'PAGE')
    if run.get('footer'):
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.CENTER if run['footer'] == 'page-of' else WD_ALIGN_PARAGRAPH.RIGHT
        if run['footer'] == 'page-of':
            foot.add_run('Page ').font.size = Pt(8)
            field(foot, 'PAGE')
            foot.add_run(' of ').font.size = Pt(8)
            field(foot, 'NUMPAGES')
        else:
            field(foot, 'PAGE')


def paragraph(doc, block, size):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    role = block['role']
    fmt.space_after = Pt(0 if role in ('line', 'clause') else 6)
    if role == 'title' or role == 'sub':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if role == 'item':
        fmt.space_before = Pt(8)
        fmt.keep_with_next = True
    if role == 'clause':
        fmt.left_indent = Cm(1.0)
    if role == 'resolution':
        fmt.left_indent = Cm(0.6)
    for r in block['runs']:
        run = p.add_run(r['s'])
        run.bold = bool(r['b']) or role == 'sub'
        if role == 'title':
            run.font.size = Pt(size + 3)


def table(doc, rows, head, borders=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if borders:
        t.style = doc.styles['Table Grid']
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            if isinstance(cell, str):
                c.text = cell
                if head and i == 0:
                    c.paragraphs[0].runs[0].bold = True
            else:
                # a column of paragraphs (a two-column attendance block)
                c.text = ''
                for k, runs in enumerate(cell):
                    p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                    for r in runs:
                        p.add_run(r['s']).bold = bool(r['b'])
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def build(spec, out):
    doc = Document()
    normal = doc.styles['Normal']
    normal.font.name = spec['font']
    normal.font.size = Pt(spec['size'])
    # East Asian and complex-script slots too, or LibreOffice falls back for some glyphs
    rpr = normal.element.get_or_add_rPr()
    rpr.rFonts.set(qn('w:cs'), spec['font'])
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin = section.bottom_margin = Cm(2.0)
    section.left_margin = section.right_margin = Cm(2.2)
    running(section, spec)
    for b in spec['blocks']:
        if b['t'] == 'p':
            paragraph(doc, b, spec['size'])
        elif b['t'] == 'table':
            table(doc, b['rows'], b['head'])
        else:
            table(doc, [b['cols']], False, borders=False)
    doc.save(out)


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        build(json.load(f), sys.argv[2])
