import { describe, expect, it } from 'vitest';
import { isAcronymOf } from '../../../../src/core/builder/actors';
import { alias, byAlias, draft } from './helpers';

describe('organisations pass: bodies, acronyms and armed groups', () => {
  it('joins an acronym to the name it abbreviates, case-sensitive', () => {
    const { actors } = draft(
      'The Northern Relief Agency (NRA) opened two clinics. The agency said more would follow. NRA staff were tired.',
    );
    const agency = byAlias(actors, 'Northern Relief Agency')!;
    expect(alias(agency, 'NRA')).toMatchObject({ caseSensitive: true, standalone: false });
    expect(alias(agency, 'agency')).toMatchObject({ standalone: false });
    expect(actors.filter((a) => a.kind !== 'country' && a.kind !== 'person')).toHaveLength(1);
  });

  it('gives a record label or a studio its short name once introduced, so that its later mentions count', () => {
    const { actors } = draft(
      [
        'On Monday, Harbour Lights Records issued a statement about the tour.',
        'The singer accused Harbour Lights of blocking her tour, and Harbour Lights Label Group said nothing.',
      ].join('\n'),
    );
    expect(byAlias(actors, 'Harbour Lights Records')?.aliases.map((a) => a.text)).toContain('Harbour Lights');
  });

  it('recognises acronyms built from word starts', () => {
    expect(isAcronymOf('CENTCOM', 'U.S. Central Command')).toBe(true);
    expect(isAcronymOf('IS', 'Islamic State')).toBe(true);
    expect(isAcronymOf('NATO', 'North Atlantic Treaty Organization')).toBe(true);
    expect(isAcronymOf('FBI', 'Federal Reserve')).toBe(false);
  });

  it('makes a group an armed group when the article calls it militant, and merges "also known as"', () => {
    const { actors } = draft('The Red Dawn Front, also known as RDF, attacked a convoy. RDF fighters withdrew before dawn.');
    const group = byAlias(actors, 'RDF')!;
    expect(group.kind).toBe('armed-group');
    expect(alias(group, 'Red Dawn Front')).toBeDefined();
    expect(actors.filter((a) => a.kind === 'armed-group' || a.kind === 'organization')).toHaveLength(1);
  });

  it('does not take an acronym in capitals-only text or a web address for a name', () => {
    const { actors } = draft('BREAKING NEWS FROM THE COAST TONIGHT\nSee https://example.org for more.');
    expect(actors.filter((a) => a.kind !== 'country')).toEqual([]);
  });

  it('joins "and" inside an "of" name and reads a short form in brackets', () => {
    const { actors } = draft('The Society of Engineers and Firemen (Sef) called a strike. Baghdad and Washington disagreed.');
    expect(byAlias(actors, 'Society of Engineers and Firemen')?.aliases.map((a) => a.text)).toContain('Sef');
    expect(actors.some((a) => a.aliases.some((al) => al.text === 'Baghdad and Washington'))).toBe(false);
  });

  it('joins "and" when a body\'s head noun ends the name, not between two firms or a person and a body', () => {
    const { actors } = draft(
      'The House Rivers and Harbours Committee met on Monday. Lumora and Brightwave Inc merged. Ana Lima and Fisheries Council staff spoke. The Baltic Press and Harbour Network agreed, as did NRA and Coast Council.',
    );
    expect(byAlias(actors, 'House Rivers and Harbours Committee')).toBeDefined();
    expect(actors.some((a) => a.aliases.some((al) => al.text === 'House Rivers' || al.text === 'Harbours Committee'))).toBe(false);
    expect(actors.some((a) => a.aliases.some((al) => /Lumora and|Lima and|Press and|NRA and/.test(al.text)))).toBe(false);
  });

  it('takes no common word that opens a sentence, adjective of party or creed, or contraction for a body', () => {
    const { actors } = draft(
      [
        'Peace is near, the envoy said on Monday. Talks on peace resume next week.',
        'Having said that, the envoy left the room.',
        '"I\'ve said it before," Ana Lima said. Others call it a farce.',
        'Republican leaders met. A Muslim civil rights group objected, and Western states said so.',
      ].join('\n'),
    );
    for (const word of ['Peace', 'Having', "I've", 'Others', 'Republican', 'Muslim', 'Western'])
      expect(byAlias(actors, word)).toBeUndefined();
    expect(byAlias(actors, 'Ana Lima')?.kind).toBe('person');
  });

  it('takes no law, no church-goer and no place after "mayor of" for an actor, and keeps a person\'s possessive out of a body\'s name', () => {
    const { actors } = draft(
      [
        'The Clean Harbours Act passed on Monday, and Grace Hill Baptist Church held a vigil.',
        'The mayor of Little Harbor said the council agreed.',
        'Tom Hale said so. Hale’s Fisheries Department disagreed.',
      ].join('\n'),
    );
    expect(byAlias(actors, 'Clean Harbours Act')).toBeUndefined();
    expect(byAlias(actors, 'Grace Hill Baptist Church')?.kind).toBe('organization');
    expect(byAlias(actors, 'Little Harbor')).toBeUndefined();
    expect(byAlias(actors, 'Fisheries Department')).toBeDefined();
    expect(actors.some((a) => a.aliases.some((al) => /Hale’s Fisheries/.test(al.text)))).toBe(false);
  });

  it('takes no place before a title or after "governor of" for a person named by one word', () => {
    const { actors } = draft('Marion Sen. Tom Hale spoke on Monday. As governor of Marion, Hale signed the bill.');
    expect(byAlias(actors, 'Marion')).toBeUndefined();
    expect(byAlias(actors, 'Tom Hale')?.kind).toBe('person');
  });

  it('takes the acronyms of things, positions and modifiers for no body ("VR headsets", "DL Marcus Tolliver", "HIV")', () => {
    const { actors } = draft('VR headsets sold well. Ridgebacks DL Marcus Tolliver spoke. HIV rates fell. The IPO was delayed.');
    for (const acronym of ['VR', 'DL', 'HIV', 'IPO']) expect(byAlias(actors, acronym)).toBeUndefined();
  });

  it('keeps an acronym that speaks or that someone speaks for', () => {
    const { actors } = draft('The market grew, according to QMR. Neil Ashby, an analyst at QMR, agreed.');
    expect(byAlias(actors, 'QMR')?.kind).toBe('organization');
  });

  it('takes a one-word name that speaks for a body, but not a plural or a surname', () => {
    const { actors } = draft(
      'Greenpeace said the spill was large. Analysts said it was small.\nTom Ward, a researcher, disagreed. Ward said it was medium.',
    );
    expect(byAlias(actors, 'Greenpeace')?.kind).toBe('organization');
    expect(byAlias(actors, 'Analysts')).toBeUndefined();
    expect(byAlias(actors, 'Ward')?.kind).toBe('person');
  });

  it('reads a name that opens on a body\'s head noun and "of the" as that body ("Office of the Inspector General")', () => {
    const { actors } = draft('The ferry was late. On Monday the agency’s Office of the Inspector General issued two reviews.');
    expect(byAlias(actors, 'Office of the Inspector General')?.kind).toBe('government');
  });

  it('reads a body named with a possessive ("the U.S. Attorney\'s Office") as one name', () => {
    const { actors } = draft("The U.S. Attorney's Office said the man pleaded guilty.");
    expect(byAlias(actors, "U.S. Attorney's Office")?.kind).toBe('government');
  });
});

describe('organisations pass: armed forces and countries', () => {
  it("merges a country's troops, forces and military into one military actor", () => {
    const { actors } = draft("Polish troops arrived on Monday. Poland's armed forces said the Polish military would stay a month.");
    const military = actors.filter((a) => a.kind === 'military');
    expect(military).toHaveLength(1);
    expect(military[0]!.aliases.map((a) => a.text).sort()).toEqual(["Poland's armed forces", 'Polish military', 'Polish troops'].sort());
    expect(byAlias(actors, 'Poland')?.kind).toBe('country');
  });

  it('does not read a country in an outlet credited with "via"', () => {
    const { actors } = draft('"We settle it on the field," Marcus Tolliver said, via Daily Courier.');
    expect(actors.some((a) => a.kind === 'country')).toBe(false);
  });
});
