import { describe, expect, it } from 'vitest';
import { type DraftActor, extractActors, findMentions, isAcronymOf } from '../../../../src/core/builder/actors';
import { splitSentences } from '../../../../src/core/builder/text';

function actorsOf(text: string): DraftActor[] {
  return extractActors(text, splitSentences(text)).actors;
}

function byAlias(actors: DraftActor[], alias: string): DraftActor | undefined {
  return actors.find((a) => a.aliases.some((x) => x.text === alias));
}

function alias(actor: DraftActor | undefined, text: string) {
  return actor?.aliases.find((a) => a.text === text);
}

describe('extractActors: people', () => {
  const text = [
    "Norway's Fisheries Minister Ingrid Solberg-Dahl said on Monday that the cod stock had recovered.",
    'Solberg-Dahl added that quotas would rise. A statement from Solberg-Dahl’s office said talks would continue.',
    'The minister later met the head of the Baltic Fishing Council, Marek Zielinski, in Oslo.',
  ].join('\n');
  const actors = actorsOf(text);

  it('merges the full name, the surname and the titled surname into one person', () => {
    const people = actors.filter((a) => a.kind === 'person');
    expect(people.map((p) => p.name).sort()).toEqual(['Ingrid Solberg-Dahl', 'Marek Zielinski']);
    const minister = byAlias(actors, 'Ingrid Solberg-Dahl')!;
    expect(minister.id).toBe('ingrid-solberg-dahl');
    expect(alias(minister, 'Ingrid Solberg-Dahl')).toMatchObject({ standalone: true, caseSensitive: false });
    expect(alias(minister, 'Solberg-Dahl')).toMatchObject({ standalone: false });
    expect(alias(minister, 'Fisheries Minister Solberg-Dahl')).toMatchObject({ standalone: true });
  });

  it('ties the office to its one holder, as a form that needs context', () => {
    const minister = byAlias(actors, 'Ingrid Solberg-Dahl')!;
    expect(alias(minister, 'fisheries minister')).toMatchObject({ standalone: false });
    expect(minister.role).toBe('Fisheries Minister of Norway');
  });

  it('reads a role from an apposition', () => {
    expect(byAlias(actors, 'Marek Zielinski')?.role).toBe('head of the Baltic Fishing Council');
  });

  it("makes a person's office an actor of its own, not highlighted by default", () => {
    const office = byAlias(actors, 'Solberg-Dahl’s office');
    expect(office).toMatchObject({ kind: 'government', highlight: false });
  });

  it('keeps countries apart from people and organisations', () => {
    expect(byAlias(actors, 'Norway')?.kind).toBe('country');
    expect(byAlias(actors, 'Baltic Fishing Council')?.kind).toBe('organization');
  });

  it('does not keep a surname alias when two people share it', () => {
    const two = actorsOf('Anna Berg said the bridge was safe. Her brother Olaf Berg said it was not. Berg laughed.');
    expect(two.filter((a) => a.kind === 'person')).toHaveLength(2);
    for (const person of two) expect(alias(person, 'Berg')).toBeUndefined();
  });
});

describe('extractActors: organisations, acronyms and armed groups', () => {
  it('joins an acronym to the name it abbreviates, case-sensitive', () => {
    const actors = actorsOf('The Northern Relief Agency (NRA) opened two clinics. The agency said more would follow. NRA staff were tired.');
    const agency = byAlias(actors, 'Northern Relief Agency')!;
    expect(alias(agency, 'NRA')).toMatchObject({ caseSensitive: true, standalone: false });
    expect(alias(agency, 'agency')).toMatchObject({ standalone: false });
    // "Agency" reads as a public body; either way there is one actor, not two.
    expect(actors.filter((a) => a.kind !== 'country' && a.kind !== 'person')).toHaveLength(1);
  });

  it('recognises acronyms built from word starts', () => {
    expect(isAcronymOf('CENTCOM', 'U.S. Central Command')).toBe(true);
    expect(isAcronymOf('IS', 'Islamic State')).toBe(true);
    expect(isAcronymOf('NATO', 'North Atlantic Treaty Organization')).toBe(true);
    expect(isAcronymOf('FBI', 'Federal Reserve')).toBe(false);
  });

  it('makes a group an armed group when the article calls it militant, and merges "also known as"', () => {
    const actors = actorsOf('The Red Dawn Front, also known as RDF, attacked a convoy. RDF fighters withdrew before dawn.');
    const group = byAlias(actors, 'RDF')!;
    expect(group.kind).toBe('armed-group');
    expect(alias(group, 'Red Dawn Front')).toBeDefined();
    expect(actors.filter((a) => a.kind === 'armed-group' || a.kind === 'organization')).toHaveLength(1);
  });

  it('does not take an acronym in capitals-only text or a web address for a name', () => {
    const actors = actorsOf('BREAKING NEWS FROM THE COAST TONIGHT\nSee https://example.org for more.');
    expect(actors.filter((a) => a.kind !== 'country')).toEqual([]);
  });
});

describe('extractActors: names at the start of a sentence', () => {
  it('keeps a first word that begins a longer name, and drops one that does not', () => {
    const actors = actorsOf('Network Rail warned of delays.\nTransport Secretary Louise Haigh urged calm.\nFormer President Ana Lima agreed.');
    expect(byAlias(actors, 'Network Rail')?.kind).toBe('organization');
    expect(byAlias(actors, 'Louise Haigh')?.role).toBe('Transport Secretary');
    expect(byAlias(actors, 'Ana Lima')).toBeDefined();
    expect(actors.some((a) => a.aliases.some((al) => al.text.startsWith('Former')))).toBe(false);
  });

  it('joins "and" inside an "of" name and reads a short form in brackets', () => {
    const actors = actorsOf('The Society of Engineers and Firemen (Sef) called a strike. Baghdad and Washington disagreed.');
    const society = byAlias(actors, 'Society of Engineers and Firemen');
    expect(society?.aliases.map((a) => a.text)).toContain('Sef');
    expect(actors.some((a) => a.aliases.some((al) => al.text === 'Baghdad and Washington'))).toBe(false);
  });
});

describe('extractActors: armed forces', () => {
  it("merges a country's troops, forces and military into one military actor", () => {
    const actors = actorsOf("Polish troops arrived on Monday. Poland's armed forces said the Polish military would stay a month.");
    const military = actors.filter((a) => a.kind === 'military');
    expect(military).toHaveLength(1);
    expect(military[0]!.aliases.map((a) => a.text).sort()).toEqual(['Poland’s armed forces', 'Polish military', 'Polish troops'].map((s) => s.replace('’', "'")).sort());
    expect(byAlias(actors, 'Poland')?.kind).toBe('country');
  });
});

describe('findMentions', () => {
  it('prefers the longest form, so the army is not the country', () => {
    const text = 'US troops left. The US said so.';
    const actors = actorsOf(text);
    const mentions = findMentions(text, actors);
    const first = mentions[0]!;
    expect(text.slice(first.start, first.end)).toBe('US troops');
    expect(actors.find((a) => a.id === first.actor)?.kind).toBe('military');
    expect(actors.find((a) => a.id === mentions[1]!.actor)?.kind).toBe('country');
  });
});
