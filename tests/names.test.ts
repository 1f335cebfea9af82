import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { honorificOf, organisationAndRole, splitNameList, splitPerson } from '../src/normalise/names.js';

describe('splitPerson', () => {
  it('splits honorific and a dashed affiliation with or without spaces', () => {
    expect(splitPerson('Cllr Alex Aitken – Birmingham')).toMatchObject({ name: 'Alex Aitken', honorific: 'Cllr', affiliation: 'Birmingham' });
    expect(splitPerson('Jonathan Jardine –Chief Executive, OPCC')).toMatchObject({ name: 'Jonathan Jardine', honorific: null, affiliation: 'Chief Executive, OPCC' });
    expect(splitPerson('Sarah Fradgley– Panel Scrutiny Officer, BCC')).toMatchObject({ name: 'Sarah Fradgley', affiliation: 'Panel Scrutiny Officer, BCC' });
    expect(splitPerson('Kristina Murphy - Independent Member').name).toBe('Kristina Murphy');
    expect(splitPerson('Councillor Jean-Paul Smith').name).toBe('Jean-Paul Smith');
  });
  it('keeps post-nominals and parenthesised roles apart from the name', () => {
    expect(splitPerson('Mr P M Hill, OBE')).toMatchObject({ name: 'P M Hill', honorific: 'Mr', honours: 'OBE' });
    expect(splitPerson('Sir Paul Carter CBE')).toMatchObject({ name: 'Paul Carter', honorific: 'Sir', honours: 'CBE' });
    expect(splitPerson('Mr B Watts (General Counsel, Legal)')).toMatchObject({ name: 'B Watts', role: 'General Counsel, Legal' });
    expect(splitPerson('Lionel Walker Independent Member')).toMatchObject({ name: 'Lionel Walker', role: 'Independent Member' });
  });
  it('tells an organisation from a role', () => {
    expect(organisationAndRole(splitPerson('Cllr A Aitken – Birmingham'))).toEqual({ organisation: 'Birmingham', role: null });
    expect(organisationAndRole(splitPerson('J Jardine – Chief Executive, OPCC'))).toEqual({ organisation: 'OPCC', role: 'Chief Executive' });
    expect(organisationAndRole(splitPerson('Councillor Akhtar (Coventry)'))).toEqual({ organisation: 'Coventry', role: null });
    expect(organisationAndRole(splitPerson('Mr B J Sweetland (Chairman)'))).toEqual({ organisation: null, role: 'Chairman' });
  });
  it('never throws and returns a name that is a piece of the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => {
      const p = splitPerson(s);
      expect(s.replace(/\s+/g, ' ')).toContain(p.name);
    }));
    const honorific = fc.constantFrom('Cllr ', 'Mr ', 'Dr ', '');
    // words that are honorifics or role words ("Dr", "Chair") are not generated as parts of names
    const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/)
      .filter((w) => !honorificOf(w) && !/^(?:Chair|Chairman|Chairwoman|Independent|Lay|Deputy|Chief|Head|Director|Cabinet|Leader|Substitute|Observer|Representative)$/.test(w));
    fc.assert(fc.property(honorific, word, word, fc.constantFrom(' – X', ' (Y)', ', OBE', ''), (h, a, b, tail) => {
      const p = splitPerson(`${h}${a} ${b}${tail}`);
      expect(p.name).toBe(`${a} ${b}`);
    }));
  });
});

describe('splitNameList', () => {
  const names = (t: string) => splitNameList(t).map((p) => p.name);
  it('splits commas, "and", and distributes a plural honorific', () => {
    expect(names('Mr A Smith, Mrs B Jones and Dr C Brown')).toEqual(['A Smith', 'B Jones', 'C Brown']);
    const list = splitNameList('Councillors Smith and Jones');
    expect(list.map((p) => [p.honorific, p.name])).toEqual([['Cllr', 'Smith'], ['Cllr', 'Jones']]);
  });
  it('reads prose apologies, with and without commas', () => {
    const list = splitNameList('Apologies for non-attendance were received on behalf of Councillor Akhtar (Coventry), Cllr Hussain (Sandwell) Cllr Millard (Sandwell), Cllr Razzaq (Dudley) and Lionel Walker Independent Member.');
    expect(list.map((p) => p.name)).toEqual(['Akhtar', 'Hussain', 'Millard', 'Razzaq', 'Lionel Walker']);
    expect(list[0].affiliation).toBe('Coventry');
    expect(names('The Democratic Services Manager reported apologies from Mr Paul Barrington-King, Mrs Trudy Dean, MBE, and Mr Charlie Simkins.'))
      .toEqual(['Paul Barrington-King', 'Trudy Dean', 'Charlie Simkins']);
  });
  it('keeps commas and "and" inside parentheses and role phrases', () => {
    const list = splitNameList('Mr B Watts (General Counsel) and Mr J Betts (Head of Policy, Planning and Strategy), Sue Chandler, Cabinet Member for Children');
    expect(list.map((p) => p.name)).toEqual(['B Watts', 'J Betts', 'Sue Chandler']);
    expect(list[1].role).toBe('Head of Policy, Planning and Strategy');
    expect(list[2].affiliation).toBe('Cabinet Member for Children');
    expect(splitNameList('Mr P M Hill, OBE, Mr R Love, OBE')[1]).toMatchObject({ name: 'R Love', honours: 'OBE' });
  });
  it('never throws and names are pieces of the input', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('Mr A Smith', 'and', ',', 'Cllr', '(Chair)', ' – ', 'OBE', 'x', ';'), { maxLength: 12 }), (parts) => {
      const text = parts.join(' ');
      for (const p of splitNameList(text)) expect(text.replace(/\s+/g, ' ')).toContain(p.name);
    }));
  });
});

describe('job titles after a comma', () => {
  it('stay with the person before them', () => {
    const list = splitNameList('Simon Foster, Police and Crime Commissioner, Mr John Betts, Interim Corporate Director Finance and Lionel Walker Independent Member');
    expect(list.map((p) => [p.name, p.affiliation])).toEqual([
      ['Simon Foster', 'Police and Crime Commissioner'], ['John Betts', 'Interim Corporate Director Finance'], ['Lionel Walker', 'Independent Member']]);
  });
});

describe('affiliations with "and"', () => {
  it('keeps "and" inside a dashed affiliation', () => {
    expect(splitNameList('Simon Foster – West Midlands Police and Crime Commissioner')).toHaveLength(1);
    const [p] = splitNameList('Amelia Murray – Overview and Scrutiny Manager, BCC');
    expect(organisationAndRole(p)).toEqual({ organisation: 'BCC', role: 'Overview and Scrutiny Manager' });
    expect(splitNameList('Cllr A Smith – Dudley and Cllr B Jones – Walsall').map((x) => x.name)).toEqual(['A Smith', 'B Jones']);
  });
});
