// LibreOffice prints a numbered paragraph's number and the text after it as one text run, the tab
// between them only a shift inside the run:
//    88.91% of all P1 incidents were attended and ...        (number "88.", text "91% of all ...")
//       incidents where attended were done so ...            <- following lines hang under the text
// The run reads as one word "88.91%". Where the layout proves the number is a paragraph number (the
// paragraph's next line starts right of the number, under where the text begins: a hanging indent),
// the number is split off as its own word so it becomes the list marker, as in other renderings.
// One-line paragraphs numbered at the same place and size on the page follow the proven ones.
import type { PdfLine } from './lines.js';
import { glyphWeight } from './words.js';

/** A paragraph number run into the text after it: "88.91%", "87.During". */
const GLUED_NUMBER = /^(\d{1,2}[.)])(?=[^\s.)])/;

/** The hanging indent's x for each proven numbering place, keyed by its left edge and font size. */
type Place = { x0: number; fontSize: number; textX0: number };

export function splitParagraphNumbers(lines: PdfLine[]): PdfLine[] {
  const places: Place[] = [];
  lines.forEach((line, k) => {
    const m = GLUED_NUMBER.exec(line.text);
    const next = lines[k + 1];
    if (!m || !next || next.flow !== line.flow || GLUED_NUMBER.test(next.text)) return;
    if (next.box.y0 - line.box.y1 > line.fontSize || Math.abs(next.fontSize - line.fontSize) >= 1) return;
    const numberWidth = [...m[1]].reduce((w, ch) => w + glyphWeight(ch), 0) * line.fontSize;
    const indent = next.box.x0 - line.box.x0;
    if (indent >= 0.7 * numberWidth && indent <= numberWidth + 3 * line.fontSize) {
      places.push({ x0: line.box.x0, fontSize: line.fontSize, textX0: next.box.x0 });
    }
  });
  if (places.length === 0) return lines;
  return lines.map((line, k) => {
    const m = GLUED_NUMBER.exec(line.text);
    const place = m && places.find((p) => Math.abs(p.x0 - line.box.x0) <= 1 && Math.abs(p.fontSize - line.fontSize) < 0.5);
    // a next line flush under it would make it prose that starts with a figure ("2.5 million ...")
    const next = lines[k + 1];
    const flushUnder = next && next.flow === line.flow && Math.abs(next.box.x0 - line.box.x0) <= 1 &&
      next.box.y0 - line.box.y1 <= 0.5 * line.fontSize && !GLUED_NUMBER.test(next.text);
    return m && place && !flushUnder ? splitOff(line, m[1], place.textX0) : line;
  });
}

function splitOff(line: PdfLine, number: string, textX0: number): PdfLine {
  const [first, ...rest] = line.spans;
  if (!first || !first.text.startsWith(number)) return line;
  return {
    ...line,
    text: `${number} ${line.text.slice(number.length)}`,
    spans: [{ ...first, text: `${number} ${first.text.slice(number.length)}` }, ...rest],
    textX0,
    firstWordWidth: textX0 - line.box.x0,
  };
}
