// The minutes zoo (scripts/minutes-zoo, bench/minutes-zoo): its truth is what the generated documents print,
// its proposals and votes agree with their results, and the committed cases are what the generator makes.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compose } from '../scripts/minutes-zoo/compose.mjs';
import { fold, locate } from '../scripts/minutes-zoo/locate.mjs';
import { toMarkdown, toText } from '../scripts/minutes-zoo/render.mjs';
import { zooDocuments } from '../scripts/minutes-zoo/variants.mjs';
import { ROOT } from './helpers.js';

interface Rec { minute?: string; page?: number | null; text?: string; sub_items?: string[]; result?: string; for?: number | null; against?: number | null; status?: string; name?: string }
const docs = zooDocuments().map(({ v, seed }) => ({ v, ...compose(v, seed) }));

describe('minutes zoo', () => {
  it('prints every truth record: each found in order in the plain text and the Markdown', () => {
    for (const { doc } of docs) {
      expect(() => locate([toText(doc.blocks)], doc.anchors)).not.toThrow();
      expect(() => locate([toMarkdown(doc.blocks, { title: 'bold-own-line' })], doc.anchors)).not.toThrow();
    }
  });

  it('fails a record whose words are not printed', () => {
    const record: Rec = {};
    expect(() => locate(['Present: Cllr A Smith'], [{ record, anchor: 'B Jones', loose: true }])).toThrow(/not found/);
    locate(['page one', 'RESOLVED: that the Council approve'], [{ record, anchor: 'RESOLVED: that the Council', loose: false }]);
    expect(record.page).toBe(2);
    expect(fold('24/045 FINANCE – The')).toBe('24045financethe');
  });

  it('keeps resolutions and motions under printed items, with votes that agree with the result', () => {
    for (const { doc } of docs) {
      const keys = new Set(doc.truth.minute_items.map((m: Rec) => m.minute));
      for (const r of [...doc.truth.resolutions, ...doc.truth.motions] as Rec[]) expect(keys.has(r.minute)).toBe(true);
      for (const r of doc.truth.resolutions as Rec[]) if (r.sub_items?.length) expect(r.text).toMatch(/:$/);
      for (const m of doc.truth.motions as Rec[]) {
        if (m.for == null || m.against == null) continue;
        expect(m.result === 'carried' ? m.for > m.against : m.against > m.for).toBe(true);
      }
      const people = (doc.truth.attendees as Rec[]).map((a) => a.name);
      expect(new Set(people).size).toBe(people.length);
    }
  });

  it('has committed cases that are what the generator makes (pages aside)', () => {
    const dir = path.join(ROOT, 'bench', 'minutes-zoo', 'cases');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(docs.length);
    const noPage = (xs: Rec[]) => xs.map(({ page: _page, ...r }) => r);
    for (const { v, doc, meta } of docs) {
      const c = JSON.parse(readFileSync(path.join(dir, `${v.id}.json`), 'utf8'));
      expect(c.meeting.date).toBe(meta.date);
      for (const type of ['attendees', 'minute_items', 'resolutions', 'motions']) expect(noPage(c[type])).toEqual(noPage(doc.truth[type]));
    }
  });
});
