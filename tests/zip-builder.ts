// Build small zips (and DOCX files) in tests: deflated or stored entries, a central directory, nothing else.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** store instead of deflate */
  stored?: boolean;
}

export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data, 'utf8');
    const data = p.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(p.name, 'utf8');
    // the local header and the central directory record share a run of fields: method .. name length
    const fields = (buf: Buffer, at: number) => {
      buf.writeUInt16LE(p.stored ? 0 : 8, at);
      buf.writeUInt32LE(crc32(raw), at + 6);
      buf.writeUInt32LE(data.length, at + 10);
      buf.writeUInt32LE(raw.length, at + 14);
      buf.writeUInt16LE(name.length, at + 18);
      return buf;
    };
    const head = fields(Buffer.alloc(30), 8);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    const central = fields(Buffer.alloc(46), 10);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(0x00140014, 4); // versions made by / needed: 2.0
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, data);
    centrals.push(central, name);
    offset += head.length + name.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal Word document whose body is `bodyXml` (w:p, w:tbl elements) with the given paragraph styles. */
export function buildDocx(bodyXml: string, stylesXml = '', extra: ZipPart[] = []): Buffer {
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    },
    { name: 'word/document.xml', data: `<?xml version="1.0"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>` },
    { name: 'word/styles.xml', data: `<?xml version="1.0"?><w:styles ${W}>${stylesXml}</w:styles>` },
    ...extra,
  ]);
}

/** A paragraph, optionally in a style, with one run per text (a bold run as {b: text}). */
export function para(runs: (string | { b: string })[], style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  const r = runs.map((x) => (typeof x === 'string' ? `<w:r><w:t xml:space="preserve">${x}</w:t></w:r>` : `<w:r><w:rPr><w:b/></w:rPr><w:t>${x.b}</w:t></w:r>`));
  return `<w:p>${pPr}${r.join('')}</w:p>`;
}

/** A table cell; span: columns it covers; vMerge: 'restart' starts a vertical merge, 'continue' continues it. */
export function cell(text: string, span = 1, vMerge?: 'restart' | 'continue'): string {
  const pr = (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') + (vMerge ? `<w:vMerge${vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : '');
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${para(text ? [text] : [])}</w:tc>`;
}

export function table(rows: string[][]): string {
  return `<w:tbl>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`;
}

export function paragraphStyle(id: string, name: string, basedOn?: string, outline?: number): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>` +
    (basedOn ? `<w:basedOn w:val="${basedOn}"/>` : '') +
    (outline !== undefined ? `<w:pPr><w:outlineLvl w:val="${outline}"/></w:pPr>` : '') + '</w:style>';
}
