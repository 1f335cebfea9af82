// Where the truth records of a printed document landed: each record's printed words (`anchor`) looked up
// in the text of the pages, after folding case, spacing and punctuation (a line break or a running header
// between two words does not matter; a page break inside the first words does, so a shorter start is tried).

export const fold = (s) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Sets `page` on every anchor's record, in document order: each is looked for after the one before (the
 * names of an attendance block, which two-column layouts print out of order, anywhere from the current
 * page on). A record whose words are not found throws: a truth that cannot be placed is not written.
 */
export function locate(pageTexts, anchors) {
  const pages = pageTexts.map(fold);
  let page = 0;
  let pos = 0;
  for (const a of anchors) {
    let found = null;
    for (const len of [30, 12]) {
      const f = fold(a.anchor).slice(0, len);
      for (let p = page; p < pages.length && !found; p++) {
        const i = pages[p].indexOf(f, a.loose || p > page ? 0 : pos);
        if (i >= 0) found = { p, i: i + f.length };
      }
      if (found) break;
    }
    if (!found) throw new Error(`"${a.anchor}" not found from page ${page + 1}`);
    a.record.page = found.p + 1;
    if (!a.loose) [page, pos] = [found.p, found.i];
  }
}
