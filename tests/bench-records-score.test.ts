// The records benchmark's scorer (bench/records/score.mjs): matching rules of bench/records/README.md.
import { describe, expect, it } from 'vitest';
import { matchRecords, normName, scoreCase, scoreType, tokenSimilarity } from '../bench/records/score.mjs';

const att = (name: string, status = 'present', page = 1) => ({ name, status, page });

describe('records scorer', () => {
  it('scores a perfect prediction 1 and a missing record as lower recall only', () => {
    const truth = [att('Jane Smith'), att('John Doe'), att('Ann Lee', 'apologies')];
    expect(scoreType('attendees', truth, truth)).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1, pageAccuracy: 1 });
    const s = scoreType('attendees', truth, truth.slice(0, 2));
    expect(s).toMatchObject({ tp: 2, fp: 0, fn: 1, precision: 1 });
    expect(s.recall).toBeCloseTo(2 / 3);
  });

  it('counts an invented record against precision only', () => {
    const truth = [att('Jane Smith')];
    const s = scoreType('attendees', truth, [att('Jane Smith'), att('Agreed')]);
    expect(s).toMatchObject({ tp: 1, fp: 1, fn: 0, recall: 1, precision: 0.5 });
  });

  it('ignores honorifics and post-nominals but not the status', () => {
    expect(normName('Cllr Jane Smith')).toBe('jane smith');
    expect(normName('Mr. Peter Oakford OBE')).toBe('peter oakford');
    expect(scoreType('attendees', [att('Jane Smith')], [{ ...att('Councillor Jane Smith'), honorific: 'Cllr' }]).tp).toBe(1);
    expect(scoreType('attendees', [att('Jane Smith')], [att('Jane Smith', 'apologies')]).tp).toBe(0);
  });

  it('matches one-to-one: a repeated prediction is matched once', () => {
    const truth = [att('Jane Smith')];
    expect(scoreType('attendees', truth, [att('Jane Smith'), att('Jane Smith')])).toMatchObject({ tp: 1, fp: 1 });
  });

  it('matches the most similar title when two items share a number', () => {
    const truth = [{ minute: '5', title: 'Budget monitoring report', page: 2 }];
    const pred = [
      { minute: '5', title: 'Budget report of the director', page: 2 },
      { minute: '5', title: 'Budget monitoring report', page: 3 },
    ];
    expect(matchRecords('minute_items', truth, pred)).toEqual([[0, 1]]);
    expect(scoreType('minute_items', truth, pred).pageAccuracy).toBe(0);
  });

  it('treats a null minute as equal to an empty one, and not to a number', () => {
    const truth = [{ minute: null, title: 'Apologies', page: 1 }];
    expect(scoreType('minute_items', truth, [{ minute: '', title: 'Apologies', page: 1 }]).tp).toBe(1);
    expect(scoreType('minute_items', truth, [{ minute: '1', title: 'Apologies', page: 1 }]).tp).toBe(0);
    expect(scoreType('minute_items', [{ minute: '12', title: 'Apologies' }], [{ minute: '12.', title: 'APOLOGIES.' }]).tp).toBe(1);
    expect(scoreType('minute_items', [{ minute: '3', title: 'Apologies' }], [{ minute: '(Item 3)', title: 'Apologies' }]).tp).toBe(1);
  });

  it('needs title similarity 0.8 for agenda items and text similarity 0.7 for resolutions', () => {
    expect(tokenSimilarity('Minutes of the meeting held on 5 May', 'minutes of the meeting held on 5 May')).toBe(1);
    const truth = [{ number: '3', title: 'Minutes of the meeting held on 5 May 2024' }];
    expect(scoreType('agenda_items', truth, [{ number: '3', title: 'Minutes of the meeting held on 5 May 2024 (Pages 1-4)' }]).tp).toBe(1);
    expect(scoreType('agenda_items', truth, [{ number: '3', title: 'Minutes' }]).tp).toBe(0);
    const res = [{ minute: '7', text: 'That the accounts for the year be approved and signed by the chair.' }];
    expect(scoreType('resolutions', res, [{ minute: '7', text: 'RESOLVED: that the accounts for the year be approved and signed by the Chair' }]).tp).toBe(1);
    expect(scoreType('resolutions', res, [{ minute: '7', text: '.' }]).tp).toBe(0);
  });

  it('matches motions on proposer, seconder and result when the truth gives them', () => {
    const truth = [{ minute: '4', proposer: 'Jane Smith', seconder: 'John Doe', result: 'carried', for: null, against: null, abstain: null }];
    const ok = { minute: '4', proposer: 'Cllr Jane Smith', seconder: 'John Doe', result: 'Carried' };
    expect(scoreType('motions', truth, [ok]).tp).toBe(1);
    expect(scoreType('motions', truth, [{ ...ok, seconder: null }]).tp).toBe(0);
    expect(scoreType('motions', truth, [{ ...ok, result: 'lost' }]).tp).toBe(0);
    const noNames = [{ ...truth[0], proposer: null, seconder: null }];
    expect(scoreType('motions', noNames, [{ minute: '4', result: 'carried' }]).tp).toBe(1);
  });

  it('scores the meeting date, and a missing document as nothing found', () => {
    const c = { id: 'x', scored: ['meeting', 'attendees'], meeting: { date: '2024-01-02' }, attendees: [att('Jane Smith')] };
    expect(scoreCase(c, { meeting: { date: '2024-01-02' }, attendees: [att('Jane Smith')] }).meeting.f1).toBe(1);
    const wrong = scoreCase(c, { meeting: { date: '2024-03-31' }, attendees: [] });
    expect(wrong.meeting).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const missing = scoreCase(c, null);
    expect(missing.meeting.recall).toBe(0);
    expect(missing.attendees).toMatchObject({ tp: 0, fn: 1, recall: 0 });
  });

  it('scores an empty truth list as precision of what was output', () => {
    expect(scoreType('motions', [], [])).toMatchObject({ f1: 1 });
    expect(scoreType('motions', [], [{ minute: '1', result: 'carried' }])).toMatchObject({ fp: 1, precision: 0 });
  });
});
