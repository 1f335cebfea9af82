import { describe, expect, it } from 'vitest';
import { clock, createProgress, progressWanted, renderProgress } from '../src/cli/progress.js';
import { colorLevel } from '../src/cli/color.js';

const strip = (s: string) => s.replace(/\r|\x1b\[[0-9;]*[mK]/g, '');

function fakeStream(columns = 200) {
  const writes: string[] = [];
  return { writes, stream: { columns, write: (t: string) => writes.push(t) } };
}

describe('progressWanted', () => {
  it('shows the bar only at a terminal, outside CI, without --quiet or --no-progress', () => {
    expect(progressWanted({}, {}, true)).toBe(true);
    expect(progressWanted({}, {}, false)).toBe(false);
    expect(progressWanted({}, { CI: 'true' }, true)).toBe(false);
    expect(progressWanted({}, { CI: '1' }, true)).toBe(false);
    expect(progressWanted({}, { CI: 'false' }, true)).toBe(true);
    expect(progressWanted({ quiet: true }, {}, true)).toBe(false);
    expect(progressWanted({ progress: false }, {}, true)).toBe(false);
  });
});

describe('renderProgress', () => {
  it('shows packs, pages, rate and ETA', () => {
    const line = strip(renderProgress({ total: 4, packsDone: 1, pagesDone: 50, elapsedMs: 10_000 }));
    expect(line).toBe('[#####---------------]  1/4 packs  50 pages  5.0 pages/s  ETA 0:30');
  });

  it('has no ETA before the first pack nor after the last', () => {
    expect(strip(renderProgress({ total: 2, packsDone: 0, pagesDone: 3, elapsedMs: 500 }))).not.toContain('ETA');
    expect(strip(renderProgress({ total: 2, packsDone: 2, pagesDone: 9, elapsedMs: 3000 }))).not.toContain('ETA');
  });

  it('formats durations as m:ss or h:mm:ss', () => {
    expect(clock(65)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
    expect(clock(-3)).toBe('0:00');
  });
});

describe('createProgress', () => {
  it('writes nothing but messages when disabled', () => {
    const { writes, stream } = fakeStream();
    const p = createProgress({ total: 3, enabled: false, stream });
    p.update(1, 10);
    p.message('a.pdf: encrypted: needs --password');
    p.done();
    expect(writes).toEqual(['a.pdf: encrypted: needs --password\n']);
  });

  it('redraws at most every 100 ms, always at the end, and clears the line when done', () => {
    let t = 0;
    const { writes, stream } = fakeStream();
    const p = createProgress({ total: 2, enabled: true, stream, now: () => t });
    p.update(0, 1);
    t = 50;
    p.update(0, 2);
    t = 150;
    p.update(1, 3);
    t = 160;
    p.update(2, 4);
    p.done();
    expect(writes.map(strip)).toEqual([
      '[--------------------]  0/2 packs  1 pages',
      '[##########----------]  1/2 packs  3 pages',
      '[####################]  2/2 packs  4 pages',
      '',
    ]);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('prints messages on their own line and redraws the bar under them', () => {
    const { writes, stream } = fakeStream();
    const p = createProgress({ total: 2, enabled: true, stream, now: () => 0 });
    p.update(1, 5);
    p.message('b.pdf: corrupt');
    expect(writes.slice(1).map(strip)).toEqual(['b.pdf: corrupt\n', '[##########----------]  1/2 packs  5 pages']);
  });

  it('fits the line to the terminal width', () => {
    const { writes, stream } = fakeStream(20);
    createProgress({ total: 2, enabled: true, stream, now: () => 0 }).update(1, 5);
    expect(strip(writes[0]).length).toBe(19);
  });

  it('assumes 80 columns when the terminal reports 0', () => {
    const { writes, stream } = fakeStream(0);
    createProgress({ total: 2, enabled: true, stream, now: () => 0 }).update(1, 5);
    expect(strip(writes[0])).toBe('[##########----------]  1/2 packs  5 pages');
  });
});

describe('colorLevel', () => {
  const support = (level: 1 | 2 | 3) => ({ level, hasBasic: true, has256: level >= 2, has16m: level >= 3 });

  it('turns colour off for NO_COLOR (when not empty)', () => {
    expect(colorLevel({ NO_COLOR: '1' }, support(3))).toBe(0);
    expect(colorLevel({ NO_COLOR: '' }, support(2))).toBe(2);
  });

  it('lets FORCE_COLOR win over NO_COLOR, as Node does', () => {
    expect(colorLevel({ NO_COLOR: '1', FORCE_COLOR: '1' }, support(1))).toBe(1);
  });

  it('follows the terminal otherwise', () => {
    expect(colorLevel({}, support(3))).toBe(3);
    expect(colorLevel({}, false)).toBe(0);
  });
});
