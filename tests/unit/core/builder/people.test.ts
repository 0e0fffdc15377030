import { describe, expect, it } from 'vitest';
import { alias, byAlias, draft } from './helpers';

describe('people pass: names and their forms', () => {
  const text = [
    "Norway's Fisheries Minister Ingrid Solberg-Dahl said on Monday that the cod stock had recovered.",
    'Solberg-Dahl added that quotas would rise. A statement from Solberg-Dahl’s office said talks would continue.',
    'The minister later met the head of the Baltic Fishing Council, Marek Zielinski, in Oslo.',
  ].join('\n');
  const { actors } = draft(text);

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

  it('reads a role noun before a name as the role, not as part of the name ("Reporter Jomana Karadsheh")', () => {
    const { actors } = draft('Reporter Jomana Karadsheh asked the mayor about the pier.\n"It is closed," Analyst Tobrin Ashvale said.');
    expect(byAlias(actors, 'Jomana Karadsheh')?.kind).toBe('person');
    expect(byAlias(actors, 'Tobrin Ashvale')?.kind).toBe('person');
    expect(actors.some((a) => a.aliases.some((al) => /^(?:Reporter|Analyst) /.test(al.text)))).toBe(false);
  });

  it('reads a role from an apposition', () => {
    expect(byAlias(actors, 'Marek Zielinski')?.role).toBe('head of the Baltic Fishing Council');
  });

  it("makes a person's office an actor of its own, not highlighted by default", () => {
    expect(byAlias(actors, 'Solberg-Dahl’s office')).toMatchObject({ kind: 'government', highlight: false });
  });

  it('does not keep a surname alias when two people share it', () => {
    const two = draft('Anna Berg said the bridge was safe. Her brother Olaf Berg said it was not. Berg laughed.').actors;
    expect(two.filter((a) => a.kind === 'person')).toHaveLength(2);
    for (const person of two) expect(alias(person, 'Berg')).toBeUndefined();
  });

  it('keeps a first word that begins a longer name, and drops one that does not', () => {
    const { actors: found } = draft(
      'Network Rail warned of delays.\nTransport Secretary Louise Haigh urged calm.\nFormer President Ana Lima agreed.',
    );
    expect(byAlias(found, 'Network Rail')?.kind).toBe('organization');
    expect(byAlias(found, 'Louise Haigh')?.role).toBe('Transport Secretary');
    expect(byAlias(found, 'Ana Lima')).toBeDefined();
    expect(found.some((a) => a.aliases.some((al) => al.text.startsWith('Former')))).toBe(false);
  });
});

describe('people pass: weighing the signals', () => {
  it('takes a name with an adverb for a surname, quoted with a lower-case role, for a person', () => {
    const { actors } = draft('"We want to be everywhere," says Jon Still, senior vp partnerships at Lumora.');
    expect(byAlias(actors, 'Jon Still')).toMatchObject({ kind: 'person' });
    expect(byAlias(actors, 'Jon Still')?.because?.some((b) => b.startsWith('speaks'))).toBe(true);
  });

  it('reads a person after a long description of capitals ("WRX Sports NFL Insider Mark La Rocca")', () => {
    const { actors } = draft('WRX Sports NFL Insider Mark La Rocca has reported that the league will fine him.');
    expect(byAlias(actors, 'Mark La Rocca')?.kind).toBe('person');
  });

  it('takes a company name that compromise also knows as a person for a body ("Jim Carver Productions")', () => {
    const { actors } = draft('Jim Carver Productions said in a statement that it had settled with the label.');
    expect(byAlias(actors, 'Jim Carver Productions')?.kind).toBe('organization');
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('takes what a named owner has for a business ("Hal Brenner\'s Vega Launch")', () => {
    const { actors } = draft("Koru founder Hal Brenner's Vega Launch was among the bidders chosen by the agency.");
    expect(byAlias(actors, 'Vega Launch')?.kind).toBe('organization');
    expect(byAlias(actors, 'Hal Brenner')?.kind).toBe('person');
  });

  it('pools the signals of a name with those of its surname alone ("Kessel, 38, …")', () => {
    const { actors } = draft('Rory Kessel is unhappy with the feud.\nKessel, 38, has been trying to reach the singer.');
    expect(byAlias(actors, 'Rory Kessel')?.kind).toBe('person');
  });

  it('uses the first word of a two-word name alone as a form of it when the article does ("Zhou said")', () => {
    const { actors } = draft("China's ambassador Zhou Minghai warned Britain. Zhou said that troops were ready.");
    expect(alias(byAlias(actors, 'Zhou Minghai'), 'Zhou')).toMatchObject({ standalone: false });
  });
});
